import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../shared/corrections';
import { cleanArticleText } from '../../learning/article';
import { FARMING_TEXT, FARMING_TITLE } from '../../learning/article/fixture.test-data';
import type { HistoryMessage, LearnerProfile, TutorTurnContext } from '../types';
import { classifyLearnerMessage } from './learnerIntent';
import { createOfflineTutor, splitIntoPieces } from './llm';

const article = { pageUrl: 'https://news.example/rice-robots', pageTitle: FARMING_TITLE, articleText: FARMING_TEXT };
const emptyPage = { pageUrl: 'https://example.com/', pageTitle: 'New Tab', articleText: '' };
const learner: LearnerProfile = { nativeLanguage: 'ko', level: 'B1', name: 'Minji' };
const live = new AbortController().signal;

const agreement: Correction = {
  type: 'agreement',
  original: 'is',
  corrected: 'are',
  start: 15,
  end: 17,
  explanation: '주어가 복수이므로 are를 씁니다.',
  severity: 'moderate',
  source: 'local',
};

function turn(userText: string, history: HistoryMessage[] = [], corrections: Correction[] = [], correctedText = userText): TutorTurnContext {
  return { article, learner, history, userText, localCorrections: corrections, correctedText };
}

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const piece of pieces) all.push(piece);
  return all;
}

async function reply(ctx: TutorTurnContext): Promise<string> {
  return (await collect(createOfflineTutor().streamReply(ctx, live))).join('');
}

/** Plays a conversation of the given learner lines and returns the tutor's replies. */
async function converse(lines: string[]): Promise<string[]> {
  const tutor = createOfflineTutor();
  const history: HistoryMessage[] = [{ role: 'assistant', content: await tutor.opening({ article, learner }, live) }];
  const replies: string[] = [];
  for (const line of lines) {
    const text = (await collect(tutor.streamReply(turn(line, [...history]), live))).join('');
    history.push({ role: 'user', content: line }, { role: 'assistant', content: text });
    replies.push(text);
  }
  return replies;
}

