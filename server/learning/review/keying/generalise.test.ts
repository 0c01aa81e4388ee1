// Keying that generalises: the same mistake in other words, tenses, persons and numbers is one
// notebook item, whether the local checker found it (its rule) or the LLM reported it (its
// original -> corrected words); a different mistake stays another item; and an item a learner
// already has under a key the keying gave it before is still found.
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalChecker, type LocalChecker } from '../../checker';
import { rewriteAsCorrection } from '../../../../tests/support/rewrite';
import type { Correction } from '../../../../shared/corrections';
import { parseSentences } from '../language/sentence';
import type { NotebookItem } from '../notebook/item';
import { newSchedule } from '../scheduler';
import { TurnNotebook } from '../turn-notebook';
import { patternOf } from './pattern-of';

let checker: LocalChecker;
beforeAll(async () => {
  checker = await createLocalChecker();
});

/** Every key the checker's findings in the sentence get. */
async function checkerKeys(text: string): Promise<string[]> {
  const { corrections } = await checker.check(text, 'en');
  return corrections.map((c) => patternOf(text, c).spec.key);
}

/** The key of the sentence's change to its corrected version, as the LLM reports a finding. */
function llmKey(text: string, fixed: string): string {
  return patternOf(text, rewriteAsCorrection(text, fixed)!).spec.key;
}

describe('lemmas the families read', () => {
  it('takes the verb whose conjugation holds the word, not a root that is no verb', () => {
    const lemmas = parseSentences('We gone home. I have known her for years. She has worn it. We traveled far.').flat().map((t) => [t.word, t.lemma]);
    expect(lemmas).toEqual(expect.arrayContaining([['gone', 'go'], ['known', 'know'], ['worn', 'wear'], ['traveled', 'travel']]));
  });
});

describe('the same mistake found by the checker is one item', () => {
  it.each([
    ["Let's discuss about it tomorrow.", 'They were discussing about the news.'],
    ['We bought new furnitures.', 'I have many homeworks today.'],
    ['Last year I travel to Japan.', 'Yesterday we eat pizza for dinner.'],
    ['We gone to the beach.', 'He done his best.'],
    ['They wants to come.', 'My parents likes hiking.'],
    ['He can\'t to swim.', 'We must to leave now.'],
    ['She is married with a doctor.', 'He married with my cousin.'],
    ['There is many shops here.', 'Is there many students?'],
    ["They doesn't know me.", "My kids doesn't like vegetables."],
    ['I am student.', 'My father is engineer.'],
    ['Thank you for help me.', 'Before go to bed, I read a book.'],
    ['I get up at the morning.', 'He studies at the evening.'],
    ["I don't know what is it.", 'Can you tell me where is the bank?'],
    ['I listened BTS songs all day.', 'My dad listens jazz.'],
    // The checker's rule knows its word is a verb where compromise reads a noun ("app help", "team trains").
    ['He always check the news on his phone.', 'This new app help farmers know when it will rain.'],
    ['Electric cars costs less to drive.', 'The players on the national team trains every day.'],
    ['Several country signed the agreement.', 'A lot of student in my class watch K-dramas.'],
    ['One of my friend works for Samsung.', 'Bibimbap is one of the most popular dish at our restaurant.'],
    ['We plan visiting the museum.', 'We are planning visiting the new museum next month.'],
    ['I will called you after the meeting.', 'The government will raising taxes next year.'],
    ['I have lived in Seoul since five years.', 'She has worked at this company since three months.'],
    ['We went there in the bus.', 'I read a book in the train to Busan.'],
  ])('"%s" / "%s"', async (a, b) => {
    const [keysA, keysB] = await Promise.all([checkerKeys(a), checkerKeys(b)]);
    expect(keysA.length, `nothing found in "${a}"`).toBeGreaterThan(0);
    expect(keysB.filter((key) => keysA.includes(key)), `${keysA} / ${keysB}`).not.toEqual([]);
  });
});

