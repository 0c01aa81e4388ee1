import { describe, expect, it } from 'vitest';
import { ProviderError } from '../providers/errors';
import { resilientTts } from '../providers/resilient';
import type { TtsProvider } from '../providers/types';
import type { Capability } from '../services';
import { enterTurnScope, reportFallback, shareTurnScope } from './turn-scope';

const failing: TtsProvider = {
  name: 'vendor',
  live: true,
  // eslint-disable-next-line require-yield
  async *synthesize() {
    throw new ProviderError('vendor', 'bad request', false);
  },
};
const offline: TtsProvider = {
  name: 'offline',
  live: false,
  async *synthesize({ text }) {
    yield { audio: new Uint8Array(0), mimeType: 'text/plain' as const, alignment: { characters: [...text], startTimesSec: [], endTimesSec: [] } };
  },
};

async function drain(items: AsyncIterable<unknown>) {
  for await (const _ of items) void _;
}

function learnerTurn() {
  const heard: Capability[] = [];
  const signal = new AbortController().signal;
  enterTurnScope(signal, { notice: (capability) => heard.push(capability) });
  return { signal, heard };
}

describe('turn scope', () => {
  const tts = resilientTts(failing, offline, { timeoutMs: 500, onFallback: (capability, _reason, signal) => reportFallback(capability, signal) });

  it('tells the learner whose turn fell back, and nobody else, while turns run side by side', async () => {
    const mine = learnerTurn();
    const theirs = learnerTurn();
    const working = resilientTts(offline, offline, { timeoutMs: 500, onFallback: (capability, _reason, signal) => reportFallback(capability, signal) });
    await Promise.all([drain(tts.synthesize({ text: 'Hello' }, mine.signal)), drain(working.synthesize({ text: 'Hi' }, theirs.signal))]);
    expect(mine.heard).toEqual(['tts']);
    expect(theirs.heard).toEqual([]);
  });

  it("reaches the turn from a signal of the turn's own (an early reply's)", async () => {
    const turn = learnerTurn();
    const early = new AbortController().signal;
    shareTurnScope(turn.signal, early);
    await drain(tts.synthesize({ text: 'Hello' }, early));
    expect(turn.heard).toEqual(['tts']);
  });

  it('reports nothing for a call outside any turn (a practice card, the greeting)', async () => {
    const turn = learnerTurn();
    await drain(tts.synthesize({ text: 'Hello' }, new AbortController().signal));
    expect(turn.heard).toEqual([]);
  });
});
