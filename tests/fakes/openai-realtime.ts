// Loopback fake of OpenAI's Realtime API in transcription mode (GET /v1/realtime?intent=transcription
// upgraded to a WebSocket), served by the OpenAI fake on its own port. Wire format as documented:
// `session.created`, `session.update` -> `session.updated`, `input_audio_buffer.append` (base64
// PCM16 at 24 kHz), `input_audio_buffer.commit` -> `input_audio_buffer.committed`, then
// `conversation.item.input_audio_transcription.delta` pieces and `.completed`; an empty commit is
// the `input_audio_buffer_commit_empty` error. A `model` in the URL is refused as the API does.
// Faults: hang (never answers a commit), cut (the socket dropped after the first audio),
// error-event (a server_error event after the first audio), malformed (a frame that is not JSON).
import { sleep, tokenize, type FakeSocketExchange, type Knobs } from './harness';

export interface OpenAiRealtimeKnobs extends Knobs {
  /** What the realtime transcription "hears". */
  realtimeTranscript: string;
  /** From the commit to the first transcription delta. */
  commitMs: number;
}

export const openAiRealtimeDefaults: Omit<OpenAiRealtimeKnobs, keyof Knobs> = {
  realtimeTranscript: 'I think the article is about how cities change.',
  commitMs: 0,
};

let counter = 0;
const eventId = () => `event_fake${++counter}`;

export function serveOpenAiRealtime<K extends OpenAiRealtimeKnobs>({ socket, recorded, knobs, fault }: FakeSocketExchange<K>) {
  const send = (event: Record<string, unknown>) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ event_id: eventId(), ...event }));
  };
  const error = (type: string, code: string | null, message: string) => send({ type: 'error', error: { type, code, message, param: null, event_id: null } });
  if (recorded.headers.authorization?.toString().startsWith('Bearer ') !== true) {
    error('invalid_request_error', 'invalid_api_key', 'Missing API key');
    return socket.close(1008, 'auth');
  }
  if (recorded.query.get('intent') !== 'transcription' || recorded.query.has('model')) {
    error('invalid_request_error', 'invalid_request', 'You must not provide a model parameter for transcription sessions.');
    return socket.close(1008, 'invalid request');
  }
  let session: Record<string, unknown> = { type: 'transcription', id: `sess_fake${Date.now()}`, object: 'realtime.transcription_session' };
  send({ type: 'session.created', session });
  let buffered = 0;
  let previousItem: string | null = null;
  socket.on('message', async (data) => {
    let event: { type?: string; audio?: string; session?: Record<string, unknown> };
    try {
      event = JSON.parse(data.toString()) as typeof event;
    } catch {
      return error('invalid_request_error', 'invalid_json', 'The event is not valid JSON.');
    }
    recorded.messages!.push(event as Record<string, unknown>);
    switch (event.type) {
      case 'session.update':
        session = { ...session, ...event.session };
        return send({ type: 'session.updated', session });
      case 'input_audio_buffer.append': {
        const bytes = Buffer.from(event.audio ?? '', 'base64').length;
        buffered += bytes;
        if (fault === 'cut') return socket.terminate();
        // A frame that is not JSON at all, as a broken proxy in between might pass on.
        if (fault === 'malformed') return socket.send('{"type": "conversation.item.input_audio_transcription.del');
        if (fault === 'error-event') return error('server_error', null, 'The server had an error while processing your request.');
        return;
      }
      case 'input_audio_buffer.commit': {
        if (fault === 'hang') return;
        if (buffered === 0) return error('invalid_request_error', 'input_audio_buffer_commit_empty', 'Error committing input audio buffer: buffer too small.');
        buffered = 0;
        const itemId = `item_fake${++counter}`;
        send({ type: 'input_audio_buffer.committed', item_id: itemId, previous_item_id: previousItem });
        previousItem = itemId;
        const current = knobs();
        if (current.commitMs) await sleep(current.commitMs);
        for (const delta of tokenize(current.realtimeTranscript)) {
          send({ type: 'conversation.item.input_audio_transcription.delta', item_id: itemId, content_index: 0, delta });
          if (current.perTokenMs) await sleep(current.perTokenMs);
        }
        return send({ type: 'conversation.item.input_audio_transcription.completed', item_id: itemId, content_index: 0, transcript: current.realtimeTranscript, usage: { type: 'duration', seconds: 1 } });
      }
      default:
        return error('invalid_request_error', 'unknown_event', `Unknown event type ${String(event.type)}`);
    }
  });
}
