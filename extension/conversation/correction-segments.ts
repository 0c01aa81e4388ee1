// Splits a learner's message into plain text and corrected spans for inline display.
import type { Correction } from '../../shared/corrections';
import type { Strictness } from '../settings/settings';

export type Segment<C extends Correction = Correction> = { kind: 'text'; text: string } | { kind: 'correction'; correction: C; index: number };

export function segmentText<C extends Correction>(text: string, corrections: readonly C[]): Segment<C>[] {
  const ordered = corrections
    .map((correction, index) => ({ correction, index }))
    .filter(({ correction: c }) => c.start >= 0 && c.end <= text.length && c.start <= c.end)
    .sort((a, b) => a.correction.start - b.correction.start);
  const segments: Segment<C>[] = [];
  let cursor = 0;
  for (const { correction, index } of ordered) {
    if (correction.start < cursor) continue; // overlaps the previous correction
    if (correction.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, correction.start) });
    segments.push({ kind: 'correction', correction, index });
    cursor = correction.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}

export function visibleCorrections<C extends Correction>(corrections: readonly C[], strictness: Strictness, revealed: boolean): C[] {
  if (strictness === 'on-request' && !revealed) return [];
  if (strictness === 'important') return corrections.filter((c) => c.severity !== 'minor');
  return [...corrections];
}
