// A scripted stand-in for the browser's WebSocket, for the socket client and controller tests.
export class FakeSocket {
  static instances: FakeSocket[] = [];
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  closed = false;

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }

  /** JSON messages as objects; binary frames (audio) as `{ binary: <the frame> }`. */
  send(data: string | Blob | ArrayBuffer): void {
    this.sent.push(typeof data === 'string' ? JSON.parse(data) : { binary: data });
  }

  close(code = 1000): void {
    this.closed = true;
    this.onclose?.({ code });
  }

  open(): void {
    this.onopen?.();
  }

  receive(event: object): void {
    this.onmessage?.({ data: JSON.stringify(event) });
  }

  drop(code = 1006): void {
    this.onclose?.({ code });
  }

  static latest(): FakeSocket {
    const socket = FakeSocket.instances.at(-1);
    if (!socket) throw new Error('no socket opened');
    return socket;
  }
}

export const readyEvent = (sessionId = 's1') => ({
  type: 'ready',
  sessionId,
  capabilities: { stt: 'offline', llm: 'offline', tts: 'offline' },
  greeting: { messageId: 'g1', text: 'Hi! Shall we talk about the article?' },
});
