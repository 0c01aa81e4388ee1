// A WebSocket client for tests: collects server events and waits for the ones a test expects.
import WebSocket from 'ws';
import { ServerEvent } from '../../shared/ws';

export class TestSocket {
  readonly events: ServerEvent[] = [];
  closeCode: number | null = null;
  private waiters: (() => void)[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      this.events.push(ServerEvent.parse(JSON.parse(data.toString())));
      this.notify();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.notify();
    });
  }

  static open(url: string): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const socket = new TestSocket(ws);
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
    });
  }

  /** The conversation socket of a session on the server at `serverUrl`, authenticated and ready. */
  static async conversation(serverUrl: string, sessionId: string, token: string): Promise<{ socket: TestSocket; ready: Extract<ServerEvent, { type: 'ready' }> }> {
    const socket = await TestSocket.open(`${serverUrl.replace('http', 'ws')}/ws/conversation/${sessionId}`);
    socket.send({ type: 'auth', token });
    return { socket, ready: await socket.waitFor('ready') };
  }

  private notify() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  send(message: unknown) {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Resolves with the first event (from `from` on) matching the predicate. */
  async waitFor<T extends ServerEvent['type']>(type: T, from = 0, timeoutMs = 10_000): Promise<Extract<ServerEvent, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find((e) => e.type === type);
      if (found) return found as Extract<ServerEvent, { type: T }>;
      if (this.closeCode !== null) throw new Error(`socket closed (${this.closeCode}) before ${type}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${type}; got ${this.events.map((e) => (e.type === 'error' ? `error(${e.code}: ${e.message})` : e.type)).join(',')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async waitForClose(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket did not close');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closeCode;
  }

  close() {
    this.ws.close();
  }
}
