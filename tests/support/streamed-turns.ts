// The streamed spoken turn's test harness: the real server on a test app against the vendor
// fakes, the learner's speech as PCM frames, and the events of one turn.
import { startServer } from '../../server/server';
import type { ServerEvent } from '../../shared/ws';
import { sinePcm16 } from '../fakes/audio';
import { ARTICLE_TEXT, ARTICLE_TITLE } from '../fixtures/article';
import { createTestApp } from './app';
import { testDatabases } from './databases';
import { startFakes } from './fakes';
import { TestSocket } from './ws-client';

export const STREAMED = 'Yesterday I go to the farm and I see many robot.';
export const BATCH = 'Yesterday I go to the farm and I see many robots there.';
/** 2 s of speech in 100 ms frames. */
export const FRAMES = Array.from({ length: 20 }, (_, i) => sinePcm16(0.1, 16_000, 200 + i));
export const PCM = Buffer.concat(FRAMES);
export const SCRIBE = '/v1/speech-to-text/realtime';

export type TurnEvent = Extract<ServerEvent, { turnId: string; seq: number }>;

export async function harness(env: Record<string, string>, database = testDatabases[0]!) {
  const fakes = await startFakes();
  const t = await createTestApp(database, { ...fakes.env, PROVIDER_TIMEOUT_MS: '800', ...env });
  const server = await startServer(t.services, { host: '127.0.0.1', port: 0 });
  const { token } = await t.register();
  const sockets: TestSocket[] = [];
  const open = async () => {
    const session = await (
      await t.request('POST', '/api/conversations/sessions', { token, body: { pageUrl: 'https://news.example/rice', pageTitle: ARTICLE_TITLE, articleText: ARTICLE_TEXT } })
    ).json();
    const { socket, ready } = await TestSocket.conversation(server.url, session.id, token);
    sockets.push(socket);
    return { sessionId: session.id as string, socket, ready };
  };
  const close = async () => {
    for (const s of sockets) s.close();
    await server.close();
    await t.close();
    await fakes.close();
  };
  return { fakes, t, token, open, close };
}

/** Sends the frames as the panel does, a little apart so the vendor hears them as they come. */
export async function speak(socket: TestSocket, clientTurnId = 'spoken-1') {
  socket.send({ type: 'turn.stream.start', format: 'pcm16le-16k-mono', clientTurnId });
  for (const frame of FRAMES) {
    socket.ws.send(frame);
    await new Promise((r) => setTimeout(r, 5));
  }
  socket.send({ type: 'turn.stream.end' });
}

export const turnEvents = (socket: TestSocket, turnId: string) => socket.events.filter((e): e is TurnEvent => 'turnId' in e && e.turnId === turnId && 'seq' in e);