describe('offline tutor', () => {
  it('is the offline, not live, LLM', () => {
    const tutor = createOfflineTutor();
    expect(tutor.name).toBe('offline');
    expect(tutor.live).toBe(false);
  });

  it('opens by greeting the learner, naming the article and asking about it', async () => {
    const opening = await createOfflineTutor().opening({ article, learner }, live);
    expect(opening).toMatch(/^Hi Minji!/);
    expect(opening).toContain('"Robots are changing how farmers grow rice"');
    expect(opening).toMatch(/farmers|robots/);
    expect(opening.trim().endsWith('?')).toBe(true);
  });

  it('says there is no article on an empty page and offers to talk about anything', async () => {
    const opening = await createOfflineTutor().opening({ article: emptyPage, learner: { ...learner, name: null } }, live);
    expect(opening).toMatch(/^Hi!/);
    expect(opening).toContain('no article on this page');
    expect(opening).toContain('anything');
    expect(opening.trim().endsWith('?')).toBe(true);
  });

  it('recasts the learner sentence when the checker corrected it', async () => {
    const text = await reply(turn('I think robots is useful.', [], [agreement], 'I think robots are useful.'));
    expect(text).toMatch(/^A more natural way to say it: "I think robots are useful\."/);
  });

  it('names the fixed parts instead of recasting a sentence the checker could not finish correcting', async () => {
    const went: Correction = { ...agreement, type: 'tense', original: 'go', corrected: 'went', start: 10, end: 12 };
    const text = await reply({ ...turn('Yesterday I go to the zoo and see many robot.', [], [went], 'Yesterday I went to the zoo and see many robot.'), correctionPartial: true });
    expect(text).not.toContain('A more natural way');
    expect(text).not.toContain('see many robot');
    expect(text).toMatch(/^Let's fix one part of your sentence: say "went", not "go"\./);
  });

  it('says a key term with the determiner the article gives it', async () => {
    const politics = {
      pageUrl: 'https://news.example/tax',
      pageTitle: 'Tax plan divides lawmakers',
      articleText: [
        'The president announced a new tax on Monday.',
        'The president said the tax would pay for schools.',
        'Lawmakers from both parties questioned the tax.',
        'The president will meet lawmakers again next week.',
      ].join('\n'),
    };
    const opening = await createOfflineTutor().opening({ article: politics, learner }, live);
    expect(opening).toMatch(/about the (?:president|tax)\b/);
    expect(opening).not.toMatch(/about (?:president|tax)\b/);
  });

  it('quotes whole sentences of the article, never a cut one', async () => {
    const long = {
      pageUrl: 'https://news.example/long',
      pageTitle: 'Long sentences',
      articleText: [
        'The farmers in the northern valley said on Tuesday that the new irrigation canal, which the regional government finished last spring, had doubled their rice harvest.',
        'Farmers in the valley now grow rice twice a year.',
        'The canal brings water from the river to every farm.',
      ].join('\n'),
    };
    const tutor = createOfflineTutor();
    const beginner: LearnerProfile = { ...learner, level: 'A2' };
    const sentences = long.articleText.split('\n');
    for (const line of ['Rice is important.', 'Water is important.', 'What about the canal?']) {
      const text = (await collect(tutor.streamReply({ ...turn(line), article: long, learner: beginner }, live))).join('');
      const quoted = /"([^"]+)"/.exec(text)?.[1];
      if (quoted !== undefined) expect(sentences).toContain(quoted);
      expect(text).not.toContain('…');
    }
  });

  it('does not recast when there is nothing to correct', async () => {
    const text = await reply(turn('I think robots are useful.'));
    expect(text).not.toContain('A more natural way');
  });

  it('echoes a key term the learner used', async () => {
    expect(await reply(turn('Rice is very important in Korea.'))).toMatch(/\brice\b/);
  });

  it('answers a question about a key term from the article itself', async () => {
    const text = await reply(turn('What is the Department of Agriculture?'));
    expect(text).toContain('The article says: "The Department of Agriculture says labour shortages');
  });

  it('admits when the page does not answer a question', async () => {
    expect(await reply(turn('Who invented the first tractor?'))).toContain("this page doesn't say");
  });

  it.each([
    ['Hello!', /Hello|Hi/],
    ["I don't know.", /okay|No problem/],
    ['yes', /full sentence/],
  ])('answers "%s" in kind', async (line, expected) => {
    expect(await reply(turn(line))).toMatch(expected);
  });

  it('moves through the article over several turns, quoting a different sentence each time', async () => {
    const replies = await converse([
      'Robots sound useful.',
      'I agree with that.',
      'Farming is hard work.',
      'Water is important.',
    ]);
    const text = cleanArticleText(FARMING_TEXT);
    const quoted = replies.map((r) => /"([^"]+)"/.exec(r)?.[1]?.replace(/…$/, '') ?? '');
    for (const q of quoted) expect(text).toContain(q);
    expect(new Set(quoted).size).toBe(replies.length);
    const positions = quoted.map((q) => text.indexOf(q));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const r of replies) expect(r.trim().endsWith('?')).toBe(true);
  });

  it('is deterministic and varies its phrasing between turns', async () => {
    const lines = ['Robots sound useful.', 'I agree with that.', 'Farming is hard work.', 'I like it.', 'Okay then.'];
    const first = await converse(lines);
    expect(await converse(lines)).toEqual(first);
    const leads = new Set(first.map((r) => r.split('"')[0]));
    expect(leads.size).toBeGreaterThan(1);
  });

  it('keeps to free conversation questions on an empty page', async () => {
    const text = await reply({ ...turn('I went to school today.'), article: emptyPage });
    expect(text.trim().endsWith('?')).toBe(true);
    expect(text).not.toContain('article says');
  });

  it('never claims to be ChatGPT or another named model', async () => {
    const replies = await converse(['Are you ChatGPT?', 'What are you?', 'Hello', "I don't know", 'What is AI?']);
    const opening = await createOfflineTutor().opening({ article, learner }, live);
    for (const text of [opening, ...replies]) expect(text).not.toMatch(/chatgpt|\bgpt|openai|language model|as an ai/i);
  });

  it('streams the reply in pieces of a few words that join into the whole reply', async () => {
    const pieces = await collect(createOfflineTutor().streamReply(turn('Robots sound useful to me.'), live));
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
    expect(pieces.join('')).toBe(await reply(turn('Robots sound useful to me.')));
  });

  it('stops streaming when the signal is aborted', async () => {
    const controller = new AbortController();
    const received: string[] = [];
    for await (const piece of createOfflineTutor().streamReply(turn('Robots sound useful to me.'), controller.signal)) {
      received.push(piece);
      if (received.length === 2) controller.abort();
    }
    expect(received).toHaveLength(2);
    const aborted = AbortSignal.abort();
    expect(await collect(createOfflineTutor().streamReply(turn('Hello'), aborted))).toEqual([]);
  });

  it('leaves correction analysis to the local checker', async () => {
    expect(await createOfflineTutor().analyzeCorrections(turn('I is happy.'), live)).toEqual([]);
  });
});

describe('splitIntoPieces', () => {
  it('keeps the spaces so the pieces join back into the text', () => {
    expect(splitIntoPieces('One two three four five.', 2)).toEqual(['One two', ' three four', ' five.']);
  });
});

describe('classifyLearnerMessage', () => {
  it.each([
    ['', 'silent'],
    ['Hi there', 'greeting'],
    ["I'm not sure about that", 'unsure'],
    ['Why do farmers need robots', 'question'],
    ['It is cheap?', 'question'],
    ['Yes', 'short'],
    ['I think it is a good idea.', 'statement'],
  ])('"%s" is %s', (text, intent) => {
    expect(classifyLearnerMessage(text)).toBe(intent);
  });
});
