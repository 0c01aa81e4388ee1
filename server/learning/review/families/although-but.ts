// "Although" already joins the two clauses, so no "but" follows it: "Although I was tired, I
// finished", not "Although I was tired, but I finished". One item.
// Correct use: a sentence that opens with although / though / even though and has no "but"; a
// mistake: a "but" later in that sentence.
import type { Edit } from '../keying/edit';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const OPENERS = new Set(['although', 'though']);

/** Where a sentence's although-clause is: the opener's index, or -1. "Even though" counts. */
function openerAt(tokens: readonly Token[]): number {
  const first = tokens[0]?.word === 'even' ? 1 : 0;
  return OPENERS.has(tokens[first]?.word ?? '') ? first : -1;
}

function recognise({ removed, added, before }: Edit): PatternSpec | null {
  if (added.some((t) => t.word === 'but') || !removed.some((t) => t.word === 'but')) return null;
  if (openerAt(before) < 0) return null;
  return { family: 'although-but', key: 'although-but', pattern: 'although ..., but ... → although ..., ... (no "but")', corrected: 'although ..., ...', params: {} };
}

function uses(tokens: readonly Token[]): Use[] {
  const at = openerAt(tokens);
  if (at < 0) return [];
  const but = tokens.findIndex((t, k) => k > at && t.word === 'but');
  if (but >= 0) return [useOf('mistake', tokens[at]!, tokens[but]!)];
  return tokens.length > at + 3 ? [useOf('correct', tokens[at]!, tokens.at(-1)!)] : [];
}

export const althoughButFamily: PatternFamily = { id: 'although-but', recognise, uses };
