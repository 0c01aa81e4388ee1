// One interface per capability. Each vendor folder (openai/, elevenlabs/, did/, azure/) and
// offline/ implements these; the pipeline only ever sees these types. Every call takes an
// AbortSignal so that barge-in and timeouts stop the work in flight.
import type { MaterialKind } from '../../shared/api';
import type { Correction, Level, NativeLanguage } from '../../shared/corrections';

export interface ProviderInfo {
  /** e.g. "openai", "elevenlabs", "offline". */
  readonly name: string;
  /** True when a vendor serves it; false for the offline providers. */
  readonly live: boolean;
}

// --- STT ---
export interface AudioInput {
  audio: Uint8Array;
  /** "audio/webm;codecs=opus" (MediaRecorder) or "audio/wav" / "audio/pcm;rate=16000". */
  mimeType: string;
  language?: string;
}
export interface Transcript {
  text: string;
  durationSec?: number;
}
export interface SttProvider extends ProviderInfo {
  transcribe(input: AudioInput, signal: AbortSignal): Promise<Transcript>;
}

// --- Streaming STT (audio sent while the learner speaks) ---
export interface StreamingSttOptions {
  /** Sample rate of the 16-bit little-endian mono PCM the caller sends. */
  sampleRate: number;
  language?: string;
  /** The whole interim transcript so far (it replaces the previous one). */
  onPartial(text: string): void;
  /**
   * The stream broke (vendor error event, socket dropped, refused to connect). Called at most once;
   * the session is closed by then and the caller transcribes its own copy of the audio instead.
   */
  onFailure(error: Error): void;
}
export interface StreamingSttSession {
  /** Sends audio as it is captured; audio sent before the socket is open is queued. */
  sendAudio(pcm: Uint8Array): void;
  /** Ends the audio and resolves with the committed transcript; rejects when the stream failed or hangs past `timeoutMs`. */
  finish(signal: AbortSignal, timeoutMs: number): Promise<Transcript>;
  /** Drops the stream (turn cancelled, barge-in, fallback); idempotent. */
  close(): void;
}
export interface StreamingSttProvider extends ProviderInfo {
  open(options: StreamingSttOptions): StreamingSttSession;
}

// --- LLM (tutor + correction analysis) ---
export interface ArticleContext {
  pageUrl: string;
  pageTitle: string;
  /** For a video, its caption lines, each starting with its time ("[3:12] …", shared/transcript.ts). */
  articleText: string;
  /** What the text is: an article (also when unknown), a video's captions, a PDF's pages, a selection. */
  materialKind?: MaterialKind | null;
  /** The video's channel or the PDF's author. */
  materialAuthor?: string | null;
}
/** The level the tutor speaks at: the learner's choice, or for 'auto' their estimated level (learning/level/tutor-level.ts). */
export type TutorLevel = Exclude<Level, 'auto'>;
export interface LearnerProfile {
  nativeLanguage: NativeLanguage;
  level: TutorLevel;
  name?: string | null;
}
export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
}
export interface TutorTurnContext {
  article: ArticleContext;
  learner: LearnerProfile;
  /** The conversation so far, oldest first, excluding the current user message. */
  history: HistoryMessage[];
  /** The learner's message this turn. */
  userText: string;
  /** Corrections the local checker found in userText (the tutor may recast with them). */
  localCorrections: Correction[];
  /** The learner's text with the local corrections applied. */
  correctedText: string;
  /**
   * The local checker still found something in correctedText (CheckResult.partial): the tutor must
   * not present it as the right sentence.
   */
  correctionPartial?: boolean;
  /** A notebook item that is due: the reply gives the learner a natural chance to use its corrected form. */
  reviewTarget?: ReviewTarget;
}
/** What the tutor needs to invite one notebook item (server/learning/review). */
export interface ReviewTarget {
  itemId: string;
  kind: 'mistake' | 'phrase';
  /** The pattern family (verb-form, preposition, uncountable, ...): which kind of question invites it. */
  family: string;
  /** The pattern in words: "enjoy + to-infinitive → enjoy + -ing". */
  pattern: string;
  /** What to invite: "enjoy reading"; for a phrase, the phrase. */
  corrected: string;
  /** The governing word: "enjoy", "interested". */
  governor?: string;
  /** The uncountable nouns of the item: "information". */
  nouns?: string[];
  /** The preposition that belongs after the governor. */
  preposition?: string;
  /** The family's variant (comparative: er, double-more; subject-verb: plural, ...). */
  form?: string;
}
export interface LlmProvider extends ProviderInfo {
  /** The tutor's first message of a session: names the article and asks about it. */
  opening(context: { article: ArticleContext; learner: LearnerProfile }, signal: AbortSignal): Promise<string>;
  /** The tutor's reply, streamed as text pieces. */
  streamReply(context: TutorTurnContext, signal: AbortSignal): AsyncIterable<string>;
  /** Corrections beyond the local checker's (empty for the offline tutor). */
  analyzeCorrections(context: TutorTurnContext, signal: AbortSignal): Promise<Correction[]>;
  /** What a phrase means, in one short line in the learner's language; null when unknown (offline). */
  explainPhrase(input: PhraseToExplain, signal: AbortSignal): Promise<string | null>;
}
export interface PhraseToExplain {
  phrase: string;
  /** The sentence around it on the page, so the meaning fits its use there. */
  context?: string;
  /** The page's title, which tells the LLM what the page is about (a phrase can mean one thing in sport, another in finance). */
  pageTitle?: string;
  nativeLanguage: NativeLanguage;
}

