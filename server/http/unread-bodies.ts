// Keeps keep-alive connections usable after an answer given before the request body was read
// (a 413 from the size limit, a 401 to a body sent without a token, a 400 to a body of the wrong
// type). Two things break such a connection otherwise: the unread body sits in front of the
// client's next request, and @hono/node-server's own clean-up gives the body 500 ms and then
// closes the socket although the answer said `Connection: keep-alive`, so the client's next
// request on it fails ("other side closed"). Here, instead:
// - an answer sent while the rest of the body is small enough keeps the connection, and the rest
//   is read and thrown away, however slowly it arrives (the server's requestTimeout still bounds it);
// - an answer sent while more than DRAIN_MAX_BYTES are still to come, or an unknown amount
//   (chunked), says `Connection: close`, so the client opens a new connection for its next request.
// Node's http server already does this for a body nobody touched; the web stream that Hono reads
// the body through pauses the request whenever its queue fills, which stops that.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** Reading and discarding this much costs less than the client's new connection and TLS handshake. */
export const DRAIN_MAX_BYTES = 8 * 1024 * 1024;

function bytesStillToCome(request: IncomingMessage): number {
  if (request.complete) return 0;
  const declared = request.headers['content-length'];
  if (declared === undefined || request.headers['transfer-encoding'] !== undefined) return Number.POSITIVE_INFINITY;
  // The whole declared length bounds what is left: at worst a connection that could have been
  // kept is closed.
  return Number(declared);
}

export function drainUnreadBodies(listener: RequestListener): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      if (bytesStillToCome(request) > DRAIN_MAX_BYTES) this.setHeader('Connection', 'close');
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
    response.once('finish', () => {
      if (request.readableEnded || request.destroyed) return;
      // Nobody reads this body any more: drop the readers that pause it (as Node's own clean-up
      // of an unread body does) and let the rest flow away, so the parser reaches the next request.
      request.removeAllListeners('data');
      request.resume();
    });
    listener(request, response);
  };
}
