// The learning loop's socket events in the panel's store: corrections linked to notebook items
// ("again" when the mistake was made before), and review chips on tutor replies.
import { describe, expect, it } from 'vitest';
import { createConversationStore } from './conversation-store';
import { parseServerEvent, type PanelEvent } from './server-events';

const enjoy = {
  type: 'grammar',
  original: 'enjoys to swim',
  corrected: 'enjoys swimming',
  start: 4,
  end: 18,
  explanation: "'enjoy' 뒤에는 -ing 형태가 와요.",
  severity: 'major',
  source: 'local',
} as const;

/** Each event goes through the socket's parser first, as in the panel. */
function play(events: object[]) {
  const store = createConversationStore();
  store.getState().addUserTurn('She enjoys to swim.', 'c1');
  for (const event of events) {
    const parsed = parseServerEvent(JSON.stringify(event));
    expect(parsed, JSON.stringify(event)).not.toBeNull();
    store.getState().applyEvent(parsed as PanelEvent);
  }
  return store.getState();
}

const ack = { type: 'ack', messageId: 'u1', clientTurnId: 'c1', turnId: 't1', seq: 0 };

describe('conversation store and the review notebook', () => {
  it('marks a correction of a mistake made before as again, with its notebook item', () => {
    const state = play([ack, { type: 'correction', messageId: 'u1', correction: enjoy, review: { itemId: 'item-9', again: true }, turnId: 't1', seq: 1 }]);
    expect(state.messages[0]?.corrections).toEqual([{ ...enjoy, review: { itemId: 'item-9', again: true } }]);
  });

  it('keeps a first-time mistake unmarked, and a correction without an item as it was', () => {
    const state = play([
      ack,
      { type: 'correction', messageId: 'u1', correction: enjoy, review: { itemId: 'item-9', again: false }, turnId: 't1', seq: 1 },
      { type: 'correction', messageId: 'u1', correction: { ...enjoy, start: 0, end: 3 }, turnId: 't1', seq: 2 },
    ]);
    expect(state.messages[0]?.corrections.map((c) => c.review?.again ?? null)).toEqual([null, false]);
  });

  it('adds the notebook link when the merged correction of the same words brings it', () => {
    const state = play([
      ack,
      { type: 'correction', messageId: 'u1', correction: enjoy, turnId: 't1', seq: 1 },
      { type: 'correction', messageId: 'u1', correction: { ...enjoy, source: 'llm' }, review: { itemId: 'item-9', again: true }, turnId: 't1', seq: 2 },
    ]);
    expect(state.messages[0]?.corrections).toHaveLength(1);
    expect(state.messages[0]?.corrections[0]?.review).toEqual({ itemId: 'item-9', again: true });
  });

  it('puts a review chip on the reply that targeted an item, even when the target comes first', () => {
    const state = play([
      ack,
      { type: 'review.target', itemId: 'item-3', turnId: 't1', seq: 1 },
      { type: 'reply.done', messageId: 'a1', text: 'What do you enjoy doing?', turnId: 't1', seq: 2 },
    ]);
    const reply = state.messages.find((m) => m.role === 'assistant');
    expect(reply?.turnId).toBe('t1');
    expect(state.reviewTargets[reply!.turnId!]).toEqual({ itemId: 'item-3' });
  });

  it('shows the result of the learner’s next turn on the chip that asked for it', () => {
    const store = createConversationStore();
    const apply = (event: object) => store.getState().applyEvent(parseServerEvent(JSON.stringify(event)) as PanelEvent);
    apply({ type: 'review.target', itemId: 'item-3', turnId: 't1', seq: 1 });
    apply({ type: 'review.target', itemId: 'item-4', turnId: 't1b', seq: 1 });
    apply({ type: 'review.result', itemId: 'item-3', rating: 'good', turnId: 't2', seq: 2 });
    apply({ type: 'review.result', itemId: 'item-4', rating: 'again', turnId: 't2', seq: 3 });
    expect(store.getState().reviewTargets).toEqual({ t1: { itemId: 'item-3', result: 'good' }, t1b: { itemId: 'item-4', result: 'again' } });
  });

  it('answers only the latest open chip for an item, and ignores a result nothing asked for', () => {
    const store = createConversationStore();
    const apply = (event: object) => store.getState().applyEvent(parseServerEvent(JSON.stringify(event)) as PanelEvent);
    apply({ type: 'review.target', itemId: 'item-3', turnId: 't1', seq: 1 });
    apply({ type: 'review.result', itemId: 'item-3', rating: 'again', turnId: 't2', seq: 1 });
    apply({ type: 'review.target', itemId: 'item-3', turnId: 't3', seq: 1 });
    apply({ type: 'review.result', itemId: 'item-3', rating: 'easy', turnId: 't4', seq: 1 });
    apply({ type: 'review.result', itemId: 'item-8', rating: 'good', turnId: 't4', seq: 2 });
    expect(store.getState().reviewTargets).toEqual({ t1: { itemId: 'item-3', result: 'again' }, t3: { itemId: 'item-3', result: 'easy' } });
  });
});
