// Correct use on our own tuning cases: after a mistake, a later sentence uses the corrected form
// (Good), makes the mistake again (Again, never Good), or does not use the construction (nothing).
// The item is built as the conversation builds it: the checker's finding, else the change itself
// as the LLM would report it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalChecker, type LocalChecker } from '../checker';
import { CORRECT_USE_CASES } from '../../../tests/fixtures/review-tuning';
import { rewriteAsCorrection } from '../../../tests/support/rewrite';
import { judgeUse } from './evidence';
import { patternOf } from './keying/pattern-of';
import { parseSentences } from './language/sentence';

const VERDICTS = { 'correct-use': 'good', 'repeats-mistake': 'again', 'not-used': null } as const;

describe('what a later sentence shows about an item', () => {
  let checker: LocalChecker;
  beforeAll(async () => {
    checker = await createLocalChecker();
  });

  async function classify(mistake: string, correction: string, learnerSays: string) {
    const change = rewriteAsCorrection(mistake, correction)!;
    const found = (await checker.check(mistake, 'en')).corrections.find((c) => c.start <= change.end && change.start <= c.end);
    const { spec } = patternOf(mistake, found ?? change);
    const later = (await checker.check(learnerSays, 'en')).corrections;
    if (later.some((c) => patternOf(learnerSays, c).spec.key === spec.key)) return 'again';
    return judgeUse(spec, parseSentences(learnerSays), later);
  }

  it.each(CORRECT_USE_CASES)('$mistake then "$learnerSays": $label', async ({ mistake, correction, learnerSays, label }) => {
    expect(await classify(mistake, correction, learnerSays)).toBe(VERDICTS[label]);
  });

  // Each: the mistake and its correction, then later sentences and what they show.
  it.each([
    // A day takes "on": "in the morning" is another kind of time word, not this mistake again.
    ['See you in Monday.', 'See you on Monday.', 'I get up early in the morning.', null],
    ['See you in Monday.', 'See you on Monday.', 'The shop opens on Friday.', 'good'],
    ['See you in Monday.', 'See you on Monday.', 'We met in Friday.', 'again'],
    ['See you in Monday.', 'See you on Monday.', 'Let us meet at Sunday.', 'again'],
    ['We met at the morning.', 'We met in the morning.', 'See you on Monday.', null],
    ['We met at the morning.', 'We met in the morning.', 'I study in the evening.', 'good'],
    ['We met at the morning.', 'We met in the morning.', 'I was born on the morning of May 5.', null],
    // "go to home": "go to school" keeps its "to".
    ["I'm going to home.", "I'm going home.", 'I go to school by bus.', null],
    ["I'm going to home.", "I'm going home.", 'I went home early.', 'good'],
    ["I'm going to home.", "I'm going home.", 'She went to home late.', 'again'],
    // "explain me": the thing is the object, the person comes after "to".
    ['She explained me the rules.', 'She explained the rules to me.', 'Can you explain the rules to me?', 'good'],
    ['She explained me the rules.', 'She explained the rules to me.', 'He explained it to us.', 'good'],
    ['She explained me the rules.', 'She explained the rules to me.', 'Please explain me again.', 'again'],
    ['She explained me the rules.', 'She explained the rules to me.', 'Explain your idea first.', null],
    // "since" + a length of time -> "for": what follows decides, not the word before.
    ['I have lived in Seoul since five years.', 'I have lived in Seoul for five years.', 'She has worked here for three months.', 'good'],
    ['I have lived in Seoul since five years.', 'I have lived in Seoul for five years.', 'We have known them since two years.', 'again'],
    ['I have lived in Seoul since five years.', 'I have lived in Seoul for five years.', 'He has lived here since 2019.', null],
  ] as const)('preposition item from "%s": "%s" -> %s', async (mistake, correction, learnerSays, verdict) => {
    expect(await classify(mistake, correction, learnerSays)).toBe(verdict);
  });

  it.each([
    // The possessive the learner got wrong, before a noun; "gave him books" is another construction.
    ['I met him sister at the mall.', 'I met his sister at the mall.', 'His brother is very tall.', 'good'],
    ['I met him sister at the mall.', 'I met his sister at the mall.', 'I called him brother yesterday.', 'again'],
    ['I met him sister at the mall.', 'I met his sister at the mall.', 'I gave him books.', null],
    // How something is done: an adverb after an action verb; linking verbs take adjectives.
    ['He drives very careful.', 'He drives very carefully.', 'She sings very well.', 'good'],
    ['He drives very careful.', 'He drives very carefully.', 'He speaks English good.', 'again'],
    ['He drives very careful.', 'He drives very carefully.', 'It looks good.', null],
    // have + participle; a participle like the past form ("played") shows nothing.
    ['I have saw that movie twice.', 'I have seen that movie twice.', 'She has eaten kimchi every day.', 'good'],
    ['I have saw that movie twice.', 'I have seen that movie twice.', 'We have went there before.', 'again'],
    ['I have saw that movie twice.', 'I have seen that movie twice.', 'I have played tennis.', null],
    ['I go there every days.', 'I go there every day.', 'Each student has a book.', 'good'],
    ['I go there every days.', 'I go there every day.', 'Every students like it.', 'again'],
    ['I go there every days.', 'I go there every day.', 'Each of the students came.', null],
    ['Although it was raining, but we went out.', 'Although it was raining, we went out.', 'Although I was tired, I finished my homework.', 'good'],
    ['Although it was raining, but we went out.', 'Although it was raining, we went out.', 'Though it is expensive, but I like it.', 'again'],
    ['Although it was raining, but we went out.', 'Although it was raining, we went out.', 'I was tired but happy.', null],
  ] as const)('preposition item from "%s": "%s" -> %s', async (mistake, correction, learnerSays, verdict) => {
    expect(await classify(mistake, correction, learnerSays)).toBe(verdict);
  });

  it.each([
    ['Let\'s go to shopping.', 'Let\'s go shopping.', 'We went hiking on Saturday.', 'good'],
    ['Let\'s go to shopping.', 'Let\'s go shopping.', 'I went to swimming yesterday.', 'again'],
    ['Let\'s go to shopping.', 'Let\'s go shopping.', 'I go to swimming class on Mondays.', null],
    ['I very like it.', 'I really like it.', 'I really enjoyed the movie.', 'good'],
    ['I very like it.', 'I really like it.', 'We like it very much.', 'good'],
    ['I very like it.', 'I really like it.', 'She very wants a dog.', 'again'],
    ['I very like it.', 'I really like it.', 'I am very tired.', null],
    ['I was late because of I missed the bus.', 'I was late because I missed the bus.', 'I stayed home because I was sick.', 'good'],
    ['I was late because of I missed the bus.', 'I was late because I missed the bus.', 'We left because of we were tired.', 'again'],
    ['I was late because of I missed the bus.', 'I was late because I missed the bus.', 'It happened because of him.', null],
    ['I was very boring in the class.', 'I was very bored in the class.', 'I am so interested in history.', 'good'],
    ['I was very boring in the class.', 'I was very bored in the class.', 'We were exciting about the trip.', 'again'],
    ['I was very boring in the class.', 'I was very bored in the class.', 'The movie was boring.', null],
    ['I was very boring in the class.', 'I was very bored in the class.', 'Am I boring you?', null],
  ] as const)('item from "%s": "%s" -> %s', async (mistake, correction, learnerSays, verdict) => {
    expect(await classify(mistake, correction, learnerSays)).toBe(verdict);
  });

  it.each([
    // A Konglish word never English is the mistake wherever it stands; "cunning" only where the checker says so.
    ['I use the running machine at the gym.', 'I use the treadmill at the gym.', 'The treadmill was broken today.', 'good'],
    ['I use the running machine at the gym.', 'I use the treadmill at the gym.', 'All the running machines were taken.', 'again'],
    ['I use the running machine at the gym.', 'I use the treadmill at the gym.', 'I ran in the park.', null],
    ['He was caught cunning on the exam.', 'He was caught cheating on the exam.', 'She was caught cheating again.', 'good'],
    ['He was caught cunning on the exam.', 'He was caught cheating on the exam.', 'Cunning is common in online tests.', 'again'],
    ['He was caught cunning on the exam.', 'He was caught cheating on the exam.', 'The fox in the story was cunning.', null],
    // The fourth round's rules keyed by their rule: the corrected words, and the checker's finding again.
    ['My son is already taller as me.', 'My son is already taller than me.', 'She is older than her brother.', 'good'],
    ['My son is already taller as me.', 'My son is already taller than me.', 'The subway is faster as the bus.', 'again'],
    // The words alone are no mistake again: "as", "other" and "during" are everywhere in correct English.
    ['My son is already taller as me.', 'My son is already taller than me.', 'I work as a nurse.', null],
    ['Can you give me other chance?', 'Can you give me another chance?', 'On the other hand, it is cheap.', null],
    ['Can you give me other chance?', 'Can you give me another chance?', 'Let me try another way.', 'good'],
    ['I studied during three hours.', 'I studied for three hours.', 'I slept during the movie.', null],
    ['I hope you to enjoy your stay.', 'I hope you enjoy your stay.', 'I hope him to win.', 'again'],
    ['We help each others every day.', 'We help each other every day.', 'They text each other at night.', 'good'],
  ] as const)('fourth-round item from "%s": "%s" -> %s', async (mistake, correction, learnerSays, verdict) => {
    expect(await classify(mistake, correction, learnerSays)).toBe(verdict);
  });

  it('gives no credit where a correction of the same turn overlaps the construction', () => {
    const text = 'My sister enjoys swiming.';
    const spec = patternOf('I enjoyed to read it.', rewriteAsCorrection('I enjoyed to read it.', 'I enjoyed reading it.')!).spec;
    const start = text.indexOf('swiming');
    expect(judgeUse(spec, parseSentences(text), [])).toBe('good');
    expect(judgeUse(spec, parseSentences(text), [{ start, end: start + 7 }])).toBeNull();
  });
});
