// What a correction is, for the checker, the API, the WebSocket and the extension alike.
import { z } from 'zod';

export const CorrectionType = z.enum([
  'grammar',
  'agreement',
  'spelling',
  'word_choice',
  'repetition',
  'preposition',
  'tense',
  'verb_pattern',
  'countability',
  'comparative',
  'pronoun',
  'article',
  'vocabulary',
  'pronunciation',
]);
export type CorrectionType = z.infer<typeof CorrectionType>;

export const Severity = z.enum(['minor', 'moderate', 'major']);
export type Severity = z.infer<typeof Severity>;

export const CorrectionSource = z.enum(['local', 'llm']);
export type CorrectionSource = z.infer<typeof CorrectionSource>;

export const NativeLanguage = z.enum(['ko', 'en']);
export type NativeLanguage = z.infer<typeof NativeLanguage>;

/** The learner's level; 'auto' lets the server follow its own estimate (GET /api/progress/:userId/level). */
export const Level = z.enum(['auto', 'A2', 'B1', 'B2', 'C1']);
export type Level = z.infer<typeof Level>;

/** One correction of the learner's text; offsets are UTF-16 indices into that text, end exclusive. */
export const Correction = z.object({
  type: CorrectionType,
  original: z.string(),
  corrected: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  explanation: z.string(),
  severity: Severity,
  source: CorrectionSource,
  ruleId: z.string().optional(),
});
export type Correction = z.infer<typeof Correction>;

export const CheckResult = z.object({
  corrected: z.string(),
  corrections: z.array(Correction),
  /**
   * True when the checker still found something in `corrected` after correcting it a few times:
   * the corrections are right as far as they go, but `corrected` is not known to be good English,
   * so it must not be shown as "the right sentence". Absent when `corrected` passed a re-check.
   */
  partial: z.boolean().optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Applies non-overlapping corrections to a text, right to left so offsets stay valid. */
export function applyCorrections(text: string, corrections: readonly Pick<Correction, 'start' | 'end' | 'corrected'>[]): string {
  const ordered = [...corrections].sort((a, b) => b.start - a.start);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const c of ordered) {
    if (c.end > limit) continue; // overlaps one already applied
    result = result.slice(0, c.start) + c.corrected + result.slice(c.end);
    limit = c.start;
  }
  return result;
}
