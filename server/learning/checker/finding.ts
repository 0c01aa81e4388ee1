// A correction before it is explained: the shape both harper and the learner rules produce.
import type { CorrectionType, Severity } from '../../../shared/corrections';

export interface Finding {
  ruleId: string;
  type: CorrectionType;
  severity: Severity;
  start: number;
  end: number;
  original: string;
  corrected: string;
}

export function overlaps(a: Finding, b: Finding): boolean {
  return a.start < b.end && b.start < a.end;
}
