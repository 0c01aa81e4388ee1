// npm run bench:checker — the local checker's correction quality and latency, as JSON, on sets
// kept apart: "tuning" (tests/fixtures/learner-sentences.ts, which rules may be tuned on),
// "tuningBroader" and "tuningThird" (tests/fixtures/learner-sentences-2.json and -3.json, broader
// mistakes written later by helpers who had not read the rules; tuned on too) and
// "heldout" (tests/quality/heldout/checker-sentences.json, written by someone who never read the
// rules; only its counts are printed, never a sentence, so nobody tunes on it).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { createLocalChecker } from '../../server/learning/checker';
import { findLearnerErrors } from '../../server/learning/checker/learner-rules';
import { learnerSentences } from '../fixtures/learner-sentences';
import { measureCorrections } from './correction-quality';
import { percentile } from './stats';

const HeldOutSentences = z.array(z.object({ text: z.string(), expected: z.string().nullable(), category: z.string() }));

const heldOutPath = new URL('../quality/heldout/checker-sentences.json', import.meta.url);
const heldOut = HeldOutSentences.parse(JSON.parse(await readFile(heldOutPath, 'utf8')));
const broaderPath = new URL('../fixtures/learner-sentences-2.json', import.meta.url);
const broader = HeldOutSentences.parse(JSON.parse(await readFile(broaderPath, 'utf8')));
const thirdPath = new URL('../fixtures/learner-sentences-3.json', import.meta.url);
const third = HeldOutSentences.parse(JSON.parse(await readFile(thirdPath, 'utf8')));
const fourthPath = new URL('../fixtures/learner-sentences-4.json', import.meta.url);
const fourth = HeldOutSentences.parse(JSON.parse(await readFile(fourthPath, 'utf8')));

const loadStartedAt = performance.now();
const checker = await createLocalChecker();
const loadMs = Math.round(performance.now() - loadStartedAt);

const tuning = await measureCorrections(checker, learnerSentences);
const tuningBroader = await measureCorrections(checker, broader);
const tuningThird = await measureCorrections(checker, third);
const tuningFourth = await measureCorrections(checker, fourth);
const heldout = await measureCorrections(checker, heldOut);

// The learner rules alone (without harper), per sentence over both sets: the part this project writes.
const texts = [...learnerSentences, ...heldOut].map((s) => s.text);
for (const text of texts) findLearnerErrors(text);
const rulesMs = texts.map((text) => {
  const startedAt = performance.now();
  findLearnerErrors(text);
  return performance.now() - startedAt;
});
const learnerRulesLatencyMs = { p50: percentile(rulesMs, 50), p95: percentile(rulesMs, 95) };

console.log(JSON.stringify({ checkerLoadMs: loadMs, learnerRulesLatencyMs, tuning, tuningBroader, tuningThird, tuningFourth, heldout, node: process.version }, null, 2));
