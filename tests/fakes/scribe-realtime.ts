// Loopback fake of ElevenLabs Scribe v2 Realtime (GET /v1/speech-to-text/realtime upgraded to a
// WebSocket), served by the ElevenLabs fake on its own port as the vendor serves both from one
// host. Wire format as the vendor documents it: `session_started` first; the client sends
// `input_audio_chunk` { audio_base_64, commit, sample_rate }; the fake answers
// `partial_transcript` as the words are "heard" (trailing the audio by partialLagMs) and, on a
// chunk with commit: true, `committed_transcript` commitMs later. Faults: hang (session started,
// then silence), cut (the socket dropped after the first partial), error-event (a
// `transcriber_error` after the first audio), malformed (a frame that is not JSON after the first audio).
import { sleep, type FakeSocketExchange, type Knobs } from './harness';

export interface ScribeRealtimeKnobs extends Knobs {
  /** What Scribe "hears" in the audio. */
  realtimeTranscript: string;
  /**
   * One transcript per session, in turn, instead of realtimeTranscript: a benchmark's many
   * learners do not all say the same words (the server would check the same sentence once).
   */
  realtimeTranscripts: readonly string[] | null;
  /** The committed transcript when it differs from the partials' words (the model revised them); default realtimeTranscript. */
  committedTranscript: string | null;
  /** How long after the audio its words appear as a partial transcript. */
  partialLagMs: number;
  /** How long after the commit the committed transcript comes. */
  commitMs: number;
  /** Speaking rate the partials follow: this many words per second of audio. */
  wordsPerSecond: number;
}

export const scribeRealtimeDefaults: Omit<ScribeRealtimeKnobs, keyof Knobs> = {
  realtimeTranscript: 'I think the article is about how cities change.',
  realtimeTranscripts: null,
  committedTranscript: null,
  partialLagMs: 0,
  commitMs: 0,
  wordsPerSecond: 3,
};

interface AudioChunk {
  message_type?: string;
  audio_base_64?: string;
  commit?: boolean;
  sample_rate?: number;
}

let sessionsServed = 0;

export function serveScribeRealtime<K extends ScribeRealtimeKnobs>({ socket, recorded, knobs, fault }: FakeSocketExchange<K>) {
  const send = (message: Record<string, unknown>) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  if (!recorded.headers['xi-api-key']) {
    send({ message_type: 'auth_error', error: 'Missing xi-api-key' });
    return socket.close(1008, 'auth');
  }
  const sampleRate = Number(/^pcm_(\d+)$/.exec(recorded.query.get('audio_format') ?? '')?.[1] ?? 16_000);
  send({
    message_type: 'session_started',
    session_id: `fake-scribe-${Date.now()}`,
    config: { sample_rate: sampleRate, audio_format: `pcm_${sampleRate}`, model_id: recorded.query.get('model_id'), commit_strategy: recorded.query.get('commit_strategy') ?? 'manual' },
  });
  let audioBytes = 0;
  let heardWords = 0;
  const variants = knobs().realtimeTranscripts;
  const spoken = variants?.length ? variants[sessionsServed++ % variants.length]! : null;
  let partials = 0;
  socket.on('message', async (data) => {
    let chunk: AudioChunk;
    try {
      chunk = JSON.parse(data.toString()) as AudioChunk;
    } catch {
      return send({ message_type: 'input_error', error: 'Invalid JSON' });
    }
    recorded.messages!.push(chunk as Record<string, unknown>);
    if (chunk.message_type !== 'input_audio_chunk') return send({ message_type: 'input_error', error: `Unknown message_type ${chunk.message_type}` });
    if (fault === 'hang') return;
    const audio = Buffer.from(chunk.audio_base_64 ?? '', 'base64');
    audioBytes += audio.length;
    if (fault === 'error-event' && audio.length > 0) return send({ message_type: 'transcriber_error', error: 'Fake transcriber fault' });
    // A frame that is not JSON at all, as a broken proxy in between might pass on.
    if (fault === 'malformed' && audio.length > 0) return socket.send('{"message_type": "partial_transc');
    const current = knobs();
    const heardText = spoken ?? current.realtimeTranscript;
    const words = heardText.split(/\s+/).filter(Boolean);
    const heard = Math.min(words.length, Math.floor((audioBytes / (sampleRate * 2)) * current.wordsPerSecond));
    if (heard > heardWords) {
      heardWords = heard;
      const text = words.slice(0, heard).join(' ');
      if (current.partialLagMs) await sleep(current.partialLagMs);
      send({ message_type: 'partial_transcript', text });
      partials += 1;
      if (fault === 'cut' && partials === 1) return socket.terminate();
    }
    if (chunk.commit) {
      if (fault === 'cut') return socket.terminate();
      if (current.commitMs) await sleep(current.commitMs);
      send({ message_type: 'committed_transcript', text: current.committedTranscript ?? heardText });
      audioBytes = 0;
      heardWords = 0;
    }
  });
}
