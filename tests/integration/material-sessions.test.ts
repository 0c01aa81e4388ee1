// Sessions about a video, a PDF or a selection: the session records what it had, the topics come
// from the captions, and the offline tutor opens by pointing at a moment of the video.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { TestSocket } from '../support/ws-client';

const CAPTIONS = [
  '[0:00] Hi everyone, welcome back to the channel.',
  '[0:04] Today we are looking at how honey bees talk to each other.',
  '[0:09] A honey bee that finds flowers comes back to the hive',
  '[0:13] and dances, and the dance tells the other bees where the flowers are.',
  '[1:02] The longer the dance lasts, the farther away the flowers are from the hive.',
  '[3:12] Scientists filmed thousands of bee dances to learn this.',
].join('\n');

describe.each(testDatabases)('material sessions on $name', (database) => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await createTestApp(database);
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  const create = (token: string, body: object) => t.request('POST', '/api/conversations/sessions', { token, body });

  it('records a video session with its id and channel, topics from the captions, and a greeting at a moment', async () => {
    const { token, userId } = await t.register();
    const res = await create(token, {
      pageUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      pageTitle: 'How honey bees talk',
      articleText: CAPTIONS,
      materialKind: 'video',
      videoId: 'dQw4w9WgXcQ',
      materialAuthor: 'Nature Now',
    });
    expect(res.status).toBe(201);
    const session = await res.json();
    expect(session).toMatchObject({ materialKind: 'video', videoId: 'dQw4w9WgXcQ', materialAuthor: 'Nature Now', topic: 'How honey bees talk' });
    expect(session.keyTerms).toEqual(expect.arrayContaining(['bee', 'flowers', 'dance']));
    expect(session.keyTerms.join(' ')).not.toMatch(/\d/);

    const listed = await (await t.request('GET', `/api/users/${userId}/sessions`, { token })).json();
    expect(listed.items[0]).toMatchObject({ id: session.id, materialKind: 'video', videoId: 'dQw4w9WgXcQ' });

    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
    try {
      socket.send({ type: 'auth', token });
      const ready = await socket.waitFor('ready');
      expect(ready.greeting?.text).toContain('"How honey bees talk" from Nature Now');
      expect(ready.greeting?.text).toMatch(/at \d+:\d\d, you can hear: "/i);
      const before = socket.events.length;
      socket.send({ type: 'turn.text', text: 'I think bees are very clever animals.' });
      const done = await socket.waitFor('reply.done', before, 20_000);
      expect(done.text).toMatch(/At \d+:\d\d the video says: "/);
    } finally {
      socket.close();
    }
  });

  it('says when a video has no English captions and talks about its title', async () => {
    const { token } = await t.register();
    const session = await (
      await create(token, { pageUrl: 'https://www.youtube.com/watch?v=abcdefghijk', pageTitle: '서울 여행 브이로그', articleText: '', materialKind: 'video', videoId: 'abcdefghijk' })
    ).json();
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.id}`);
    try {
      socket.send({ type: 'auth', token });
      const ready = await socket.waitFor('ready');
      expect(ready.greeting?.text).toContain('has no English captions');
      expect(ready.greeting?.text).toContain('title');
    } finally {
      socket.close();
    }
  });

  it('records PDF and selection sessions, and old clients get a session without a kind', async () => {
    const { token } = await t.register();
    const pdf = await (await create(token, { pageUrl: 'http://docs.example/report.pdf', pageTitle: 'Annual report', articleText: 'Sales of electric bikes grew fast.', materialKind: 'pdf' })).json();
    expect(pdf).toMatchObject({ materialKind: 'pdf', videoId: null });
    const selection = await (await create(token, { pageUrl: 'https://x.example/', pageTitle: 'X', articleText: 'Some chosen words.', materialKind: 'selection' })).json();
    expect(selection.materialKind).toBe('selection');
    const plain = await (await create(token, { pageUrl: 'https://x.example/', pageTitle: 'X', articleText: '' })).json();
    expect(plain).toMatchObject({ materialKind: null, videoId: null, materialAuthor: null });
  });

  it('refuses a video id on a session that is not a video, naming the field', async () => {
    const { token } = await t.register();
    const res = await create(token, { pageUrl: 'https://x.example/', pageTitle: 'X', articleText: '', materialKind: 'article', videoId: 'dQw4w9WgXcQ' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBeTruthy();
    expect(JSON.stringify(body)).toContain('videoId');
    const bad = await create(token, { pageUrl: 'https://x.example/', pageTitle: 'X', materialKind: 'video', videoId: 'not an id' });
    expect(bad.status).toBe(400);
  });
});
