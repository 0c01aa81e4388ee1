// Picks a vendor for each capability whose key is configured, wraps it with its offline twin
// (timeout, retries, fallback), and reports which capabilities are live.
// Each vendor's modules are imported where its provider is built, only when its key is set: a
// server without keys never loads the SDKs (openai and @elevenlabs/elevenlabs-js hold ~100 MB).
import type { ElevenLabsOutputFormat } from './elevenlabs/tts';
import { vendorFetch } from './keep-alive';
import {
  resilientAvatar,
  resilientLlm,
  resilientPronunciation,
  resilientStt,
  resilientTts,
  type Capability,
  type ResilienceOptions,
} from './resilient';
import type { Providers, StreamingSttProvider, StreamingTtsProvider } from './types';

/** The provider settings of the environment; the server's zod config feeds it. */
export interface ProviderEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_CHAT_MODEL?: string;
  OPENAI_STT_MODEL?: string;
  ELEVENLABS_API_KEY?: string;
  ELEVENLABS_BASE_URL?: string;
  ELEVENLABS_VOICE_ID?: string;
  ELEVENLABS_MODEL_ID?: string;
  /** mp3_44100_128 (default), pcm_16000, pcm_24000 ... */
  ELEVENLABS_OUTPUT_FORMAT?: string;
  /** auto (default), elevenlabs, openai or off. */
  STREAMING_STT?: string;
  ELEVENLABS_REALTIME_STT_MODEL?: string;
  /** websocket (default): a streamed turn's reply goes over input streaming; http: each piece is one request. */
  ELEVENLABS_TTS_TRANSPORT?: string;
  OPENAI_REALTIME_STT_MODEL?: string;
  DID_API_KEY?: string;
  DID_BASE_URL?: string;
  DID_PRESENTER_IMAGE_URL?: string;
  AZURE_SPEECH_KEY?: string;
  AZURE_SPEECH_REGION?: string;
  AZURE_SPEECH_ENDPOINT?: string;
}

export type CapabilityMode = 'live' | 'offline';
export type SelectedProviders = Providers & {
  capabilities: Record<Capability, CapabilityMode>;
  /** Transcribes streamed turns while the learner speaks; null: spoken turns go through `stt` whole. */
  streamingStt: StreamingSttProvider | null;
  /** Speaks streamed turns' replies over one socket a turn; null: each piece is its own `tts` request. */
  streamingTts: StreamingTtsProvider | null;
};

export interface SelectOptions {
  onFallback?: ResilienceOptions['onFallback'];
  onRetry?: ResilienceOptions['onRetry'];
  /** Per-capability overrides of the resilience settings (timeouts, retries). */
  resilience?: Partial<Record<Capability, Partial<ResilienceOptions>>>;
}

/**
 * Timeouts per attempt. Streams (llm replies, tts) count the wait for the next piece; the avatar
 * covers a whole D-ID render, which takes tens of seconds.
 */
export const DEFAULT_TIMEOUTS_MS: Record<Capability, number> = {
  stt: 15_000,
  llm: 15_000,
  tts: 10_000,
  avatar: 120_000,
  pronunciation: 15_000,
};

