// The SDK's realtime wrapper parses every vendor frame with a bare JSON.parse inside the socket's
// `message` listener. One frame that is not JSON (a broken proxy, a truncated frame) would throw
// out of `ws` as an uncaught exception and take the whole server process, and every learner on
// it, down. Its listeners are wrapped so such a frame fails only this turn's stream, which then
// falls back like any other vendor failure.
import type { RealtimeConnection } from '@elevenlabs/elevenlabs-js';
import type WebSocket from 'ws';

/** The wrapper keeps its socket in a private field; read it here, in one place. */
const socketOf = (connection: RealtimeConnection) => (connection as unknown as { websocket?: WebSocket }).websocket;

/** Wraps the connection's `message` listeners; false when the SDK no longer exposes its socket that way. */
export function guardRealtimeFrames(connection: RealtimeConnection, onUnreadableFrame: (error: unknown) => void): boolean {
  const socket = socketOf(connection);
  if (!socket) return false;
  const listeners = socket.listeners('message') as ((...args: unknown[]) => void)[];
  socket.removeAllListeners('message');
  for (const listener of listeners) {
    socket.on('message', (...args: unknown[]) => {
      try {
        listener.apply(socket, args);
      } catch (error) {
        onUnreadableFrame(error);
      }
    });
  }
  return true;
}
