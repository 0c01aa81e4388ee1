// Local (harper + learner rules) and LLM corrections of the same text, merged: corrections of
// overlapping spans are one correction, and the one with the richer explanation wins.
import type { Correction } from '../../shared/corrections';

const overlaps = (a: Correction, b: Correction) => a.start < b.end && b.start < a.end;

/** The LLM corrections that add something: new spans, or richer explanations of known ones. */
export function mergeCorrections(local: readonly Correction[], llm: readonly Correction[]) {
  const merged = [...local];
  const added: Correction[] = [];
  const replaced: Correction[] = [];
  for (const candidate of llm) {
    const index = merged.findIndex((c) => overlaps(c, candidate));
    if (index === -1) {
      merged.push(candidate);
      added.push(candidate);
      continue;
    }
    const existing = merged[index]!;
    if (existing.source === 'local' && candidate.explanation.length > existing.explanation.length) {
      merged[index] = { ...candidate, start: existing.start, end: existing.end, original: existing.original };
      replaced.push(merged[index]!);
    }
  }
  return { merged: merged.sort((a, b) => a.start - b.start), added, replaced };
}