export const DEFAULTS = {
  openAiChatModel: 'gpt-4o-mini',
  openAiSttModel: 'gpt-4o-mini-transcribe',
  openAiRealtimeSttModel: 'gpt-4o-mini-transcribe',
  elevenLabsRealtimeSttModel: 'scribe_v2_realtime',
  elevenLabsModelId: 'eleven_flash_v2_5',
  /** "Rachel", one of ElevenLabs' default voices. */
  elevenLabsVoiceId: '21m00Tcm4TlvDq8ikWAM',
  /** The sample presenter of D-ID's own documentation. */
  didPresenterImageUrl: 'https://d-id-public-bucket.s3.amazonaws.com/alice.jpg',
} as const;

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export async function selectProviders(env: ProviderEnv, offline: Providers, options: SelectOptions = {}): Promise<SelectedProviders> {
  const settings = (capability: Capability): ResilienceOptions => ({
    timeoutMs: DEFAULT_TIMEOUTS_MS[capability],
    onFallback: options.onFallback,
    onRetry: options.onRetry,
    ...options.resilience?.[capability],
  });
  const selected: SelectedProviders = {
    ...offline,
    capabilities: { stt: 'offline', llm: 'offline', tts: 'offline', avatar: 'offline', pronunciation: 'offline' },
    streamingStt: null,
    streamingTts: null,
  };
  const streaming = env.STREAMING_STT || 'auto';

  if (set(env.OPENAI_API_KEY)) {
    const [{ createOpenAiClient }, { createOpenAiStt }, { createOpenAiTutor }] = await Promise.all([
      import('./openai/client'),
      import('./openai/stt'),
      import('./openai/llm'),
    ]);
    const client = createOpenAiClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL || undefined });
    const stt = createOpenAiStt({ client, model: env.OPENAI_STT_MODEL || DEFAULTS.openAiSttModel });
    const llm = createOpenAiTutor({ client, model: env.OPENAI_CHAT_MODEL || DEFAULTS.openAiChatModel });
    selected.stt = resilientStt(stt, offline.stt, settings('stt'));
    selected.llm = resilientLlm(llm, offline.llm, settings('llm'));
    selected.capabilities.stt = 'live';
    selected.capabilities.llm = 'live';
    if (streaming === 'openai' || (streaming === 'auto' && !set(env.ELEVENLABS_API_KEY))) {
      const { createOpenAiRealtimeStt } = await import('./openai/realtime-stt');
      selected.streamingStt = createOpenAiRealtimeStt({
        apiKey: env.OPENAI_API_KEY,
        baseURL: env.OPENAI_BASE_URL || undefined,
        model: env.OPENAI_REALTIME_STT_MODEL || DEFAULTS.openAiRealtimeSttModel,
      });
    }
  }
  if (set(env.ELEVENLABS_API_KEY)) {
    const [{ createElevenLabsClient }, { createElevenLabsTts }] = await Promise.all([import('./elevenlabs/client'), import('./elevenlabs/tts')]);
    const client = createElevenLabsClient({ apiKey: env.ELEVENLABS_API_KEY, baseUrl: env.ELEVENLABS_BASE_URL || undefined });
    const tts = createElevenLabsTts({
      client,
      voiceId: env.ELEVENLABS_VOICE_ID || DEFAULTS.elevenLabsVoiceId,
      modelId: env.ELEVENLABS_MODEL_ID || DEFAULTS.elevenLabsModelId,
      // The SDK validates the value and the vendor rejects unknown formats with a clear 422.
      outputFormat: (env.ELEVENLABS_OUTPUT_FORMAT || undefined) as ElevenLabsOutputFormat | undefined,
    });
    selected.tts = resilientTts(tts, offline.tts, settings('tts'));
    selected.capabilities.tts = 'live';
    if ((env.ELEVENLABS_TTS_TRANSPORT || 'websocket') === 'websocket') {
      const { createElevenLabsStreamingTts } = await import('./elevenlabs/streaming-tts');
      selected.streamingTts = createElevenLabsStreamingTts({
        apiKey: env.ELEVENLABS_API_KEY,
        baseUrl: env.ELEVENLABS_BASE_URL || undefined,
        voiceId: env.ELEVENLABS_VOICE_ID || DEFAULTS.elevenLabsVoiceId,
        modelId: env.ELEVENLABS_MODEL_ID || DEFAULTS.elevenLabsModelId,
        outputFormat: env.ELEVENLABS_OUTPUT_FORMAT || undefined,
        timeoutMs: settings('tts').timeoutMs,
        // A broken stream hands the words not yet heard to the HTTP voice, and that to the offline one.
        fallback: selected.tts,
      });
    }
    if (streaming === 'elevenlabs' || streaming === 'auto') {
      const { createElevenLabsRealtimeStt } = await import('./elevenlabs/realtime-stt');
      selected.streamingStt = createElevenLabsRealtimeStt({ client, modelId: env.ELEVENLABS_REALTIME_STT_MODEL || DEFAULTS.elevenLabsRealtimeSttModel });
    }
  }
  if (set(env.DID_API_KEY)) {
    const { createDidAvatar, DEFAULT_DID_BASE_URL } = await import('./did/avatar');
    const avatar = createDidAvatar({
      apiKey: env.DID_API_KEY,
      baseUrl: env.DID_BASE_URL || DEFAULT_DID_BASE_URL,
      presenterImageUrl: env.DID_PRESENTER_IMAGE_URL || DEFAULTS.didPresenterImageUrl,
      fetch: vendorFetch,
    });
    selected.avatar = resilientAvatar(avatar, offline.avatar, settings('avatar'));
    selected.capabilities.avatar = 'live';
  }
  if (set(env.AZURE_SPEECH_KEY) && (set(env.AZURE_SPEECH_REGION) || set(env.AZURE_SPEECH_ENDPOINT))) {
    const { createAzurePronunciation } = await import('./azure/pronunciation');
    const pronunciation = createAzurePronunciation({
      key: env.AZURE_SPEECH_KEY,
      region: env.AZURE_SPEECH_REGION,
      endpoint: env.AZURE_SPEECH_ENDPOINT || undefined,
      fetch: vendorFetch,
    });
    selected.pronunciation = resilientPronunciation(pronunciation, offline.pronunciation, settings('pronunciation'));
    selected.capabilities.pronunciation = 'live';
  }
  return selected;
}
