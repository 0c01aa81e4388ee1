// A sentence and its corrected rewrite -> the one correction between them, as the LLM reports a
// finding (type unknown: grammar; no rule id). Used when the local checker finds nothing in a
// sentence whose correction a set gives.
import type { Correction } from '../../shared/corrections';

const wordSpans = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0].toLowerCase().replace(/[.,!?;:]+$/, ''), start: m.index, end: m.index + m[0].length }));

export function rewriteAsCorrection(sentence: string, rewrite: string): Correction | null {
  const a = wordSpans(sentence);
  const b = wordSpans(rewrite);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix]!.word === b[prefix]!.word) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix]!.word === b[b.length - 1 - suffix]!.word) suffix++;
  if (prefix === a.length && prefix === b.length) return null;
  let from = prefix;
  let toA = a.length - suffix;
  let toB = b.length - suffix;
  // An insertion or a deletion is marked on the word before it (or after it, at the start).
  if (toA === from || toB === from) {
    if (from > 0) from--;
    else {
      toA++;
      toB++;
    }
  }
  const strip = (s: string) => s.replace(/[.,!?;:]+$/, '');
  const start = a[from]!.start;
  const original = strip(sentence.slice(start, a[toA - 1]!.end));
  const corrected = strip(rewrite.slice(b[from]!.start, b[toB - 1]!.end));
  return { type: 'grammar', original, corrected, start, end: start + original.length, explanation: '', severity: 'moderate', source: 'llm' };
}
