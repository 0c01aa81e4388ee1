// A client that keeps its connection open (browsers, Node's fetch, any HTTP agent) must be able to
// send its next request on the same connection after any answer, including an answer given before
// the server has read the body: a 413 for a body that is too large, a 401 to a body sent without a
// token, a 400 to a body of the wrong type. Each such answer either reads the rest of the body so
// the connection stays usable, or says `Connection: close` so the client opens a new one.
import http from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';

interface Answer {
  status: number;
  connection: string | undefined;
  /** The local port of the connection the answer came on: the same port means the same connection. */
  localPort: number;
}

/** How a body is sent: all at once with a Content-Length, chunked, or in two halves with a pause. */
type Sending = { kind: 'whole' } | { kind: 'chunked' } | { kind: 'slow'; pauseMs: number };

describe('keep-alive connections after answers given before the body is read', () => {
  let t: TestApp;
  let server: RunningServer;
  let token: string;
  let agent: http.Agent;

  beforeAll(async () => {
    const pglite = testDatabases.find((database) => database.name === 'pglite')!;
    t = await createTestApp(pglite);
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
    token = (await t.register()).token;
    // One connection at most: every request waits for the one before it and reuses its socket.
    agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterAll(async () => {
    agent.destroy();
    await server.close();
    await t.close();
  });

  function send(method: string, path: string, headers: Record<string, string>, body?: Buffer, sending: Sending = { kind: 'whole' }) {
    return new Promise<Answer>((resolve, reject) => {
      const outgoing = { ...headers };
      if (body && sending.kind !== 'chunked') outgoing['content-length'] = String(body.length);
      const request = http.request(`${server.url}${path}`, { method, headers: outgoing, agent }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, localPort: (request.socket as Socket).localPort ?? 0 }),
        );
        res.on('error', reject);
      });
      request.on('error', reject);
      if (!body) return request.end();
      if (sending.kind === 'slow') {
        const half = Math.floor(body.length / 2);
        request.write(body.subarray(0, half));
        setTimeout(() => request.end(body.subarray(half)), sending.pauseMs);
        return;
      }
      if (sending.kind === 'chunked') {
        for (let at = 0; at < body.length; at += 64 * 1024) request.write(body.subarray(at, at + 64 * 1024));
        return request.end();
      }
      request.end(body);
    });
  }

  const json = { 'content-type': 'application/json' };
  const bearer = () => ({ authorization: `Bearer ${token}` });
  const bytes = (size: number) => Buffer.alloc(size, 'x');

  const earlyAnswers: Array<[string, number, () => Promise<Answer>]> = [
    ['a 2 MB body to /api/check', 413, () => send('POST', '/api/check', { ...json, ...bearer() }, bytes(2 * 1024 * 1024))],
    ['a 2 MB body to sessions', 413, () => send('POST', '/api/conversations/sessions', { ...json, ...bearer() }, bytes(2 * 1024 * 1024))],
    ['a 2 MB chunked body (no Content-Length)', 413, () => send('POST', '/api/check', { ...json, ...bearer() }, bytes(2 * 1024 * 1024), { kind: 'chunked' })],
    ['a 20 MB body', 413, () => send('POST', '/api/check', { ...json, ...bearer() }, bytes(20 * 1024 * 1024))],
    ['a body without a token', 401, () => send('POST', '/api/check', json, bytes(900 * 1024))],
    ['a body without a token, sent slowly', 401, () => send('POST', '/api/check', json, bytes(900 * 1024), { kind: 'slow', pauseMs: 800 })],
    ['a body of the wrong content type', 400, () => send('POST', '/api/check', { 'content-type': 'text/plain', ...bearer() }, bytes(900 * 1024))],
  ];

  it.each(earlyAnswers)('answers %s with %i, and the next four requests on that client all succeed', async (_what, status, early) => {
    const answer = await early();
    expect(answer.status).toBe(status);
    const next: Answer[] = [];
    for (let i = 0; i < 4; i++) next.push(await send('GET', '/healthz', {}));
    expect(next.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    // Kept open means it was really reusable: the next request went over that very connection.
    if (answer.connection !== 'close') expect(next[0]!.localPort).toBe(answer.localPort);
    // And the connection that follows is kept open as usual.
    expect(new Set(next.map((a) => a.localPort)).size).toBe(1);
  });

  it('still reads a body that fits and answers it on a kept connection', async () => {
    const first = await send('POST', '/api/check', { ...json, ...bearer() }, Buffer.from(JSON.stringify({ text: 'I goes to school.' })));
    const second = await send('POST', '/api/check', { ...json, ...bearer() }, Buffer.from(JSON.stringify({ text: 'She like apples.' })));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.connection).toBe('keep-alive');
    expect(second.localPort).toBe(first.localPort);
  });
});
