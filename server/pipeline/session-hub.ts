// Delivers a session's events to every socket of that session held by this process: the one
// that started the turn, and any that reconnected since. (Across processes this becomes
// PostgreSQL LISTEN/NOTIFY; see the scale-out issue.)
import type { ServerEvent } from '../../shared/ws';

export type SessionListener = (event: ServerEvent) => void;

export interface SessionHub {
  subscribe(sessionId: string, listener: SessionListener): () => void;
  publish(sessionId: string, event: ServerEvent): void;
}

export function createSessionHub(): SessionHub {
  const listeners = new Map<string, Set<SessionListener>>();
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
    publish(sessionId, event) {
      for (const listener of listeners.get(sessionId) ?? []) listener(event);
    },
  };
}