// --- TTS ---
/** Character-level timing of synthesised speech; drives the avatar's mouth. */
export interface Alignment {
  characters: string[];
  startTimesSec: number[];
  endTimesSec: number[];
}
export interface SpeechChunk {
  /** Encoded audio bytes; empty when the client speaks the text itself (offline). */
  audio: Uint8Array;
  mimeType: string;
  alignment?: Alignment;
}
export interface TtsProvider extends ProviderInfo {
  synthesize(input: { text: string; voiceId?: string }, signal: AbortSignal): AsyncIterable<SpeechChunk>;
}

/**
 * A reply spoken over one vendor stream for the whole turn (ElevenLabs input streaming): opened
 * when the learner starts speaking, so its handshake is done before the reply; the reply's text
 * goes to the vendor as it is written and each spoken piece is flushed at its end.
 */
export interface StreamingTtsSession {
  /** The reply's text as it is written, in order (sent by `sendWritten` or when a piece ends). */
  write(text: string): void;
  /** Sends what was written and not sent yet, when enough of it waits to be worth a message. */
  sendWritten(): void;
  /** Speaks one piece of the written reply (flushes it); on a broken stream, the fallback voice speaks what was not heard. */
  readonly speech: TtsProvider;
  /** Called once when the stream broke and the fallback voice takes over. */
  onFallback: ((error: Error) => void) | null;
  /** No more pieces: the vendor finishes what was flushed, then the socket closes. */
  end(): void;
  /** Barge-in or a dropped turn: the vendor stops (close_context) and the socket closes; idempotent. */
  close(): void;
}
export interface StreamingTtsProvider extends ProviderInfo {
  open(): StreamingTtsSession;
}

// --- Avatar video ---
export interface AvatarRenderInput {
  text: string;
  audioUrl?: string;
  presenterImageUrl?: string;
}
export interface AvatarProvider extends ProviderInfo {
  /** Renders a video of the reply; resolves with its URL, or null when there is no video avatar. */
  render(input: AvatarRenderInput, signal: AbortSignal): Promise<{ videoUrl: string } | null>;
}

// --- Pronunciation ---
export interface WordAssessment {
  word: string;
  accuracy: number;
  error: 'none' | 'omission' | 'insertion' | 'mispronunciation';
}
export interface PronunciationResult {
  accuracy: number;
  fluency: number;
  completeness: number;
  pronunciation: number;
  words: WordAssessment[];
}
export interface PronunciationProvider extends ProviderInfo {
  assess(
    input: { referenceText: string; transcript: string; audio?: AudioInput },
    signal: AbortSignal,
  ): Promise<PronunciationResult>;
}

export interface Providers {
  stt: SttProvider;
  llm: LlmProvider;
  tts: TtsProvider;
  avatar: AvatarProvider;
  pronunciation: PronunciationProvider;
}
