// Loopback fake of ElevenLabs text-to-speech: streamed newline-delimited JSON with timestamps,
// plus the plain and streamed audio endpoints, carrying real MP3 or PCM bytes; and, on the same
// port, the Scribe Realtime speech-to-text socket (scribe-realtime.ts) and the text-to-speech
// input streaming socket (elevenlabs-stream-input.ts).
import {
  cutConnection,
  sendJson,
  sleep,
  startFakeServer,
  type FakeExchange,
  type FakeServer,
  type Knobs,
} from './harness';
import { audioForFormat } from './audio';
import { scribeRealtimeDefaults, serveScribeRealtime, type ScribeRealtimeKnobs } from './scribe-realtime';
import { serveStreamInput } from './elevenlabs-stream-input';

export interface ElevenLabsKnobs extends ScribeRealtimeKnobs {
  /** Spoken duration of one character. */
  secondsPerCharacter: number;
  /** Characters of text per streamed chunk. */
  charactersPerChunk: number;
}

export const elevenLabsDefaults: ElevenLabsKnobs = { secondsPerCharacter: 0.06, charactersPerChunk: 24, ...scribeRealtimeDefaults };

const errorBody = (status: number) => ({
  detail: { status: status === 429 ? 'too_many_concurrent_requests' : 'internal_error', message: 'Fake ElevenLabs fault' },
});

const PATH = /^\/v1\/text-to-speech\/([^/]+)(\/stream)?(\/with-timestamps)?$/;

export function startFakeElevenLabs(options: { port?: number; knobs?: Partial<ElevenLabsKnobs> } = {}): Promise<FakeServer<ElevenLabsKnobs>> {
  return startFakeServer<ElevenLabsKnobs>({
    port: options.port,
    knobs: options.knobs,
    defaults: elevenLabsDefaults,
    errorBody,
    sockets: { '/v1/speech-to-text/realtime': serveScribeRealtime, '/v1/text-to-speech/': serveStreamInput },
    route: async (exchange) => {
      const { recorded, res } = exchange;
      if (!recorded.headers['xi-api-key']) return sendJson(res, 401, { detail: { status: 'invalid_api_key', message: 'Missing xi-api-key' } });
      const match = PATH.exec(recorded.path);
      if (recorded.method !== 'POST' || !match) return sendJson(res, 404, { detail: 'Not Found' });
      const body = JSON.parse(recorded.body.toString('utf8')) as { text?: string };
      if (!body.text) return sendJson(res, 422, { detail: [{ loc: ['body', 'text'], msg: 'field required' }] });
      return speak(exchange, body.text, { streamed: Boolean(match[2]), timestamps: Boolean(match[3]) });
    },
  });
}

interface Piece {
  audio: Uint8Array;
  alignment: { characters: string[]; character_start_times_seconds: number[]; character_end_times_seconds: number[] };
}

function piecesFor(text: string, outputFormat: string, knobs: ElevenLabsKnobs): Piece[] {
  const pieces: Piece[] = [];
  let offsetSec = 0;
  for (let start = 0; start < text.length; start += knobs.charactersPerChunk) {
    const characters = [...text.slice(start, start + knobs.charactersPerChunk)];
    const starts = characters.map((_, i) => round(offsetSec + i * knobs.secondsPerCharacter));
    const ends = characters.map((_, i) => round(offsetSec + (i + 1) * knobs.secondsPerCharacter));
    const durationSec = characters.length * knobs.secondsPerCharacter;
    pieces.push({
      audio: audioForFormat(outputFormat, durationSec),
      alignment: { characters, character_start_times_seconds: starts, character_end_times_seconds: ends },
    });
    offsetSec += durationSec;
  }
  return pieces;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function mimeTypeFor(outputFormat: string) {
  return outputFormat.startsWith('pcm_') ? 'audio/pcm' : 'audio/mpeg';
}

async function speak(
  { res, recorded, knobs, fault }: FakeExchange<ElevenLabsKnobs>,
  text: string,
  mode: { streamed: boolean; timestamps: boolean },
) {
  const outputFormat = recorded.query.get('output_format') ?? 'mp3_44100_128';
  const pieces = piecesFor(text, outputFormat, knobs);
  if (!mode.streamed && mode.timestamps) {
    const alignment = {
      characters: pieces.flatMap((p) => p.alignment.characters),
      character_start_times_seconds: pieces.flatMap((p) => p.alignment.character_start_times_seconds),
      character_end_times_seconds: pieces.flatMap((p) => p.alignment.character_end_times_seconds),
    };
    const audio = Buffer.concat(pieces.map((p) => p.audio)).toString('base64');
    return sendJson(res, 200, { audio_base64: audio, alignment, normalized_alignment: alignment });
  }
  res.writeHead(200, { 'content-type': mode.timestamps ? 'application/json' : mimeTypeFor(outputFormat) });
  res.flushHeaders();
  for (const [index, piece] of pieces.entries()) {
    if (fault === 'cut' && index === Math.floor(pieces.length / 2)) return cutConnection(res);
    if (mode.timestamps) {
      const line = JSON.stringify({
        audio_base64: Buffer.from(piece.audio).toString('base64'),
        alignment: piece.alignment,
        normalized_alignment: piece.alignment,
      });
      res.write(fault === 'malformed' && index === 0 ? `${line.slice(0, 40)}\n` : `${line}\n`);
    } else {
      res.write(piece.audio);
    }
    if (knobs.perTokenMs) await sleep(knobs.perTokenMs);
  }
  res.end();
}
