// One pool of warm connections to the vendors for the whole process: fetch's own default closes a
// connection after 4 s idle, so every turn of a conversation (turns come tens of seconds apart)
// paid a TCP and TLS handshake to each vendor on its critical path. This agent keeps idle
// connections up to a minute (or as long as the vendor's keep-alive hint allows, up to 10 min)
// and reuses TLS sessions; every vendor client's fetch goes through it.
import { Agent } from 'undici';

export const vendorAgent = new Agent({
  keepAliveTimeout: 60_000,
  keepAliveMaxTimeout: 600_000,
  // TLS session tickets are reused when a connection must be made again (undici's default is 100).
  maxCachedSessions: 100,
});

type FetchInit = NonNullable<Parameters<typeof fetch>[1]>;

/** The global fetch over the vendor agent, for the SDKs and REST clients that take a fetch. */
export const vendorFetch: typeof fetch = (input, init) => fetch(input, { ...init, dispatcher: vendorAgent } as FetchInit);
