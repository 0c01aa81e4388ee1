// The side panel's conversation: messages with their corrections, the connection, the tutor's
// voice state. Server events go through `applyEvent`, the one place that interprets them.
import { createStore } from 'zustand/vanilla';
import type { Correction } from '../../shared/corrections';
import type { SessionView } from '../../shared/api';
import type { ReviewRating } from '../../shared/review';
import type { PanelEvent } from './server-events';
import { DEFAULT_BUSY_RETRY_SEC, type SocketStatus } from './conversation-socket';
import type { Viseme } from '../voice/visemes';
import type { PageMaterial } from '../material/material';

/** The notebook item a correction belongs to; `again` when the learner had made this mistake before. */
export interface ReviewLink {
  itemId: string;
  again: boolean;
}

export type MessageCorrection = Correction & { review?: ReviewLink };

/** A tutor reply that gave the learner a chance to use a notebook item, and how their next turn went. */
export interface ReviewChip {
  itemId: string;
  result?: ReviewRating;
}

export interface ChatMessage {
  /** Server message id once known; a local id before the server acknowledges. */
  id: string;
  role: 'user' | 'assistant';
  text: string;
  clientTurnId?: string;
  turnId?: string;
  pending?: boolean;
  /** The server refused this turn (too long, over a limit ...): it was not stored, and its words stay shown. */
  notSent?: boolean;
  streaming?: boolean;
  corrections: MessageCorrection[];
  videoUrl?: string;
}

export interface PageInfo {
  /** 'article': material with text was found (of any kind, see `material`). */
  status: 'loading' | 'article' | 'no-article' | 'unavailable';
  title: string;
  url: string;
  text: string;
  material?: PageMaterial;
}

export interface ConversationState {
  page: PageInfo;
  session: SessionView | null;
  status: SocketStatus | 'idle';
  statusReason?: string;
  capabilities: Record<string, 'live' | 'offline'>;
  /** The server takes streamed audio turns (ready.streaming). */
  streaming: boolean;
  messages: ChatMessage[];
  /** What the learner is saying, while they say it: the browser's recognizer or the server's live captions. */
  liveTranscript: string;
  /** The streamed turn whose live captions (transcript.delta) are shown. */
  captionTurn: string | null;
  busy: boolean;
  speaking: boolean;
  viseme: Viseme;
  error: string | null;
  notice: string | null;
  /** The server was busy: the waiting turn is sent again by itself in this many seconds. */
  resendingInSec: number | null;
  /** Review chips of tutor replies, by the reply's turn id (the event may come before the reply's text). */
  reviewTargets: Record<string, ReviewChip>;
}

export interface ConversationActions {
  setPage: (page: PageInfo) => void;
  setSession: (session: SessionView | null) => void;
  setStatus: (status: SocketStatus, reason?: string) => void;
  addUserTurn: (text: string, clientTurnId: string) => void;
  applyEvent: (event: PanelEvent) => void;
  setLiveTranscript: (text: string) => void;
  /** A streamed turn opened: its live captions are the ones shown from now on. */
  startCaption: (clientTurnId: string) => void;
  setSpeaking: (speaking: boolean) => void;
  setViseme: (viseme: Viseme) => void;
  setError: (error: string | null) => void;
}

export type ConversationStore = ReturnType<typeof createConversationStore>;

export const initialConversationState: ConversationState = {
  page: { status: 'loading', title: '', url: '', text: '' },
  session: null,
  status: 'idle',
  capabilities: {},
  streaming: false,
  messages: [],
  liveTranscript: '',
  captionTurn: null,
  busy: false,
  speaking: false,
  viseme: 'rest',
  error: null,
  notice: null,
  resendingInSec: null,
  reviewTargets: {},
};

