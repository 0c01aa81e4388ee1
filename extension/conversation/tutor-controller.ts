// The panel's conversation logic: start a session about the page, keep the socket, send turns,
// and voice the tutor's replies. Its collaborators are passed in so tests use fakes.
import type { ApiClient } from '../api/api-client';
import {
  createConversationSocket,
  socketUrl,
  type AudioMimeType,
  type ConversationSocket,
  type ConversationSocketOptions,
} from './conversation-socket';
import { createSentenceAssembler } from '../voice/reply-audio';
import type { PanelEvent } from './server-events';
import type { Speaker } from '../voice/speaker';
import type { ConversationStore } from './conversation-store';
import type { SessionMaterial } from '../material/session-material';

export interface TutorControllerDeps {
  store: ConversationStore;
  api: Pick<ApiClient, 'createSession' | 'endSession'>;
  serverUrl: string;
  getToken: () => Promise<string | null> | string | null;
  speaker: Speaker;
  openSocket?: (options: ConversationSocketOptions) => ConversationSocket;
  newTurnId?: () => string;
  assembleSentence?: ReturnType<typeof createSentenceAssembler>;
}

/** A spoken turn being recorded: its slices stream to the server as they come. */
export interface SpokenTurn {
  send: (chunk: Blob) => void;
  /** Ends the recording; `heard` is the browser's live transcript, shown until the server's arrives. */
  end: (heard: string) => void;
}

/** A streamed turn: PCM frames go to the server as they are captured, live captions come back. */
export interface StreamedTurn {
  send: (pcm: ArrayBuffer) => void;
  /** The learner stopped speaking (hands-free); the turn may still go on. */
  pause: () => void;
  /** Ends the turn; the live caption so far stands for it until the server's transcript arrives. */
  end: () => void;
}

export interface TutorController {
  start: (page: { url: string; title: string; text: string } & SessionMaterial) => Promise<void>;
  sendText: (text: string) => boolean;
  /** Opens a spoken turn; starting one interrupts the tutor (the server stops the reply in flight). */
  startSpokenTurn: (mimeType: AudioMimeType) => SpokenTurn | null;
  /** Opens a streamed turn (when the server takes them, ready.streaming); it interrupts the tutor too. */
  startStreamedTurn: () => StreamedTurn | null;
  bargeIn: () => void;
  dispose: () => void;
}

export function createTutorController(deps: TutorControllerDeps): TutorController {
  const { store, api, speaker, openSocket = createConversationSocket } = deps;
  const newTurnId = deps.newTurnId ?? (() => crypto.randomUUID());
  let socket: ConversationSocket | null = null;
  const assemble = deps.assembleSentence ?? createSentenceAssembler();
  const turnsWithAudio = new Set<string>();
  const replies = new Map<string, string>();
  /** Turns the learner interrupted: their audio still in flight is not played. */
  const silenced = new Set<string>();
  let latestTurn: string | null = null;

  function interruptTutor(): void {
    speaker.cancel();
    if (latestTurn) silenced.add(latestTurn);
  }

  /** Server audio when it comes; otherwise the browser speaks the finished reply. */
  function voice(event: PanelEvent): void {
    if (!('turnId' in event) || !event.turnId) return;
    latestTurn = event.turnId;
    if (silenced.has(event.turnId)) return;
    if (event.type === 'audio') {
      turnsWithAudio.add(event.turnId);
      for (const sentence of assemble(event)) speaker.say(sentence);
    } else if (event.type === 'reply.done') {
      replies.set(event.turnId, event.text);
    } else if (event.type === 'turn.done') {
      const text = replies.get(event.turnId);
      replies.delete(event.turnId);
      if (text && !event.interrupted && !turnsWithAudio.has(event.turnId)) speaker.say({ text });
      turnsWithAudio.delete(event.turnId);
    }
  }

  return {
    async start(page) {
      const { url, title, text, ...material } = page;
      const session = await api.createSession({ pageUrl: url, pageTitle: title, articleText: text, ...material });
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
      interruptTutor();
      const clientTurnId = newTurnId();
      store.getState().addUserTurn(trimmed, clientTurnId);
      socket.sendTurn(trimmed, clientTurnId);
      return true;
    },
    startSpokenTurn(mimeType) {
      const open = socket;
      if (!open) return null;
      interruptTutor();
      const clientTurnId = newTurnId();
      open.startAudioTurn(clientTurnId, mimeType);
      let recorded = false;
      return {
        send(chunk) {
          recorded = true;
          open.sendAudio(clientTurnId, chunk);
        },
        end(heard) {
          if (recorded) store.getState().addUserTurn(heard.trim() || '…', clientTurnId);
          open.endAudioTurn(clientTurnId);
        },
      };
    },
    startStreamedTurn() {
      const open = socket;
      if (!open) return null;
      interruptTutor();
      const clientTurnId = newTurnId();
      store.getState().startCaption(clientTurnId);
      open.startStreamTurn(clientTurnId);
      let sent = false;
      return {
        send(pcm) {
          sent = true;
          open.sendPcm(clientTurnId, pcm);
        },
        pause() {
          open.pauseStreamTurn(clientTurnId);
        },
        end() {
          const caption = store.getState().liveTranscript.trim();
          if (sent) store.getState().addUserTurn(caption || '…', clientTurnId);
          store.getState().setLiveTranscript('');
          open.endStreamTurn(clientTurnId);
        },
      };
    },
    bargeIn() {
      interruptTutor();
      if (store.getState().busy) socket?.cancelTurn();
    },
    dispose() {
      speaker.cancel();
      socket?.close();
      socket = null;
      const session = store.getState().session;
      if (session) api.endSession(session.id).catch(() => undefined);
    },
  };
}
