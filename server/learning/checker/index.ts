// The local correction checker: harper.js plus our learner-error rules, explained in the
// learner's native language. The corrected text is checked again until nothing is left to
// correct, or marked partial.
import type { CheckResult, Correction, NativeLanguage } from '../../../shared/corrections';
import { explain } from './explanations';
import type { Finding } from './finding';
import { createHarperSource } from './harper-source';
import { findLearnerErrors } from './learner-rules';
import { correctUntilClean } from './recheck';

export interface CheckContext {
  /**
   * The text of the page the learner talks about: its words are no misspellings when the learner
   * uses them ("hanok", "chaebol", a name written in lower case).
   */
  pageText?: string;
  /**
   * The corrections will be keyed into the learner's notebook (a turn): where the check runs in its
   * own thread, that thread parses the sentences the keying needs (preparse.ts). A check for the API
   * or a practice card needs none, and ~5-10 ms of parsing are saved.
   */
  notebook?: boolean;
}

export interface LocalChecker {
  check(text: string, nativeLanguage: NativeLanguage, context?: CheckContext): Promise<CheckResult>;
}

const PAGE_WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** The page's words, lower-case; the last page's set is kept, since every turn of a session sends the same one. */
function pageWords(): (pageText: string | undefined) => ReadonlySet<string> {
  let last: { text: string; words: ReadonlySet<string> } | undefined;
  return (pageText) => {
    if (!pageText) return new Set();
    if (last?.text !== pageText) last = { text: pageText, words: new Set(pageText.toLowerCase().match(PAGE_WORD) ?? []) };
    return last.words;
  };
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
  // The learner rules go first, and harper reads the text they corrected: a lint of harper's on
  // the learner's words ("see many problem" -> "see the many ...") may no longer apply once a rule
  // has fixed them ("saw many problems"). The learner rule always wins: its explanation is
  // written for learners.
  const wordsOf = pageWords();
  return {
    async check(text, nativeLanguage, context = {}) {
      const knownWords = wordsOf(context.pageText);
      const findAll = async (current: string): Promise<Finding[]> => {
        const learner = findLearnerErrors(current);
        return learner.length > 0 ? learner : harper.find(current, knownWords);
      };
      const { findings, corrected, partial } = await correctUntilClean(text, findAll);
      const corrections = findings.map((finding) => toCorrection(finding, nativeLanguage));
      return partial ? { corrected, corrections, partial } : { corrected, corrections };
    },
  };
}
