// WS /ws/conversation/:sessionId — the live conversation (protocol in shared/ws.ts).
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import type { AppEnv } from '../http/context';
import { ConversationConnection } from '../ws/connection';

export function conversationSocket(upgradeWebSocket: UpgradeWebSocket) {
  return new Hono<AppEnv>().get(
    '/conversation/:sessionId',
    upgradeWebSocket((c) => {
      let connection: ConversationConnection | null = null;
      const services = c.get('services');
      const sessionId = c.req.param('sessionId') ?? '';
      return {
        onOpen: (_event, ws) => {
          connection = new ConversationConnection(services, sessionId, ws);
        },
        onMessage: (event) => {
          void connection?.onMessage(event.data);
        },
        onClose: () => connection?.onClose(),
      };
    }),
  );
}
