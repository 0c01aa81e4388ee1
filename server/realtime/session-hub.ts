// Delivers a session's events to every socket of that session. `publish` reaches the sockets of
// this process (a turn's own events: its socket lives here). `broadcast` also reaches other
// server processes — for events made elsewhere, such as a video rendered by another process's
// worker (pg-session-hub.ts does that with PostgreSQL LISTEN/NOTIFY).
import type { ServerEvent } from '../../shared/ws';

export type SessionListener = (event: ServerEvent) => void;

export interface SessionHub {
  subscribe(sessionId: string, listener: SessionListener): () => void;
  publish(sessionId: string, event: ServerEvent): void;
  broadcast(sessionId: string, event: ServerEvent): void;
  close(): Promise<void>;
}

export function createSessionHub(): SessionHub {
  const listeners = new Map<string, Set<SessionListener>>();
  const publish = (sessionId: string, event: ServerEvent) => {
    for (const listener of listeners.get(sessionId) ?? []) listener(event);
  };
  return {
    subscribe(sessionId, listener) {
      const set = listeners.get(sessionId) ?? new Set();
      set.add(listener);
      listeners.set(sessionId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(sessionId);
      };
    },
    publish,
    broadcast: publish,
    close: async () => {
      listeners.clear();
    },
  };
}
