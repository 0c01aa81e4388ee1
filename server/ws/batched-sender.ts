// Sends a socket's messages in batches: a streamed turn produces a frame per token and per audio
// chunk, and writing each one with its own system call dominated the server's CPU at a few
// hundred sessions (bench:pipeline). Messages queued in the same tick go out in one write.
import type { WSContext } from 'hono/ws';

interface CorkableSocket {
  cork(): void;
  uncork(): void;
}

/** The TCP socket under node-ws's WebSocket, when there is one to cork. */
function tcpSocketOf(ws: WSContext): CorkableSocket | null {
  const raw = ws.raw as { _socket?: Partial<CorkableSocket> } | undefined;
  const socket = raw?._socket;
  return socket && typeof socket.cork === 'function' && typeof socket.uncork === 'function' ? (socket as CorkableSocket) : null;
}

export class BatchedSender {
  private queue: string[] = [];
  private scheduled = false;

  constructor(
    private readonly ws: WSContext,
    private readonly onSendFailure: () => void,
  ) {}

  send(message: string) {
    this.queue.push(message);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush() {
    this.scheduled = false;
    const messages = this.queue;
    this.queue = [];
    const socket = tcpSocketOf(this.ws);
    socket?.cork();
    try {
      for (const message of messages) this.ws.send(message);
    } catch {
      this.onSendFailure();
    } finally {
      socket?.uncork();
    }
  }
}
