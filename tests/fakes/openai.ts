// Loopback fake of the OpenAI API: transcription (JSON or SSE) and chat completions (JSON, SSE
// streaming, structured output), close enough to the wire format that the `openai` SDK works;
// and the Realtime transcription socket (openai-realtime.ts) on the same port.
import type { ServerResponse } from 'node:http';
import {
  answerJson,
  cutConnection,
  sendJson,
  sleep,
  startFakeServer,
  tokenize,
  type FakeExchange,
  type FakeServer,
} from './harness';
import { openAiRealtimeDefaults, serveOpenAiRealtime, type OpenAiRealtimeKnobs } from './openai-realtime';

export interface FakeCorrection {
  type: string;
  original: string;
  corrected: string;
  explanation: string;
  severity: 'minor' | 'moderate' | 'major';
}

export interface OpenAiKnobs extends OpenAiRealtimeKnobs {
  /** What the transcription endpoint "heard". */
  transcript: string;
  /** One transcript per request, in turn, instead of transcript (a benchmark's many learners). */
  transcripts: readonly string[] | null;
  /** The tutor's streamed reply. */
  replyText: string;
  /** The answer to a plain (non-streamed, non-structured) completion, e.g. the opening. */
  openingText: string;
  /** Returned as structured output when a json_schema response format is requested. */
  corrections: FakeCorrection[];
}

export const DEFAULT_REPLY =
  'That is a really interesting point about the article, and I can see why it caught your attention. ' +
  'The author argues that small daily habits matter more than big occasional efforts, which many readers find surprising. ' +
  'What part of that argument do you agree with, and is there anything in it you would question?';

export const openAiDefaults: OpenAiKnobs = {
  transcript: 'I think the article is about how cities change.',
  transcripts: null,
  replyText: DEFAULT_REPLY,
  openingText: 'Hello! I see you are reading an article. What caught your eye in it so far?',
  corrections: [],
  ...openAiRealtimeDefaults,
};

const errorBody = (status: number) => ({
  error: {
    message: status === 429 ? 'Rate limit reached for requests' : 'The server had an error while processing your request.',
    type: status === 429 ? 'requests' : 'server_error',
    param: null,
    code: status === 429 ? 'rate_limit_exceeded' : null,
  },
});

export function startFakeOpenAi(options: { port?: number; knobs?: Partial<OpenAiKnobs> } = {}): Promise<FakeServer<OpenAiKnobs>> {
  return startFakeServer<OpenAiKnobs>({
    port: options.port,
    knobs: options.knobs,
    defaults: openAiDefaults,
    errorBody,
    sockets: { '/v1/realtime': serveOpenAiRealtime },
    route: async (exchange) => {
      const { recorded, res } = exchange;
      if (recorded.headers.authorization?.toString().startsWith('Bearer ') !== true) {
        return sendJson(res, 401, { error: { message: 'Missing API key', type: 'invalid_request_error', code: 'invalid_api_key' } });
      }
      if (recorded.method === 'POST' && recorded.path === '/v1/audio/transcriptions') return transcription(exchange);
      if (recorded.method === 'POST' && recorded.path === '/v1/chat/completions') return chatCompletion(exchange);
      sendJson(res, 404, { error: { message: `Unknown path ${recorded.path}`, type: 'invalid_request_error' } });
    },
  });
}

let transcriptionsServed = 0;

async function transcription({ req, res, recorded, knobs, fault }: FakeExchange<OpenAiKnobs>) {
  const form = await new Response(new Uint8Array(recorded.body), {
    headers: { 'content-type': String(req.headers['content-type']) },
  }).formData();
  const file = form.get('file');
  if (!(file instanceof Blob) || !form.get('model')) {
    return sendJson(res, 400, { error: { message: 'file and model are required', type: 'invalid_request_error' } });
  }
  const text = knobs.transcripts?.length ? knobs.transcripts[transcriptionsServed++ % knobs.transcripts.length]! : knobs.transcript;
  if (form.get('stream') === 'true') {
    startSse(res);
    const tokens = tokenize(text);
    for (const [index, delta] of tokens.entries()) {
      if (fault === 'cut' && index === Math.floor(tokens.length / 2)) return cutConnection(res);
      writeSse(res, fault === 'malformed' && index === 0 ? '{"type":"transcript.text.delta",' : JSON.stringify({ type: 'transcript.text.delta', delta }));
      if (knobs.perTokenMs) await sleep(knobs.perTokenMs);
    }
    writeSse(res, JSON.stringify({ type: 'transcript.text.done', text }));
    res.end();
    return;
  }
  return answerJson(res, fault, { text, usage: { type: 'duration', seconds: 2 } });
}

async function chatCompletion({ res, recorded, knobs, fault }: FakeExchange<OpenAiKnobs>) {
  const body = JSON.parse(recorded.body.toString('utf8')) as {
    model?: string;
    stream?: boolean;
    response_format?: { type?: string };
  };
  const model = body.model ?? 'gpt-4o-mini';
  const id = `chatcmpl-fake${Date.now()}`;
  const created = Math.floor(Date.now() / 1000);
  if (body.stream) {
    startSse(res);
    const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
      JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] });
    writeSse(res, chunk({ role: 'assistant', content: '' }, null));
    const tokens = tokenize(knobs.replyText);
    for (const [index, token] of tokens.entries()) {
      if (fault === 'cut' && index === Math.floor(tokens.length / 2)) return cutConnection(res);
      writeSse(res, fault === 'malformed' && index === 0 ? '{"id":"chatcmpl-broken","choices":[' : chunk({ content: token }, null));
      if (knobs.perTokenMs) await sleep(knobs.perTokenMs);
    }
    writeSse(res, chunk({}, 'stop'));
    writeSse(res, '[DONE]');
    res.end();
    return;
  }
  const structured = body.response_format?.type === 'json_schema';
  // A malformed structured answer is valid HTTP JSON whose content breaks the schema, as a model does.
  const brokenContent = fault === 'malformed' && structured;
  const content = structured ? JSON.stringify({ corrections: knobs.corrections }) : knobs.openingText;
  return answerJson(res, brokenContent ? null : fault, {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: brokenContent ? '{"corrections": [' : content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
  });
}

function startSse(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
}

function writeSse(res: ServerResponse, data: string) {
  res.write(`data: ${data}\n\n`);
}
