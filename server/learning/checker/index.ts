// The local correction checker: harper.js plus our learner-error rules, explained in the
// learner's native language.
import { applyCorrections, type CheckResult, type Correction, type NativeLanguage } from '../../../shared/corrections';
import { explain } from './explanations';
import type { Finding } from './finding';
import { createHarperSource } from './harper-source';
import { findLearnerErrors } from './learner-rules';
import { mergeFindings } from './merge';

export interface LocalChecker {
  check(text: string, nativeLanguage: NativeLanguage): Promise<CheckResult>;
}

function toCorrection(finding: Finding, nativeLanguage: NativeLanguage): Correction {
  const { ruleId, type, severity, start, end, original, corrected } = finding;
  return {
    type,
    original,
    corrected,
    start,
    end,
    explanation: explain(ruleId, type, nativeLanguage, original, corrected),
    severity,
    source: 'local',
    ruleId,
  };
}

/** Loads harper.js once (about 2 s); every check after that takes milliseconds. */
export async function createLocalChecker(): Promise<LocalChecker> {
  const harper = await createHarperSource();
  return {
    async check(text, nativeLanguage) {
      const findings = mergeFindings(findLearnerErrors(text), await harper.find(text));
      const corrections = findings.map((finding) => toCorrection(finding, nativeLanguage));
      return { corrected: applyCorrections(text, corrections), corrections };
    },
  };
}
