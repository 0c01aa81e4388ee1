// Aligns what the learner said with what they were asked to say, word by word (Levenshtein over
// words). A substitution costs less the closer the spelling, so "quack" pairs with "quick"
// rather than with a neighbouring word. Shared: the server's offline pronunciation scores a
// practice "Say it" with it, and the extension's review drill scores an answer with it.
import type { WordResult } from './phrases';

export type AlignedWord =
  | { kind: 'match'; reference: string; spoken: string }
  | { kind: 'substitution'; reference: string; spoken: string; similarity: number }
  | { kind: 'omission'; reference: string }
  | { kind: 'insertion'; spoken: string };

/** Words of a text, lower-cased, without punctuation; hyphenated words count as separate words. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function characterDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for the same spelling, 0 for nothing in common. */
export function spellingSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - characterDistance(a, b) / longest;
}

export function alignWords(reference: readonly string[], spoken: readonly string[]): AlignedWord[] {
  const rows = reference.length + 1;
  const cols = spoken.length + 1;
  const cost: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const substitutionCost = (i: number, j: number): number => {
    const r = reference[i - 1] ?? '';
    const s = spoken[j - 1] ?? '';
    return r === s ? 0 : 1 - 0.5 * spellingSimilarity(r, s);
  };
  const at = (i: number, j: number): number => cost[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = cost[i] ?? [];
    for (let j = 1; j < cols; j++) {
      row[j] = Math.min(at(i - 1, j - 1) + substitutionCost(i, j), at(i - 1, j) + 1, at(i, j - 1) + 1);
    }
  }

  const aligned: AlignedWord[] = [];
  let i = reference.length;
  let j = spoken.length;
  const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
  while (i > 0 || j > 0) {
    const r = reference[i - 1] ?? '';
    const s = spoken[j - 1] ?? '';
    if (i > 0 && j > 0 && same(at(i, j), at(i - 1, j - 1) + substitutionCost(i, j))) {
      aligned.push(r === s ? { kind: 'match', reference: r, spoken: s } : { kind: 'substitution', reference: r, spoken: s, similarity: spellingSimilarity(r, s) });
      i--;
      j--;
    } else if (i > 0 && same(at(i, j), at(i - 1, j) + 1)) {
      aligned.push({ kind: 'omission', reference: r });
      i--;
    } else {
      aligned.push({ kind: 'insertion', spoken: s });
      j--;
    }
  }
  return aligned.reverse();
}

/** Each aligned word scored 0-100: said (100), said as a near spelling (its similarity), missed or added (0). */
export function wordScores(aligned: readonly AlignedWord[]): WordResult[] {
  return aligned.map((a) => {
    switch (a.kind) {
      case 'match':
        return { word: a.reference, accuracy: 100, error: 'none' };
      case 'substitution':
        return { word: a.reference, accuracy: Math.round(100 * a.similarity), error: 'mispronunciation' };
      case 'omission':
        return { word: a.reference, accuracy: 0, error: 'omission' };
      case 'insertion':
        return { word: a.spoken, accuracy: 0, error: 'insertion' };
    }
  });
}
