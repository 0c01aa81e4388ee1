// The address a request came from, for per-address limits. Behind a proxy (TRUST_PROXY=true) the
// socket's peer is the proxy, so the last X-Forwarded-For entry (the one the proxy itself added)
// names the client; earlier entries are whatever the client claimed and are ignored.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context';

export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('services').config.TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
