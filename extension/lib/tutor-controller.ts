// The panel's conversation logic: start a session about the page, keep the socket, send turns,
// and voice the tutor's replies. Its collaborators are passed in so tests use fakes.
import type { ApiClient } from './api-client';
import { createConversationSocket, socketUrl, type ConversationSocket, type ConversationSocketOptions } from './conversation-socket';
import { normaliseAlignment, type AudioEvent, type PanelEvent } from './server-events';
import type { Speaker } from './speaker';
import type { ConversationStore } from '../stores/conversation-store';

export interface TutorControllerDeps {
  store: ConversationStore;
  api: Pick<ApiClient, 'createSession' | 'endSession'>;
  serverUrl: string;
  getToken: () => Promise<string | null> | string | null;
  speaker: Speaker;
  openSocket?: (options: ConversationSocketOptions) => ConversationSocket;
  newTurnId?: () => string;
}

export interface TutorController {
  start: (page: { url: string; title: string; text: string }) => Promise<void>;
  sendText: (text: string) => boolean;
  bargeIn: () => void;
  dispose: () => void;
}

export function createTutorController(deps: TutorControllerDeps): TutorController {
  const { store, api, speaker, openSocket = createConversationSocket } = deps;
  const newTurnId = deps.newTurnId ?? (() => crypto.randomUUID());
  let socket: ConversationSocket | null = null;
  const turnsWithAudio = new Set<string>();

  function voice(event: PanelEvent): void {
    if (event.type === 'audio') return playAudio(event);
    if (event.type !== 'reply.done') return;
    if (turnsWithAudio.has(event.turnId)) return;
    if (store.getState().capabilities.tts === 'live') return;
    speaker.speakText(event.text);
  }

  function playAudio(event: AudioEvent): void {
    if (event.turnId) turnsWithAudio.add(event.turnId);
    const alignment = event.alignment ? normaliseAlignment(event.alignment) : undefined;
    const src = event.url ?? (event.data ? `data:${event.mimeType ?? 'audio/mpeg'};base64,${event.data}` : null);
    if (src) speaker.playAudio(src, alignment, event.text);
    else if (event.text) speaker.speakText(event.text);
  }

  return {
    async start(page) {
      const session = await api.createSession({ pageUrl: page.url, pageTitle: page.title, articleText: page.text });
      store.getState().setSession(session);
      socket = openSocket({
        url: socketUrl(deps.serverUrl, session.id),
        getToken: deps.getToken,
        onStatus: (status, reason) => store.getState().setStatus(status, reason),
        onEvent: (event) => {
          store.getState().applyEvent(event);
          voice(event);
        },
      });
    },
    sendText(text) {
      const trimmed = text.trim();
      if (!trimmed || !socket) return false;
      speaker.cancel();
      const clientTurnId = newTurnId();
      store.getState().addUserTurn(trimmed, clientTurnId);
      socket.sendTurn(trimmed, clientTurnId);
      return true;
    },
    bargeIn: () => speaker.cancel(),
    dispose() {
      speaker.cancel();
      socket?.close();
      socket = null;
      const session = store.getState().session;
      if (session) api.endSession(session.id).catch(() => undefined);
    },
  };
}
