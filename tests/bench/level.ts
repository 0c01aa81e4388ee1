// npm run bench:level — the level estimate on graded texts, as JSON: each level's five
// texts (tests/fixtures/graded-learner-texts.ts, the set the thresholds were chosen on) one by one
// and together, the two later texts a level that were not used to choose them, and the time the
// estimator takes: loading the vocabulary profile, one message, and a learner's latest 200
// messages analysed from nothing versus summed from the per-message features the server keeps.
import { addFeatures, estimateFromFeatures, estimateLevel, featuresOf, NO_FEATURES } from '../../server/learning/level/estimate';
import { vocabularyProfile } from '../../server/learning/level/vocabulary-profile';
import { GRADED_TEXTS, LATER_TEXTS } from '../fixtures/graded-learner-texts';
import { percentile } from './stats';

const loadStartedAt = performance.now();
const profile = vocabularyProfile();
const profileLoadMs = Math.round(performance.now() - loadStartedAt);

const levels = Object.keys(GRADED_TEXTS) as (keyof typeof GRADED_TEXTS)[];
const one = (text: string) => estimateLevel(profile, [{ text, errors: 0 }]);

function report(set: typeof GRADED_TEXTS) {
  const byLevel = Object.fromEntries(
    levels.map((grade) => {
      const texts = set[grade];
      const together = estimateLevel(profile, texts.map((text) => ({ text, errors: 0 })));
      return [grade, { eachText: texts.map((text) => one(text).level), together: together.level, words: together.basedOnWords, confidence: together.confidence }];
    }),
  );
  const singles = levels.flatMap((grade) => set[grade].map((text) => ({ grade, level: one(text).level })));
  const exact = singles.filter((s) => s.level === s.grade).length;
  const withinOne = singles.filter((s) => s.level && Math.abs(levels.indexOf(s.level as never) - levels.indexOf(s.grade)) <= 1).length;
  return { byLevel, texts: singles.length, exact, withinOneLevel: withinOne };
}

const graded = report(GRADED_TEXTS);
const later = report(LATER_TEXTS);

// Timing. One message of ~60 words, repeated (compromise's lexicon warm).
const allTexts = levels.flatMap((grade) => GRADED_TEXTS[grade]);
for (const text of allTexts) one(text);
const perText = allTexts.flatMap((text) =>
  Array.from({ length: 4 }, () => {
    const startedAt = performance.now();
    one(text);
    return performance.now() - startedAt;
  }),
);

// A learner's latest 200 messages (the current estimate's window): every text eight times.
const history = Array.from({ length: 200 }, (_, i) => allTexts[i % allTexts.length]!);
const coldStartedAt = performance.now();
const features = history.map((text) => featuresOf(profile, text));
const coldMs = performance.now() - coldStartedAt;
const warmStartedAt = performance.now();
const summed = features.reduce(addFeatures, NO_FEATURES);
const warmEstimate = estimateFromFeatures(summed, 0);
const warmMs = performance.now() - warmStartedAt;

const round = (ms: number) => Math.round(ms * 100) / 100;
console.log(
  JSON.stringify(
    {
      graded,
      later,
      timing: {
        profileLoadMs,
        oneMessageMs: { words: Math.round(summed.words / history.length), p50: round(percentile(perText, 50)), p95: round(percentile(perText, 95)) },
        latest200Messages: { words: summed.words, analysedMs: Math.round(coldMs), fromKeptFeaturesMs: round(warmMs), level: warmEstimate.level },
      },
      node: process.version,
    },
    null,
    2,
  ),
);
