// Starts HTTP + WebSocket on a port for a set of services; resolves once listening.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { createApp } from './app';
import { drainUnreadBodies } from './http/unread-bodies';
import type { Services } from './services';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(services: Services, options: { host: string; port: number }): Promise<RunningServer> {
  // node-ws needs the outer app at creation; createApp mounts the socket route on it.
  const outer = new Hono();
  const { injectWebSocket, upgradeWebSocket } = createNodeWebSocket({ app: outer });
  outer.route('/', createApp(services, { upgradeWebSocket }));
  // The adapter's own clean-up of unread bodies closes kept-alive connections after 500 ms;
  // drainUnreadBodies does that job instead (see there).
  const server = createServer(drainUnreadBodies(getRequestListener(outer.fetch, { autoCleanupIncoming: false })));
  injectWebSocket(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
