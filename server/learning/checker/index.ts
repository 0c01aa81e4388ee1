// The local correction checker: harper.js plus our learner-error rules, explained in the
// learner's native language. The corrected text is checked again until nothing is left to
// correct, or marked partial.
import type { CheckResult, Correction, NativeLanguage } from '../../../shared/corrections';
import { explain } from './explanations';
import type { Finding } from './finding';
import { createHarperSource } from './harper-source';
import { findLearnerErrors } from './learner-rules';
import { mergeFindings } from './merge';
import { correctUntilClean } from './recheck';

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

/** Loads harper.js once (about 2 s) and compromise with it; every check after that takes milliseconds. */
export async function createLocalChecker(): Promise<LocalChecker> {
  const harper = await createHarperSource();
  const findAll = async (text: string): Promise<Finding[]> => mergeFindings(findLearnerErrors(text), await harper.find(text));
  return {
    async check(text, nativeLanguage) {
      const { findings, corrected, partial } = await correctUntilClean(text, findAll);
      const corrections = findings.map((finding) => toCorrection(finding, nativeLanguage));
      return partial ? { corrected, corrections, partial } : { corrected, corrections };
    },
  };
}