export function createConversationStore() {
  return createStore<ConversationState & ConversationActions>()((set) => {
    const updateMessage = (match: (m: ChatMessage) => boolean, update: (m: ChatMessage) => ChatMessage) =>
      set((state) => ({ messages: state.messages.map((m) => (match(m) ? update(m) : m)) }));

    function applyEvent(event: PanelEvent): void {
      switch (event.type) {
        case 'ready':
          set((state) => {
            const greeting = event.greeting;
            const hasGreeting = !greeting || state.messages.some((m) => m.id === greeting.messageId);
            return {
              capabilities: event.capabilities,
              streaming: event.streaming === true,
              messages: hasGreeting
                ? state.messages
                : [...state.messages, { id: greeting.messageId, role: 'assistant', text: greeting.text, corrections: [] }],
            };
          });
          return;
        case 'ack':
          set((state) => {
            const index = state.messages.findIndex((m) =>
              event.clientTurnId ? m.clientTurnId === event.clientTurnId : m.role === 'user' && m.pending,
            );
            if (index < 0) return {};
            const messages = [...state.messages];
            const message = messages[index]!;
            messages[index] = { ...message, id: event.messageId, turnId: event.turnId, pending: false };
            return { messages, resendingInSec: null };
          });
          return;
        case 'correction': {
          const incoming: MessageCorrection = event.review ? { ...event.correction, review: event.review } : event.correction;
          const sameSpan = (c: Correction) => c.start === incoming.start && c.end === incoming.end;
          updateMessage(
            (m) => m.id === event.messageId,
            (m) =>
              m.corrections.some(sameSpan)
                ? { ...m, corrections: m.corrections.map((c) => (sameSpan(c) && !c.review && incoming.review ? { ...c, review: incoming.review } : c)) }
                : { ...m, corrections: [...m.corrections, incoming].sort((a, b) => a.start - b.start) },
          );
          return;
        }
        case 'review.target':
          set((state) => ({ reviewTargets: { ...state.reviewTargets, [event.turnId]: { itemId: event.itemId } } }));
          return;
        case 'review.result':
          set((state) => {
            // The learner's turn answers the latest reply that targeted this item.
            const targeted = Object.entries(state.reviewTargets).filter(([, chip]) => chip.itemId === event.itemId && !chip.result);
            const latest = targeted.at(-1);
            if (!latest) return {};
            return { reviewTargets: { ...state.reviewTargets, [latest[0]]: { itemId: event.itemId, result: event.rating } } };
          });
          return;
        case 'reply.delta':
          set((state) => {
            const exists = state.messages.some((m) => m.role === 'assistant' && m.turnId === event.turnId);
            if (!exists) {
              const message: ChatMessage = {
                id: `reply-${event.turnId}`,
                role: 'assistant',
                text: event.text,
                turnId: event.turnId,
                streaming: true,
                corrections: [],
              };
              return { messages: [...state.messages, message] };
            }
            return {
              messages: state.messages.map((m) =>
                m.role === 'assistant' && m.turnId === event.turnId ? { ...m, text: m.text + event.text } : m,
              ),
            };
          });
          return;
        case 'reply.done':
          set((state) => {
            const final: ChatMessage = {
              id: event.messageId,
              role: 'assistant',
              text: event.text,
              turnId: event.turnId,
              streaming: false,
              corrections: [],
            };
            const exists = state.messages.some((m) => m.role === 'assistant' && m.turnId === event.turnId);
            return {
              messages: exists
                ? state.messages.map((m) => (m.role === 'assistant' && m.turnId === event.turnId ? { ...m, ...final } : m))
                : [...state.messages, final],
            };
          });
          return;
        case 'turn.done':
          set({ busy: false });
          return;
        case 'error':
          if (event.clientTurnId && event.code === 'busy') {
            // The socket keeps the turn and sends it again; the learner's message stays pending.
            set({ error: null, resendingInSec: event.retryAfterSec ?? DEFAULT_BUSY_RETRY_SEC });
            return;
          }
          set((state) => ({
            error: event.message,
            busy: false,
            resendingInSec: null,
            messages: event.clientTurnId
              ? state.messages.map((m) => (m.clientTurnId === event.clientTurnId && m.pending ? { ...m, pending: false, notSent: true } : m))
              : state.messages,
          }));
          return;
        case 'transcript':
          set((state) => {
            const index = state.messages.findIndex((m) => m.id === event.messageId || (m.role === 'user' && m.pending));
            const message: ChatMessage = {
              id: event.messageId,
              role: 'user',
              text: event.text,
              turnId: event.turnId,
              corrections: [],
            };
            if (index < 0) return { liveTranscript: '', busy: true, messages: [...state.messages, message] };
            const messages = [...state.messages];
            messages[index] = { ...messages[index]!, ...message, pending: false };
            return { liveTranscript: '', messages };
          });
          return;
        case 'transcript.delta':
          set((state) => {
            // The turn has ended: its caption became the pending message, which the delta updates
            // until the final transcript replaces it; after that, late captions are stale.
            const ended = state.messages.find((m) => m.role === 'user' && event.clientTurnId !== undefined && m.clientTurnId === event.clientTurnId);
            if (ended) return ended.pending ? { messages: state.messages.map((m) => (m === ended ? { ...m, text: event.text } : m)) } : {};
            if (event.clientTurnId !== undefined && event.clientTurnId !== state.captionTurn) return {};
            return { liveTranscript: event.text };
          });
          return;
        case 'avatar.video':
          updateMessage((m) => m.id === event.messageId, (m) => ({ ...m, videoUrl: event.videoUrl }));
          return;
        case 'notice':
          set({ notice: event.message });
          return;
        default:
          return;
      }
    }

    return {
      ...initialConversationState,
      setPage: (page) => set({ page }),
      setSession: (session) => set({ session }),
      setStatus: (status, statusReason) => set({ status, statusReason }),
      addUserTurn: (text, clientTurnId) =>
        set((state) => ({
          busy: true,
          error: null,
          messages: [
            ...state.messages,
            { id: `local-${clientTurnId}`, role: 'user', text, clientTurnId, pending: true, corrections: [] },
          ],
        })),
      applyEvent,
      setLiveTranscript: (liveTranscript) => set({ liveTranscript }),
      startCaption: (captionTurn) => set({ captionTurn, liveTranscript: '' }),
      setSpeaking: (speaking) => set(speaking ? { speaking } : { speaking, viseme: 'rest' }),
      setViseme: (viseme) => set({ viseme }),
      setError: (error) => set({ error }),
    };
  });
}
