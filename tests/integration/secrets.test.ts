// No secret leaves the server: passwords, tokens, password hashes and vendor keys never appear in
// a log line (captured from the production logger at trace level), in an error answer, in
// /healthz or the API document, or in any WebSocket event — through register, login, a wrong
// login, a password change, text and spoken turns, and vendor failures.
import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { sinePcm16, wavFile } from '../fakes/audio';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { startFakes, type Fakes } from '../support/fakes';
import { TestSocket } from '../support/ws-client';

const PASSWORD = 'first-Secret-Passphrase-93';
const NEW_PASSWORD = 'second-Secret-Passphrase-47';
const WRONG_GUESS = 'wrong-Guess-Passphrase-61';
const KEYS = {
  OPENAI_API_KEY: 'sk-proj-leakcheck-openai-7c1e',
  ELEVENLABS_API_KEY: 'leakcheck-elevenlabs-9d2f',
  DID_API_KEY: 'leakcheck-did-4b8a',
  AZURE_SPEECH_KEY: 'leakcheck-azure-2e6c',
};

describe('no secret in logs, answers or socket events', () => {
  let fakes: Fakes;
  let t: TestApp;
  let server: RunningServer;
  const logLines: string[] = [];
  const answers: string[] = [];

  beforeAll(async () => {
    fakes = await startFakes();
    const logger = createLogger('trace', { write: (line: string) => void logLines.push(line) });
    t = await createTestApp(testDatabases[0]!, { ...fakes.env, ...KEYS }, { logger });
    server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
    await fakes.close();
  });

  /** Calls the API over the real socket and keeps the whole answer, headers included. */
  async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await res.text();
    answers.push(`${method} ${path} ${res.status} ${JSON.stringify([...res.headers])} ${text}`);
    return { status: res.status, json: () => JSON.parse(text) };
  }

  it('keeps every secret out of logs, answers and events through a learner day with vendor failures', async () => {
    const email = `leakcheck-${Date.now()}@example.com`;
    const registered = await call('POST', '/api/auth/register', { body: { email, password: PASSWORD, name: 'Min-ji' } });
    expect(registered.status).toBe(201);
    const tokens: string[] = [registered.json().token];
    const loggedIn = await call('POST', '/api/auth/login', { body: { email, password: PASSWORD } });
    tokens.push(loggedIn.json().token);
    expect((await call('POST', '/api/auth/login', { body: { email, password: WRONG_GUESS } })).status).toBe(401);
    expect((await call('POST', '/api/auth/login', { body: { email: 'nobody@example.com', password: WRONG_GUESS } })).status).toBe(401);
    expect((await call('POST', '/api/auth/password', { token: tokens[1], body: { currentPassword: WRONG_GUESS, newPassword: NEW_PASSWORD } })).status).toBe(400);
    const changed = await call('POST', '/api/auth/password', { token: tokens[1], body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(changed.status).toBe(200);
    const token = changed.json().token as string;
    tokens.push(token);
    expect((await call('GET', '/api/users/me', { token: tokens[0] })).status).toBe(401);
    expect((await call('GET', '/healthz')).status).toBe(200);
    expect((await call('GET', '/api/openapi.json')).status).toBe(200);
    expect((await call('POST', '/api/check', { token, body: { text: 42 } })).status).toBe(400);

    const session = await call('POST', '/api/conversations/sessions', {
      token,
      body: { pageUrl: 'https://news.example/rice', pageTitle: 'Robots plant rice', articleText: 'Robots plant rice in flooded fields.' },
    });
    const socket = await TestSocket.open(`${server.url.replace('http', 'ws')}/ws/conversation/${session.json().id}`);
    try {
      socket.send({ type: 'auth', token });
      await socket.waitFor('ready');
      let from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'Yesterday I go to a farm.' });
      await socket.waitFor('turn.done', from, 20_000);

      from = socket.events.length;
      socket.send({ type: 'turn.audio.start', mimeType: 'audio/wav' });
      socket.ws.send(wavFile(sinePcm16(1, 16_000), 16_000));
      socket.send({ type: 'turn.audio.end' });
      await socket.waitFor('turn.done', from, 20_000);

      // Every vendor failing at once: the logs then carry the vendors' errors.
      fakes.openai.setKnobs({ fault: { kind: '500' } });
      fakes.elevenlabs.setKnobs({ fault: { kind: '500' } });
      fakes.did.setKnobs({ fault: { kind: '500' } });
      from = socket.events.length;
      socket.send({ type: 'turn.text', text: 'The robots work at night.' });
      await socket.waitFor('turn.done', from, 30_000);
      socket.send({ type: 'auth', token: tokens[0] });
      await socket.waitFor('error', from);
    } finally {
      fakes.openai.setKnobs({ fault: null });
      fakes.elevenlabs.setKnobs({ fault: null });
      fakes.did.setKnobs({ fault: null });
      socket.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // late job logs (avatar render)

    const user = await t.services.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const keyForms = Object.values(KEYS).flatMap((key) => [key, Buffer.from(key).toString('base64'), Buffer.from(`${key}:`).toString('base64')]);
    const secrets = [PASSWORD, NEW_PASSWORD, WRONG_GUESS, user.passwordHash, ...keyForms];

    const logs = logLines.join('');
    expect(logLines.length, 'the capture works').toBeGreaterThan(10);
    expect(logs).toContain('"msg":"request"');
    expect(logs).toMatch(/"level":(40|50)/); // the vendor failures were logged
    for (const secret of [...secrets, ...tokens]) expect(logs, 'a log line').not.toContain(secret);

    const events = JSON.stringify(socket.events);
    expect(events).toContain('"type":"ready"');
    for (const secret of [...secrets, ...tokens]) expect(events, 'a socket event').not.toContain(secret);

    // Answers carry a token only where it is issued, to its owner.
    for (const answer of answers) {
      for (const secret of secrets) expect(answer, answer.slice(0, 60)).not.toContain(secret);
      const issuing = /^POST \/api\/auth\/(register|login|password) 20[01]/.test(answer);
      if (!issuing) for (const issued of tokens) expect(answer, answer.slice(0, 60)).not.toContain(issued);
    }
  });
});
