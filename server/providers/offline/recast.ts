// The tutor's recast of a sentence the local checker corrected. Only a sentence the checker
// re-checked and found nothing more in is offered as "a more natural way to say it"; when the
// correction is partial the tutor names the parts it fixed instead, so a half-corrected sentence
// ("Yesterday I went to the zoo and see many robot") is never shown as the right one.
import type { Correction } from '../../../shared/corrections';
import type { TutorTurnContext } from '../types';

const COUNTS = ['one part', 'two parts', 'three parts'] as const;
const MAX_NAMED_FIXES = 3;

function namedFixes(corrections: readonly Correction[]): string {
  const fixes = corrections.slice(0, MAX_NAMED_FIXES).map((c) => `"${c.corrected}", not "${c.original}"`);
  if (fixes.length === 1) return `say ${fixes[0]}`;
  return `say ${fixes.slice(0, -1).join(', ')} and ${fixes.at(-1)}`;
}

export function recastLine(ctx: Pick<TutorTurnContext, 'localCorrections' | 'correctedText' | 'correctionPartial'>): string | undefined {
  const corrected = ctx.correctedText.trim();
  const corrections = ctx.localCorrections.filter((c) => c.corrected.trim() !== '' || c.original.trim() !== '');
  if (corrections.length === 0 || corrected === '') return undefined;
  if (ctx.correctionPartial !== true) return `A more natural way to say it: "${corrected}"`;
  const count = COUNTS[Math.min(corrections.length, MAX_NAMED_FIXES) - 1] ?? 'some parts';
  return `Let's fix ${count} of your sentence: ${namedFixes(corrections)}.`;
}
