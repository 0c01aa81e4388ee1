// The checker in its worker thread, as the server runs it: the same answers as in this thread, and
// the notebook's parses handed over with them, so that keying the turn's corrections parses nothing
// on the event loop.
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerMessage } from '../../pipeline/review-step';
import { patternOf } from '../review/keying/pattern-of';
import { parseSentences } from '../review/language/sentence';
import { createLocalChecker, type LocalChecker } from './index';
import { parsesOf } from './preparse';
import { createThreadedChecker } from './threaded-checker';

const TEXT = 'Yesterday I go to the market and I see many apple. She like it.';

let threaded: LocalChecker;
let local: LocalChecker;
beforeAll(async () => {
  [threaded, local] = await Promise.all([createThreadedChecker(), createLocalChecker()]);
}, 60_000);

describe('the threaded checker', () => {
  it('answers as the checker in this thread does', async () => {
    expect(await threaded.check(TEXT, 'ko')).toEqual(await local.check(TEXT, 'ko'));
  });

  it('hands over the parses of the text and of every sentence a correction keys on', async () => {
    const checked = await threaded.check(TEXT, 'ko', { notebook: true });
    expect(checked.corrections.length).toBeGreaterThanOrEqual(3);
    const message = learnerMessage('m1', TEXT);
    // The text's own parse comes first (a due item is weighed against it), then the rest.
    expect((await parsesOf(checked)!.text)?.map(([piece]) => piece)).toEqual([TEXT]);
    message.remember!(await parsesOf(checked)!.all);
    const keys = checked.corrections.map((c) => patternOf(TEXT, c, message.sentences, message.parse).spec.key);
    // Keyed from the handed-over parses: the same keys as parsing here, and no piece parsed here.
    expect(keys).toEqual(checked.corrections.map((c) => patternOf(TEXT, c, parseSentences(TEXT)).spec.key));
    expect(message.parsedHere).toBe(0);
  });

  it('keeps the parses out of the result itself (the API sends it as it is)', async () => {
    const checked = await threaded.check('I enjoyed to read it.', 'ko', { notebook: true });
    expect(Object.keys(checked).sort()).toEqual(['corrected', 'corrections']);
    expect((await parsesOf(checked)?.all)?.length).toBeGreaterThan(0);
  });

  it('parses nothing for a check that no notebook will key (the API, a practice card)', async () => {
    const checked = await threaded.check('She enjoy to swim.', 'ko');
    expect(checked.corrections.length).toBeGreaterThan(0);
    expect(await parsesOf(checked)?.text).toBeUndefined();
    expect(await parsesOf(checked)?.all).toBeUndefined();
  });
});
