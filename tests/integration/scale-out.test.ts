// Several server processes on one PostgreSQL: background renders run on pg-boss workers in any
// process, and a video finished in one process reaches the WebSocket another process holds
// (LISTEN/NOTIFY). A worker killed mid-job loses nothing: the job expires and another process
// finishes it, once. Needs a PostgreSQL server: CI must give one, elsewhere the file says it skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { postgresFor } from '../support/postgres-only';
import { startFakes, type Fakes } from '../support/fakes';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { TestSocket } from '../support/ws-client';

const postgres = postgresFor('scale-out (several server processes on one PostgreSQL)');
const PRESENTER = (name: string) => `https://presenters.example/${name}.jpg`;

describe.runIf(postgres)('scale-out on PostgreSQL', () => {
  let fakes: Fakes;
  let database: Awaited<ReturnType<NonNullable<typeof postgres>['create']>>;
  const processes: ServerProcess[] = [];

  const start = async (name: string, workers: boolean) => {
    const server = await startServerProcess({
      ...fakes.env,
      DATABASE_URL: database.databaseUrl!,
      JOB_WORKERS: String(workers),
      JOB_EXPIRE_SEC: '3',
      DID_PRESENTER_IMAGE_URL: PRESENTER(name),
      TURNS_PER_MINUTE: '0',
    });
    processes.push(server);
    return server;
  };

  /** Which process's worker created each D-ID talk, in order (each process has its own presenter). */
  const talkCreators = () =>
    fakes.did.requests
      .filter((r) => r.method === 'POST' && r.path === '/talks')
      .map((r) => (JSON.parse(r.body.toString()) as { source_url: string }).source_url);

  async function learnerOn(server: ServerProcess) {
    const post = async (path: string, body: unknown, token?: string) =>
      (await (
        await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        })
      ).json()) as Record<string, string>;
    const { token } = await post('/api/auth/register', { email: `scale-${Date.now()}-${Math.random()}@example.com`, password: 'a long password' });
    const session = await post('/api/conversations/sessions', { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT }, token);
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
    socket.send({ type: 'auth', token });
    await socket.waitFor('ready', 0, 30_000);
    return { socket, sessionId: session.id! };
  }

  beforeAll(async () => {
    fakes = await startFakes();
    database = await postgres!.create();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    await fakes.close();
    await database.drop();
  });

  it("delivers a video rendered by process B's worker to the socket process A holds", async () => {
    fakes.did.setKnobs({ renderMs: 300, outcome: 'done' });
    const a = await start('a', false);
    await start('b', true);
    const { socket } = await learnerOn(a);
    socket.send({ type: 'turn.text', text: 'Yesterday I go to a farm with many robot.' });
    const done = await socket.waitFor('turn.done', 0, 30_000);
    const video = await socket.waitFor('avatar.video', 0, 30_000);
    expect(video.turnId).toBe(done.turnId);
    expect(video.seq).toBe(done.seq + 1);
    expect(talkCreators()).toEqual([PRESENTER('b')]);
    socket.close();
  }, 90_000);

  it('finishes a job once when the worker that took it is killed mid-render', async () => {
    fakes.did.setKnobs({ renderMs: 30_000, outcome: 'done' });
    const before = talkCreators().length;
    const a = processes[0]!;
    const b = processes[1]!;
    const { socket, sessionId } = await learnerOn(a);
    socket.send({ type: 'turn.text', text: 'I think robots will help the farmers a lot.' });
    await socket.waitFor('turn.done', 0, 30_000);
    // B's worker has the job (a D-ID talk with B's presenter exists): kill B mid-render.
    for (let i = 0; talkCreators().length === before; i++) {
      if (i > 200) throw new Error('no worker took the render job');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(talkCreators().at(-1)).toBe(PRESENTER('b'));
    await b.kill();
    fakes.did.setKnobs({ renderMs: 200 });
    await start('c', true);

    const video = await socket.waitFor('avatar.video', 0, 60_000);
    expect(talkCreators().slice(before)).toEqual([PRESENTER('b'), PRESENTER('c')]);
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      const stored = await client.query('SELECT "videoUrl" FROM "Conversation" WHERE "id" = $1', [video.messageId]);
      expect(stored.rows[0].videoUrl).toBe(video.videoUrl);
      const events = await client.query(`SELECT COUNT(*)::int AS n FROM "TurnEvent" WHERE "sessionId" = $1 AND "type" = 'avatar.video'`, [sessionId]);
      expect(events.rows[0].n).toBe(1);
      const jobs = await client.query(`SELECT state, retry_count FROM pgboss.job WHERE name = 'avatar.render' ORDER BY created_on DESC LIMIT 1`);
      expect(jobs.rows[0]).toMatchObject({ state: 'completed', retry_count: 1 });
    } finally {
      await client.end();
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(socket.events.filter((e) => e.type === 'avatar.video')).toHaveLength(1);
    socket.close();
  }, 120_000);
});
