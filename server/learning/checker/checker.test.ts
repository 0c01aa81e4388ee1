// The whole checker with harper.js loaded: what a learner sees for well-formed and faulty speech.
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckResult } from '../../../shared/corrections';
import { createLocalChecker, type LocalChecker } from './index';

let checker: LocalChecker;

beforeAll(async () => {
  checker = await createLocalChecker();
}, 30_000);

const WELL_FORMED = [
  // news-like
  'The finance ministry said exports fell for the second month in a row.',
  'Heavy rain caused flooding in several southern cities on Sunday.',
  'The court will announce its decision next Thursday.',
  'Officials expect the new subway line to open in 2027.',
  'The survey found that most office workers want a four-day week.',
  'Housing prices in the capital have fallen since the spring.',
  'The opposition party criticized the budget plan.',
  'Police arrested two men in connection with the robbery.',
  'The festival attracted more than a million visitors last year.',
  'The company is recalling thousands of electric cars.',
  'Researchers discovered a new species of frog in the mountains.',
  'The two leaders agreed to meet again in the autumn.',
  'Fewer babies were born this year than ever before.',
  'The minister resigned after the scandal became public.',
  'Fuel prices are expected to rise during the holiday season.',
  'The airline cancelled dozens of flights because of the storm.',
  'The council apologised for the colour of the new signs.',
  'Local farmers are worried about the dry weather.',
  'The museum reopened after a long renovation.',
  'A new study suggests that walking every day improves memory.',
  'The national team qualified for the World Cup.',
  'The city plans to plant ten thousand trees by next year.',
  'Inflation slowed slightly in March, according to the report.',
  // conversational
  'I read an interesting article about electric cars this morning.',
  'To be honest, I did not expect the result.',
  'My sister works as a nurse in a big hospital.',
  'We talked about the election over dinner.',
  'I think the government should support young families.',
  'Have you ever been to Jeju Island?',
  'I usually read the news on my phone on the subway.',
  'It was the first time I had heard about that company.',
  'My parents are worried about the rising prices.',
  'I would like to learn more about this topic.',
  'The article made me think about my own job.',
  'She has been studying English for three years.',
  'We stayed at home because it was raining.',
  'If I were the mayor, I would build more bike lanes.',
  'Could you tell me what the writer means here?',
  'I agree with most of the points in the article.',
  'My friend told me about a new cafe near the station.',
  'I am looking forward to the weekend.',
  'When I was a student, I never read the newspaper.',
  'Honestly, I find economic news quite difficult.',
  'The news about the earthquake was really shocking.',
  'I did not know that the museum was free on Sundays.',
  // from the tutor's own lines and the pages it quotes
  'What do you think about that?',
  'The children practise calligraphy in the courtyard.',
  'Companies must share manuals with their service centres.',
  'The librarian, Lee Mi-kyung, says people come for the quiet.',
  'The old house now lends books, hosts readings and teaches children.',
];

