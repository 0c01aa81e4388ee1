// The last few checks remembered: a streamed turn checks the same words twice (the tutor's early
// start on the interim transcript, then the final transcript, nearly always the same words), and
// each check costs harper's and the learner rules' ~20 ms of CPU. A check depends only on the
// text, the learner's language and the page, so the second one takes the first one's answer (or
// waits for it while it is still running). A failed check is forgotten.
import type { CheckResult, NativeLanguage } from '../../../shared/corrections';
import type { CheckContext, LocalChecker } from './index';

interface Remembered {
  text: string;
  nativeLanguage: NativeLanguage;
  pageText: string | undefined;
  result: Promise<CheckResult>;
}

export function rememberRecentChecks(checker: LocalChecker, size = 32): LocalChecker {
  const recent: Remembered[] = [];
  return {
    check(text: string, nativeLanguage: NativeLanguage, context: CheckContext = {}) {
      const pageText = context.pageText;
      const found = recent.find((r) => r.text === text && r.nativeLanguage === nativeLanguage && r.pageText === pageText);
      if (found) return found.result;
      const entry: Remembered = { text, nativeLanguage, pageText, result: checker.check(text, nativeLanguage, context) };
      recent.push(entry);
      if (recent.length > size) recent.shift();
      entry.result.catch(() => {
        const at = recent.indexOf(entry);
        if (at >= 0) recent.splice(at, 1);
      });
      return entry.result;
    },
  };
}
