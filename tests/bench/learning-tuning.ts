// npm run bench:learning:tuning — pattern keying on our own tuning pairs only, as JSON: the sets
// to iterate on (tests/fixtures/review-keying-pairs.json; review-keying-pairs-2.json, broader
// mistakes written later by a helper who had not read the checker, with the pairs of two
// different governing verbs relabelled as two items; review-keying-pairs-3.json, a third set by
// another helper who had not read the checker; and the older pairs of
// tests/fixtures/review-tuning.ts), never the held-out one. The same metric as bench:learning
// (precision and recall of "same item", the real checker's findings), and the same pairs keyed
// as the LLM reports findings (each sentence's change to its corrected version).
import { readFileSync } from 'node:fs';
import { getLocalChecker } from '../../server/services-factory';
import { KEYING_PAIRS } from '../fixtures/review-tuning';
import { measureKeying, measureLlmKeying, type KeyingPair } from './learning/quality';

const pairsOf = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as KeyingPair[];
const pairs = pairsOf('review-keying-pairs.json');
const broaderPairs = pairsOf('review-keying-pairs-2.json');
const pairs3 = pairsOf('review-keying-pairs-3.json');
const checker = await getLocalChecker();
const result = {
  keyingPairs: {
    checker: await measureKeying(checker, pairs),
    llm: measureLlmKeying(pairs),
  },
  broaderPairs: {
    checker: await measureKeying(checker, broaderPairs),
    llm: measureLlmKeying(broaderPairs),
  },
  pairs3: {
    checker: await measureKeying(checker, pairs3),
    llm: measureLlmKeying(pairs3),
  },
  reviewTuning: {
    checker: await measureKeying(checker, KEYING_PAIRS),
    llm: measureLlmKeying(KEYING_PAIRS),
  },
};
console.log(JSON.stringify(result, null, 2));
process.exit(0);
