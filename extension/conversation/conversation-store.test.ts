import { describe, expect, it } from 'vitest';
import { createConversationStore } from './conversation-store';
import { readyEvent } from './fake-socket.test-support';
import type { PanelEvent } from './server-events';

const correction = {
  type: 'agreement',
  original: 'has',
  corrected: 'have',
  start: 2,
  end: 5,
  explanation: "주어와 동사의 수가 맞지 않아요: 'has' 대신 'have'.",
  severity: 'major',
  source: 'local',
} as const;

function playTurn(events: PanelEvent[]) {
  const store = createConversationStore();
  store.getState().applyEvent(readyEvent() as PanelEvent);
  store.getState().addUserTurn('I has a cat', 'c1');
  for (const e of events) store.getState().applyEvent(e);
  return store.getState();
}

describe('conversation store', () => {
  it('shows the greeting once, even when ready arrives again after a reconnect', () => {
    const store = createConversationStore();
    store.getState().applyEvent(readyEvent() as PanelEvent);
    store.getState().applyEvent(readyEvent() as PanelEvent);
    expect(store.getState().messages.map((m) => m.text)).toEqual(['Hi! Shall we talk about the article?']);
    expect(store.getState().capabilities.tts).toBe('offline');
  });

  it('puts the correction on the learner message and streams the reply', () => {
    const state = playTurn([
      { type: 'ack', messageId: 'u1', clientTurnId: 'c1', turnId: 't1', seq: 0 },
      { type: 'correction', messageId: 'u1', correction, turnId: 't1', seq: 1 },
      { type: 'reply.delta', text: 'You have', turnId: 't1', seq: 2 },
      { type: 'reply.delta', text: ' a cat!', turnId: 't1', seq: 3 },
    ]);
    const user = state.messages.find((m) => m.role === 'user');
    expect(user).toMatchObject({ id: 'u1', pending: false, turnId: 't1' });
    expect(user?.corrections).toEqual([correction]);
    expect(state.messages.at(-1)).toMatchObject({ role: 'assistant', text: 'You have a cat!', streaming: true });
    expect(state.busy).toBe(true);
  });

  it('replaces the streamed text with the final reply and ends the turn', () => {
    const state = playTurn([
      { type: 'ack', messageId: 'u1', clientTurnId: 'c1', turnId: 't1', seq: 0 },
      { type: 'reply.delta', text: 'You hav', turnId: 't1', seq: 1 },
      { type: 'reply.done', messageId: 'a1', text: 'You have a cat!', turnId: 't1', seq: 2 },
      { type: 'turn.done', turnId: 't1', seq: 3 },
    ]);
    expect(state.messages.filter((m) => m.role === 'assistant').map((m) => [m.id, m.text])).toEqual([
      ['g1', 'Hi! Shall we talk about the article?'],
      ['a1', 'You have a cat!'],
    ]);
    expect(state.busy).toBe(false);
  });

  it('does not duplicate a correction delivered twice (local then merged)', () => {
    const state = playTurn([
      { type: 'ack', messageId: 'u1', clientTurnId: 'c1', turnId: 't1', seq: 0 },
      { type: 'correction', messageId: 'u1', correction, turnId: 't1', seq: 1 },
      { type: 'correction', messageId: 'u1', correction: { ...correction, source: 'llm' }, turnId: 't1', seq: 2 },
    ]);
    expect(state.messages.find((m) => m.id === 'u1')?.corrections).toHaveLength(1);
  });

  it('turns the transcript of a spoken turn into the learner message', () => {
    const store = createConversationStore();
    store.getState().setLiveTranscript('I want');
    store.getState().applyEvent({ type: 'transcript', text: 'I want to go', messageId: 'u9', audioUrl: null, turnId: 't9', seq: 1 });
    expect(store.getState().liveTranscript).toBe('');
    expect(store.getState().messages).toMatchObject([{ id: 'u9', role: 'user', text: 'I want to go' }]);
  });

  it('surfaces a server error and frees the composer', () => {
    const state = playTurn([{ type: 'error', code: 'turn_too_long', message: 'Too long' }]);
    expect(state.error).toBe('Too long');
    expect(state.busy).toBe(false);
  });

  it('keeps a turn refused as busy pending and says it goes again by itself, until its ack', () => {
    const refused = playTurn([{ type: 'error', code: 'busy', message: 'busy', retryAfterSec: 4, clientTurnId: 'c1' }]);
    expect(refused.resendingInSec).toBe(4);
    expect(refused.error).toBeNull();
    expect(refused.messages.at(-1)).toMatchObject({ text: 'I has a cat', pending: true });
    const taken = playTurn([
      { type: 'error', code: 'busy', message: 'busy', retryAfterSec: 4, clientTurnId: 'c1' },
      { type: 'ack', messageId: 'm1', clientTurnId: 'c1', turnId: 'u1', seq: 0 },
    ]);
    expect(taken.resendingInSec).toBeNull();
    expect(taken.messages.at(-1)).toMatchObject({ id: 'm1', pending: false });
  });

  it('marks a turn refused for good as not sent and keeps its words on screen', () => {
    const state = playTurn([{ type: 'error', code: 'rate_limited', message: 'Please wait', retryAfterSec: 20, clientTurnId: 'c1' }]);
    expect(state.error).toBe('Please wait');
    expect(state.busy).toBe(false);
    expect(state.messages.at(-1)).toMatchObject({ text: 'I has a cat', pending: false, notSent: true });
  });

  it('knows whether the server takes streamed turns', () => {
    const store = createConversationStore();
    store.getState().applyEvent(readyEvent() as PanelEvent);
    expect(store.getState().streaming).toBe(false);
    store.getState().applyEvent({ ...readyEvent(), streaming: true } as PanelEvent);
    expect(store.getState().streaming).toBe(true);
  });

  it("shows only the current streamed turn's live captions", () => {
    const store = createConversationStore();
    store.getState().startCaption('c2');
    store.getState().applyEvent({ type: 'transcript.delta', text: 'an older turn', clientTurnId: 'c1' });
    expect(store.getState().liveTranscript).toBe('');
    store.getState().applyEvent({ type: 'transcript.delta', text: 'the bees', clientTurnId: 'c2' });
    expect(store.getState().liveTranscript).toBe('the bees');
  });
});
