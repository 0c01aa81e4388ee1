// The corrected text is checked again: a fix can reveal another error ("I goes" -> "I go", then
// "go" next to "yesterday" -> "went"), and the learner must never be shown a sentence our own
// checker would still correct. New findings in the corrected text are mapped back onto the
// learner's words and joined with the corrections they touch.
import type { Finding } from './finding';

interface Placed {
  finding: Finding;
  /** Where the finding's replacement sits in the corrected text. */
  start: number;
  end: number;
  /** How much longer the corrected text got at this finding. */
  delta: number;
}

function place(applied: readonly Finding[]): Placed[] {
  let shift = 0;
  return [...applied]
    .sort((a, b) => a.start - b.start)
    .map((finding) => {
      const start = finding.start + shift;
      const delta = finding.corrected.length - (finding.end - finding.start);
      shift += delta;
      return { finding, start, end: start + finding.corrected.length, delta };
    });
}

const touches = (p: Placed, start: number, end: number): boolean => p.start < end && start < p.end;

/**
 * Findings on the learner's text that, applied, give `corrected` with `more` (findings on
 * `corrected`) applied too. A new finding that touches an applied one is merged into it: its span
 * grows to the learner's words both cover, its replacement is the composed text, and it keeps the
 * rule of the newer finding, which names the final form.
 */
export function composeFindings(text: string, applied: readonly Finding[], corrected: string, more: readonly Finding[]): Finding[] {
  const placed = place(applied);
  const toOriginal = (offset: number): number => offset - placed.filter((p) => p.end <= offset).reduce((sum, p) => sum + p.delta, 0);

  interface Group {
    start: number;
    end: number;
    members: Finding[];
  }
  const groups: Group[] = [];
  for (const finding of [...more].sort((a, b) => a.start - b.start)) {
    let start = finding.start;
    let end = finding.end;
    for (const p of placed) {
      if (touches(p, start, end)) {
        start = Math.min(start, p.start);
        end = Math.max(end, p.end);
      }
    }
    const last = groups.at(-1);
    if (last !== undefined && start < last.end) {
      last.end = Math.max(last.end, end);
      last.members.push(finding);
    } else {
      groups.push({ start, end, members: [finding] });
    }
  }

  const composed: Finding[] = groups.map((group) => {
    let replacement = corrected.slice(group.start, group.end);
    for (const member of [...group.members].sort((a, b) => b.start - a.start)) {
      replacement = replacement.slice(0, member.start - group.start) + member.corrected + replacement.slice(member.end - group.start);
    }
    const start = toOriginal(group.start);
    const end = toOriginal(group.end);
    const named = group.members.reduce((longest, m) => (m.end - m.start > longest.end - longest.start ? m : longest));
    return { ...named, start, end, original: text.slice(start, end), corrected: replacement };
  });

  const kept = placed.filter((p) => !groups.some((g) => touches(p, g.start, g.end))).map((p) => p.finding);
  return [...kept, ...composed].filter((f) => f.original !== f.corrected).sort((a, b) => a.start - b.start);
}

/** How many times the corrected text is corrected again before it is reported as partial. */
export const MAX_CORRECTION_ROUNDS = 4;

export interface CorrectedText {
  findings: Finding[];
  corrected: string;
  /** The checker still found something in `corrected` after the last round. */
  partial: boolean;
}

function apply(text: string, findings: readonly Finding[]): string {
  let result = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) result = result.slice(0, f.start) + f.corrected + result.slice(f.end);
  return result;
}

/** Corrects the text, then the corrected text, until `find` has nothing more to say (or gives up). */
export async function correctUntilClean(
  text: string,
  find: (text: string) => Promise<Finding[]>,
  maxRounds = MAX_CORRECTION_ROUNDS,
): Promise<CorrectedText> {
  let findings = await find(text);
  let corrected = apply(text, findings);
  for (let round = 1; findings.length > 0; round++) {
    const more = await find(corrected);
    if (more.length === 0) break;
    if (round === maxRounds) return { findings, corrected, partial: true };
    findings = composeFindings(text, findings, corrected, more);
    corrected = apply(text, findings);
  }
  return { findings, corrected, partial: false };
}