describe('createLocalChecker', () => {
  it(`leaves ${WELL_FORMED.length} well-formed sentences untouched`, async () => {
    const flagged: string[] = [];
    for (const sentence of WELL_FORMED) {
      const result = await checker.check(sentence, 'en');
      if (result.corrections.length > 0) flagged.push(`${sentence} -> ${result.corrected}`);
    }
    expect(flagged).toEqual([]);
    expect(WELL_FORMED.length).toBeGreaterThanOrEqual(40);
  });

  it('returns the text with every fix applied', async () => {
    const result = await checker.check('Yesterday my brother go to Busan and I listen music. The goverment is slow.', 'en');
    expect(result.corrected).toBe('Yesterday my brother went to Busan and I listened to music. The government is slow.');
    expect(CheckResult.parse(result)).toEqual(result);
  });

  it('never shows a half-corrected sentence as the right one', async () => {
    // The time word comes last, after an agreement error on the same verb.
    const spoken = await checker.check('I goes to the park yesterday.', 'en');
    expect(spoken.corrected).toBe('I went to the park yesterday.');
    expect(spoken.partial).toBeUndefined();
    expect(spoken.corrections).toEqual([expect.objectContaining({ original: 'goes', corrected: 'went', ruleId: 'tense.past-time' })]);

    const several = await checker.check('Yesterday I go to the zoo and see many robot.', 'en');
    expect(several.corrected).toBe('Yesterday I went to the zoo and saw many robots.');
  });

  it('finds nothing more in the sentences it corrected', async () => {
    const faulty = [
      'My landlord raise the rent every year.',
      'There is many problem in my city.',
      'Does she likes her new job?',
      'I seen three deer on the road.',
      'She is cook dinner now.',
      'We was very tired, so we go home early yesterday.',
      'My parents lives in a apartment near the station.',
    ];
    const leftOver: string[] = [];
    for (const sentence of faulty) {
      const first = await checker.check(sentence, 'en');
      expect(first.corrected).not.toBe(sentence);
      const again = await checker.check(first.corrected, 'en');
      if (first.partial !== true && again.corrections.length > 0) leftOver.push(`${first.corrected} -> ${again.corrected}`);
    }
    expect(leftOver).toEqual([]);
  });

  it('points each correction at its span of the original text', async () => {
    const text = '오늘 뉴스 😀 I am agree with the the writer.';
    const { corrections } = await checker.check(text, 'en');
    expect(corrections.map((c) => text.slice(c.start, c.end))).toEqual(['I am agree', 'the the']);
    for (const c of corrections) {
      expect(c.original).toBe(text.slice(c.start, c.end));
      expect(c.source).toBe('local');
    }
  });

  it('prefers the learner rule when harper flags the same words', async () => {
    const { corrections } = await checker.check('This is more better than the old one.', 'en');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ ruleId: 'comparative.double', corrected: 'better', type: 'comparative' });
  });

  it('keeps harper findings for errors the learner rules miss', async () => {
    const { corrections } = await checker.check('They should of stopped the project.', 'en');
    expect(corrections).toEqual([expect.objectContaining({ original: 'should of', corrected: 'should have', type: 'word_choice' })]);
  });

  it('ignores writing-style nits in speech transcripts', async () => {
    const transcript =
      'i think the article is right , and the writer explains the problem well and also gives many examples from different countries and cities and it is a long sentence but that is how people speak';
    expect((await checker.check(transcript, 'en')).corrections).toEqual([]);
  });

  it('leaves a causative with have or get alone, but still joins the split compound elsewhere', async () => {
    for (const causative of ['I had my hair cut yesterday.', 'She wants to get her hair cut.', 'He has his hair cut every month.']) {
      expect((await checker.check(causative, 'en')).corrections).toEqual([]);
    }
    expect((await checker.check('My hair cut is too short.', 'en')).corrected).toBe('My haircut is too short.');
  });

  it("accepts the page's own words", async () => {
    const pageText = 'The village keeps its jangseung, the carved wooden guardians at its gate.';
    const spoken = 'I want to see a jangseung in that village.';
    expect((await checker.check(spoken, 'en')).corrections.map((c) => c.original)).toContain('jangseung');
    expect((await checker.check(spoken, 'en', { pageText })).corrections).toEqual([]);
  });

  it('knows the Korean words learners use in English, without the page naming them', async () => {
    const spoken = 'For lunch we had bibimbap and kimbap, and my unnie wore a hanbok to the noraebang.';
    expect((await checker.check(spoken, 'en')).corrections).toEqual([]);
    // Still a misspelling of an English word next to them.
    expect((await checker.check('We had bibimbap at the restaurnt.', 'en')).corrections.map((c) => c.corrected)).toEqual(['restaurant']);
  });

  it('does not treat Korean names as misspellings', async () => {
    expect((await checker.check('Jisoo and Minho moved from Daegu to Gwangju.', 'en')).corrections).toEqual([]);
  });

  it('explains in Korean for Korean speakers and in English for English speakers', async () => {
    const text = 'The article has many informations.';
    const [ko] = (await checker.check(text, 'ko')).corrections;
    const [en] = (await checker.check(text, 'en')).corrections;
    expect(ko?.explanation).toMatch(/[가-힣]/);
    expect(ko?.explanation).toContain('information');
    expect(en?.explanation).not.toMatch(/[가-힣]/);
    expect(en?.explanation).toContain('uncountable');
  });
});
