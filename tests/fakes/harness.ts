// Shared machinery of the loopback fakes: a node:http server on 127.0.0.1, a record of every
// request, and knobs a test sets to inject latency and faults the way real vendors misbehave.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * On a WebSocket: 500 / 429 refuse the upgrade; hang accepts it and then never answers; cut drops
 * the connection mid-stream; error-event sends the vendor's own error event mid-stream.
 */
export type FaultKind = '500' | '429' | 'hang' | 'cut' | 'malformed' | 'error-event';

export interface Fault {
  kind: FaultKind;
  /** Sent as `retry-after` with a 429. */
  retryAfterSec?: number;
  /** How many matching requests get the fault; then the fake answers normally. Default: all. */
  times?: number;
  /** Requests to let through before the fault starts. Default 0. */
  afterRequests?: number;
  /** Only requests whose path contains this text get the fault. Default: every request. */
  pathIncludes?: string;
  /** Only requests with this method get the fault. Default: any. */
  method?: string;
}

export interface Knobs {
  /** Delay before the first byte of a successful answer. */
  ttfbMs?: number;
  /** Delay between streamed tokens / chunks. */
  perTokenMs?: number;
  /** Time to first byte per endpoint: the first key contained in the path wins over ttfbMs. */
  ttfbMsByPath?: Record<string, number>;
  fault?: Fault | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The fault injected into this request, if any. */
  fault: FaultKind | null;
  /** A WebSocket: the JSON messages the client sent, in order, and whether it has closed. */
  messages?: Record<string, unknown>[];
  closed?: boolean;
}

export interface FakeServer<K extends Knobs = Knobs> {
  url: string;
  requests: RecordedRequest[];
  setKnobs(knobs: Partial<K>): void;
  close(): Promise<void>;
}

/** What a vendor route sees: the request, its recorded form, the live knobs and helpers. */
export interface FakeExchange<K extends Knobs> {
  req: IncomingMessage;
  res: ServerResponse;
  recorded: RecordedRequest;
  knobs: K;
  /** 'cut' or 'malformed' when the route itself must produce that fault (format specific). */
  fault: 'cut' | 'malformed' | null;
  baseUrl: string;
}

export type FakeRoute<K extends Knobs> = (exchange: FakeExchange<K>) => Promise<void>;

/** What a vendor's WebSocket route sees once the upgrade is accepted. */
export interface FakeSocketExchange<K extends Knobs> {
  socket: WebSocket;
  recorded: RecordedRequest;
  /** The knobs as they are now (a test may change them mid-stream). */
  knobs: () => K;
  fault: 'hang' | 'cut' | 'error-event' | 'malformed' | null;
}

export type FakeSocketRoute<K extends Knobs> = (exchange: FakeSocketExchange<K>) => void;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Drops the connection without finishing the response, as a vendor outage mid-stream does. The
 * socket is ended (not destroyed) so the bytes already written still reach the client first.
 */
export function cutConnection(res: ServerResponse) {
  res.socket?.end();
}

export async function startFakeServer<K extends Knobs>(options: {
  port?: number;
  knobs?: Partial<K>;
  defaults: K;
  route: FakeRoute<K>;
  /** Body of the vendor's own error answer for 500 / 429. */
  errorBody: (status: number) => unknown;
  /** WebSocket routes: the first whose path the upgrade's path starts with serves it. */
  sockets?: Record<string, FakeSocketRoute<K>>;
}): Promise<FakeServer<K>> {
  let knobs: K = { ...options.defaults, ...options.knobs };
  let faultMatches = 0;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let baseUrl = '';

  const pickFault = (method: string, path: string): FaultKind | null => {
    const fault = knobs.fault;
    if (!fault || (fault.pathIncludes && !path.includes(fault.pathIncludes))) return null;
    if (fault.method && fault.method !== method) return null;
    faultMatches += 1;
    const skipped = fault.afterRequests ?? 0;
    if (faultMatches <= skipped) return null;
    if (fault.times !== undefined && faultMatches > skipped + fault.times) return null;
    return fault.kind;
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', baseUrl);
    const fault = pickFault(req.method ?? 'GET', url.pathname);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
      fault,
    };
    requests.push(recorded);
    try {
      if (fault === 'hang') return; // never answer; close() drops the socket
      if (fault === '500') return sendJson(res, 500, options.errorBody(500));
      if (fault === '429') {
        const retryAfter = String(knobs.fault?.retryAfterSec ?? 1);
        return sendJson(res, 429, options.errorBody(429), { 'retry-after': retryAfter });
      }
      const ttfbMs = Object.entries(knobs.ttfbMsByPath ?? {}).find(([fragment]) => recorded.path.includes(fragment))?.[1] ?? knobs.ttfbMs;
      if (ttfbMs) await sleep(ttfbMs);
      // An error event is a WebSocket fault; over HTTP the vendor's error answer is the 500.
      if (fault === 'error-event') return sendJson(res, 500, options.errorBody(500));
      await options.route({ req, res, recorded, knobs, fault, baseUrl });
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error) } });
      else res.destroy();
    }
  });
  const webSockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const route = Object.entries(options.sockets ?? {}).find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
    const fault = pickFault('GET', url.pathname);
    const recorded: RecordedRequest = { method: 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.alloc(0), fault, messages: [], closed: false };
    requests.push(recorded);
    const refuse = (status: number, body: unknown) => {
      socket.end(`HTTP/1.1 ${status} ${status === 429 ? 'Too Many Requests' : status === 404 ? 'Not Found' : 'Internal Server Error'}\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n${JSON.stringify(body)}`);
    };
    if (!route) return refuse(404, { detail: 'Not Found' });
    if (fault === '500' || fault === '429') return refuse(Number(fault), options.errorBody(Number(fault)));
    webSockets.handleUpgrade(req, socket, head, (ws) => {
      ws.on('close', () => (recorded.closed = true));
      route({ socket: ws, recorded, knobs: () => knobs, fault: fault === 'hang' || fault === 'cut' || fault === 'error-event' || fault === 'malformed' ? fault : null });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    setKnobs(next) {
      knobs = { ...knobs, ...next };
      if ('fault' in next) faultMatches = 0;
    },
    close() {
      for (const client of webSockets.clients) client.terminate();
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A JSON answer, truncated ('malformed') or dropped half-way ('cut') when the test asks. */
export function answerJson(res: ServerResponse, fault: 'cut' | 'malformed' | null, body: unknown, status = 200): void {
  const text = JSON.stringify(body);
  const half = text.slice(0, Math.floor(text.length / 2));
  if (fault === 'malformed') {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(half);
  } else if (fault === 'cut') {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
    res.write(half);
    cutConnection(res);
  } else {
    sendJson(res, status, body);
  }
}

/** Splits text into word-sized tokens that concatenate back to the text. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}
