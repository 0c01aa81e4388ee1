// Vendor connections stay warm between turns: fetch's default drops an idle connection after 4 s
// when the server sends no Keep-Alive hint (most vendor edges send none), so the next turn paid a
// new TCP + TLS handshake. The vendor fetch keeps it for the next request.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendorFetch } from '../../server/providers/keep-alive';

describe('vendor fetch', () => {
  let server: Server;
  let connections = 0;
  const open = new Set<Socket>();
  let url = '';
  beforeAll(async () => {
    // Answers every request on a connection it keeps open, without a Keep-Alive header.
    server = createServer((socket) => {
      connections++;
      open.add(socket);
      socket.on('data', (data) => {
        if (data.includes('\r\n\r\n')) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    // The kept connection would hold the server open for a minute.
    for (const socket of open) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reuses the connection of a turn for the next one, 4.5 s later', async () => {
    expect(await (await vendorFetch(url)).text()).toBe('ok');
    await new Promise((r) => setTimeout(r, 4500));
    expect(await (await vendorFetch(url)).text()).toBe('ok');
    expect(connections).toBe(1);
  }, 15_000);
});