describe('the same mistake reported by the LLM is one item', () => {
  it.each([
    ['Please explain me the answer.', 'Please explain the answer to me.', 'He explained us the rules.', 'He explained the rules to us.'],
    ['I am live in Busan.', 'I live in Busan.', 'We are work at a bank.', 'We work at a bank.'],
    ['These informations are useful.', 'This information is useful.', 'Thanks for the advices.', 'Thanks for the advice.'],
    ['They wants to come.', 'They want to come.', 'We goes to church.', 'We go to church.'],
    ['I am student.', 'I am a student.', 'She is teacher.', 'She is a teacher.'],
    ['I am boring in the class.', 'I am bored in the class.', 'She was very exciting about the trip.', 'She was very excited about the trip.'],
    ["I don't know what is it.", "I don't know what it is.", 'Tell me where is the bank.', 'Tell me where the bank is.'],
    ['This new app help farmers.', 'This new app helps farmers.', 'He always check the news.', 'He always checks the news.'],
    ['Young people in Korea spends a lot.', 'Young people in Korea spend a lot.', 'My parents lives in Daegu.', 'My parents live in Daegu.'],
    ['I met him sister.', 'I met his sister.', 'I know him brother well.', 'I know his brother well.'],
    ['He drives very careful.', 'He drives very carefully.', 'She answered the question quick.', 'She answered the question quickly.'],
    ['She sings very good.', 'She sings very well.', 'He speaks very slow.', 'He speaks very slowly.'],
    ['I have saw that movie twice.', 'I have seen that movie twice.', 'She has ate kimchi.', 'She has eaten kimchi.'],
    ['I exercise every days.', 'I exercise every day.', 'Every students in my class has a phone.', 'Every student in my class has a phone.'],
    ['Although it was raining, but we went out.', 'Although it was raining, we went out.', 'Though it is expensive, but I like it.', 'Though it is expensive, I like it.'],
  ])('"%s" / "%s"', (a, fixedA, b, fixedB) => {
    expect(llmKey(a, fixedA)).toBe(llmKey(b, fixedB));
  });

  it('keys the LLM\'s "explain X to me" as the checker\'s "explain to me"', async () => {
    expect(await checkerKeys('Please explain me the answer.')).toContain(llmKey('Please explain me the answer.', 'Please explain the answer to me.'));
  });
});

describe('different mistakes stay different items', () => {
  it.each([
    ['They wants to come.', 'They want to come.', 'He want to come.', 'He wants to come.'],
    ["He don't have a car.", "He doesn't have a car.", "They doesn't know me.", "They don't know me."],
    ['I ate a orange.', 'I ate an orange.', 'I am student.', 'I am a student.'],
    ['I don\'t have much friends.', 'I don\'t have many friends.', 'I don\'t have many money.', 'I don\'t have much money.'],
    ['I enjoyed to meet you.', 'I enjoyed meeting you.', 'Thank you for help me.', 'Thank you for helping me.'],
    // "boring" -> "bored" is the feeling adjective, not a verb put in the past.
    ['I am boring in the class.', 'I am bored in the class.', 'Yesterday I go to school.', 'Yesterday I went to school.'],
  ])('"%s" / "%s"', (a, fixedA, b, fixedB) => {
    expect(llmKey(a, fixedA)).not.toBe(llmKey(b, fixedB));
  });

  it('keys each Konglish word the checker finds as its own item', async () => {
    const [eye] = await checkerKeys('I went eye shopping with my friend.');
    const [phone] = await checkerKeys('My hand phone is broken.');
    expect(eye).toBeDefined();
    expect(phone).toBeDefined();
    expect(eye).not.toBe(phone);
  });
});

describe('items stored under an earlier key', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const stored = (patternKey: string): NotebookItem => ({
    id: `item-${patternKey}`,
    kind: 'mistake',
    patternKey,
    family: 'generic',
    pattern: 'old pattern',
    type: 'agreement',
    corrected: 'like',
    params: {},
    lapses: 0,
    ...newSchedule(new Date('2026-02-01T10:00:00Z')),
  });

  async function linkFirst(notebook: TurnNotebook, text: string) {
    const { corrections } = await checker.check(text, 'en');
    const message = { id: 'message-1', text, sentences: parseSentences(text) };
    return notebook.link(message, corrections as Correction[])[0];
  }

  it('carries the key the old keying gave the finding', async () => {
    const text = 'My parents likes hiking.';
    const [correction] = (await checker.check(text, 'en')).corrections;
    const { spec } = patternOf(text, correction!);
    expect(spec.key).toBe('non-third-person');
    expect(spec.legacyKeys).toContain('rule:agreement.plural-subject');
  });

  it('links a new finding to the learner\'s item under the old key: a lapse, not a second item', async () => {
    const notebook = new TurnNotebook('user-1', [stored('rule:agreement.plural-subject')], null, () => now);
    expect(await linkFirst(notebook, 'My parents likes hiking.')).toEqual({ itemId: 'item-rule:agreement.plural-subject', again: true });
  });

  it('keeps matching the merged and renamed keys', async () => {
    const merged = new TurnNotebook('user-1', [stored('many-uncountable')], null, () => now);
    expect(await linkFirst(merged, 'I have many homeworks today.')).toMatchObject({ itemId: 'item-many-uncountable', again: true });
    const progressive = new TurnNotebook('user-1', [stored('preposition:married')], null, () => now);
    expect(await linkFirst(progressive, 'She is married with a doctor.')).toMatchObject({ itemId: 'item-preposition:married', again: true });
    // The old keying left "can't to swim" to its rule, with the verb after it: one key per verb.
    const perWord = new TurnNotebook('user-1', [stored('rule:verb-pattern.modal-to:swim')], null, () => now);
    expect(await linkFirst(perWord, "He can't to swim.")).toMatchObject({ itemId: 'item-rule:verb-pattern.modal-to:swim', again: true });
  });
});
