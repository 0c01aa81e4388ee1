// Loopback fake of D-ID Talks: create a talk, poll it through created -> started -> done, and
// serve the rendered result (a tiny real MP4 from tests/fixtures) from the fake itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerJson, sendJson, startFakeServer, type FakeExchange, type FakeServer, type Knobs } from './harness';

export interface DidKnobs extends Knobs {
  /** How long a talk stays in `started` before it is `done`. */
  renderMs: number;
  /** How a render ends. */
  outcome: 'done' | 'error' | 'rejected';
}

export const didDefaults: DidKnobs = { renderMs: 0, outcome: 'done' };

const VIDEO = readFileSync(fileURLToPath(new URL('../fixtures/talk.mp4', import.meta.url)));

interface Talk {
  id: string;
  createdAt: number;
  polls: number;
  sourceUrl: string;
  script: unknown;
  outcome: DidKnobs['outcome'];
  renderMs: number;
}

const errorBody = (status: number) =>
  status === 429 ? { kind: 'TooManyRequestsError', description: 'Too many requests' } : { kind: 'InternalServerError', description: 'Fake D-ID fault' };

export function startFakeDid(options: { port?: number; knobs?: Partial<DidKnobs> } = {}): Promise<FakeServer<DidKnobs>> {
  const talks = new Map<string, Talk>();
  return startFakeServer<DidKnobs>({
    port: options.port,
    knobs: options.knobs,
    defaults: didDefaults,
    errorBody,
    route: async (exchange) => {
      const { recorded, res } = exchange;
      const resultMatch = /^\/results\/(tlk_[\w-]+)\.mp4$/.exec(recorded.path);
      if (recorded.method === 'GET' && resultMatch) {
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(VIDEO.length) });
        res.end(VIDEO);
        return;
      }
      if (!/^Basic \S+/.test(String(recorded.headers.authorization ?? ''))) {
        return sendJson(res, 401, { kind: 'AuthorizationError', description: 'Unauthorized' });
      }
      if (recorded.method === 'POST' && recorded.path === '/talks') return createTalk(exchange, talks);
      const talkMatch = /^\/talks\/(tlk_[\w-]+)$/.exec(recorded.path);
      if (recorded.method === 'GET' && talkMatch?.[1]) return getTalk(exchange, talks.get(talkMatch[1]));
      sendJson(res, 404, { kind: 'NotFoundError', description: 'Not found' });
    },
  });
}

function createTalk({ res, recorded, knobs, fault }: FakeExchange<DidKnobs>, talks: Map<string, Talk>) {
  const body = JSON.parse(recorded.body.toString('utf8')) as { source_url?: string; script?: { type?: string; input?: string; audio_url?: string } };
  const script = body.script;
  const validScript = (script?.type === 'text' && script.input) || (script?.type === 'audio' && script.audio_url);
  if (!body.source_url || !validScript) {
    return sendJson(res, 400, { kind: 'ValidationError', description: 'source_url and a text or audio script are required' });
  }
  const id = `tlk_${Math.random().toString(36).slice(2, 12)}`;
  talks.set(id, { id, createdAt: Date.now(), polls: 0, sourceUrl: body.source_url, script, outcome: knobs.outcome, renderMs: knobs.renderMs });
  answerJson(res, fault, { id, object: 'talk', created_at: new Date().toISOString(), status: 'created' }, 201);
}

function getTalk({ res, fault, baseUrl }: FakeExchange<DidKnobs>, talk: Talk | undefined) {
  if (!talk) return sendJson(res, 404, { kind: 'NotFoundError', description: 'Talk not found' });
  talk.polls += 1;
  const rendered = talk.polls > 1 && Date.now() - talk.createdAt >= talk.renderMs;
  const status = talk.polls === 1 ? 'started' : rendered ? talk.outcome : 'started';
  const base = { id: talk.id, object: 'talk', source_url: talk.sourceUrl, script: talk.script, status };
  if (status === 'done') {
    return answerJson(res, fault, { ...base, result_url: `${baseUrl}/results/${talk.id}.mp4`, duration: 1 });
  }
  if (status === 'error' || status === 'rejected') {
    return answerJson(res, fault, { ...base, error: { kind: 'FaceError', description: 'Fake render failure' } });
  }
  answerJson(res, fault, base);
}
