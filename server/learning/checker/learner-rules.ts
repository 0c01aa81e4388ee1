// Runs the learner rules over a text, tagged once by compromise, and keeps one finding per span
// (the longest wins).
import type { Finding } from './finding';
import { overlaps } from './finding';
import { tagText } from './lexicon/tagged-text';
import { LEARNER_RULES, type LearnerRule } from './rules';

export function findLearnerErrors(text: string, rules: readonly LearnerRule[] = LEARNER_RULES): Finding[] {
  const tagged = tagText(text);
  const candidates: Finding[] = rules.flatMap((rule) =>
    rule.find(tagged).map((match) => ({
      ruleId: rule.id,
      type: rule.type,
      severity: rule.severity,
      start: match.start,
      end: match.end,
      original: text.slice(match.start, match.end),
      corrected: match.replacement,
    })),
  );
  const kept: Finding[] = [];
  for (const candidate of candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (candidate.original === candidate.corrected) continue;
    if (kept.some((k) => overlaps(k, candidate))) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
