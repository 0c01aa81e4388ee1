// Loopback fake of ElevenLabs text-to-speech input streaming (GET /v1/text-to-speech/{voice_id}/
// multi-stream-input upgraded to a WebSocket), served by the ElevenLabs fake on its own port.
// Wire format as the vendor's AsyncAPI describes it: a context starts with `{ text: " ",
// context_id }`; `{ text, context_id }` adds to its buffer; `flush: true` has the buffer spoken
// now: ttfbMs after the flush the first `{ audio, alignment: { chars, charStartTimesMs,
// charDurationsMs }, normalizedAlignment, contextId }` comes, then one every perTokenMs;
// `close_context` ends a context (what was flushed is still spoken) with `{ isFinal: true,
// contextId }`; `close_socket` ends them all. Faults: hang (accepted, then silence), cut (the
// socket dropped after the first audio), error-event (the vendor's error message at the first
// flush, then the socket closed), malformed (an unreadable frame instead of audio).
import { audioForFormat } from './audio';
import { sleep, type FakeSocketExchange, type Knobs } from './harness';

export interface StreamInputKnobs extends Knobs {
  secondsPerCharacter: number;
  charactersPerChunk: number;
}

interface ClientMessage {
  text?: string;
  context_id?: string;
  flush?: boolean;
  close_context?: boolean;
  close_socket?: boolean;
  xi_api_key?: string;
}

interface Context {
  buffer: string;
  /** The context's generations in order: each flush waits for the one before. */
  speaking: Promise<void>;
  closed: boolean;
}

const PATH = /^\/v1\/text-to-speech\/[^/]+\/multi-stream-input$/;

export function serveStreamInput<K extends StreamInputKnobs>({ socket, recorded, knobs, fault }: FakeSocketExchange<K>) {
  const send = (message: Record<string, unknown>) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  if (!PATH.test(recorded.path)) return socket.close(1008, 'not found');
  const outputFormat = recorded.query.get('output_format') ?? 'mp3_44100_128';
  const contexts = new Map<string, Context>();
  let authorised = Boolean(recorded.headers['xi-api-key']);
  let audioSent = 0;
  let flushes = 0;

  const speak = async (contextId: string, text: string) => {
    const current = knobs();
    if (current.ttfbMs) await sleep(current.ttfbMs);
    for (let start = 0; start < text.length; start += current.charactersPerChunk) {
      if (socket.readyState !== socket.OPEN) return;
      const chars = [...text.slice(start, start + current.charactersPerChunk)];
      const ms = Math.round(current.secondsPerCharacter * 1000);
      const alignment = { chars, charStartTimesMs: chars.map((_, i) => i * ms), charDurationsMs: chars.map(() => ms) };
      if (fault === 'malformed') return socket.send('{"audio": "');
      send({ audio: Buffer.from(audioForFormat(outputFormat, chars.length * current.secondsPerCharacter)).toString('base64'), alignment, normalizedAlignment: alignment, contextId });
      audioSent += 1;
      if (fault === 'cut' && audioSent === 1) return socket.terminate();
      if (current.perTokenMs && start + current.charactersPerChunk < text.length) await sleep(current.perTokenMs);
    }
  };

  socket.on('message', (data) => {
    let message: ClientMessage;
    try {
      message = JSON.parse(data.toString()) as ClientMessage;
    } catch {
      return send({ error: 'invalid_message', message: 'Invalid JSON', code: 1007 });
    }
    recorded.messages!.push(message as Record<string, unknown>);
    if (message.close_socket) {
      void Promise.all([...contexts.values()].map((c) => c.speaking)).then(() => socket.close(1000));
      return;
    }
    const contextId = message.context_id ?? 'default';
    let context = contexts.get(contextId);
    if (!context) {
      authorised ||= Boolean(message.xi_api_key);
      if (!authorised) {
        send({ error: 'invalid_api_key', message: 'Missing xi-api-key', code: 1008 });
        return socket.close(1008, 'auth');
      }
      if (contexts.size >= 5) return send({ error: 'max_active_conversations', message: 'Maximum simultaneous contexts per WebSocket connection exceeded (5).', code: 1008, contextId });
      context = { buffer: '', speaking: Promise.resolve(), closed: false };
      contexts.set(contextId, context);
      // The first message's text is the single space that opens the context.
      if (message.text === ' ') return;
    }
    if (fault === 'hang' || context.closed) return;
    if (message.text) context.buffer += message.text;
    if (message.flush) {
      flushes += 1;
      if (fault === 'error-event' && flushes === 1) {
        send({ error: 'internal_error', message: 'Fake stream-input fault', code: 1011, contextId });
        return socket.close(1011, 'internal_error');
      }
      const text = context.buffer;
      context.buffer = '';
      if (text.trim()) context.speaking = context.speaking.then(() => speak(contextId, text));
    }
    if (message.close_context) {
      context.closed = true;
      // What was flushed is still spoken; what was not is dropped.
      context.buffer = '';
      void context.speaking.then(() => {
        contexts.delete(contextId);
        send({ isFinal: true, contextId });
      });
    }
  });
}
