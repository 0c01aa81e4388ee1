// Starts HTTP + WebSocket on a port for a set of services; resolves once listening.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { createApp } from './app';
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
  return new Promise((resolve) => {
    const server = serve({ fetch: outer.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    injectWebSocket(server);
  });
}
