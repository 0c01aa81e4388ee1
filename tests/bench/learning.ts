// npm run bench:learning — the learning loop's quality, as JSON:
//  - keying: do two mistakes make one notebook item? precision and recall of "same item" on the
//    held-out pairs (tests/quality/heldout, written without our code; only counts are printed)
//    and on our tuning pairs, with the real checker;
//  - correct use: after a mistake, is a later sentence a correct use, the mistake again, or
//    neither? accuracy, and how many repeats were taken for a correct use (must be 0);
//  - fourteen days: a scripted learner on the real app with an injected clock; each item's next
//    interval after each rating.
import { readFileSync } from 'node:fs';
import { getLocalChecker } from '../../server/services-factory';
import { CORRECT_USE_CASES, KEYING_PAIRS } from '../fixtures/review-tuning';
import { simulateFourteenDays } from './learning/fourteen-days';
import { measureCorrectUse, measureKeying, type CorrectUseCase, type KeyingPair } from './learning/quality';

const heldout = <T>(name: string): T[] => JSON.parse(readFileSync(new URL(`../quality/heldout/${name}`, import.meta.url), 'utf8')) as T[];

const checker = await getLocalChecker();
const result = {
  heldout: {
    keying: await measureKeying(checker, heldout<KeyingPair>('keying-pairs.json')),
    correctUse: await measureCorrectUse(checker, heldout<CorrectUseCase>('correct-use.json')),
  },
  tuning: {
    keying: await measureKeying(checker, KEYING_PAIRS),
    correctUse: await measureCorrectUse(checker, CORRECT_USE_CASES),
  },
  fourteenDays: await simulateFourteenDays(),
};
console.log(JSON.stringify(result, null, 2));
process.exit(0);
