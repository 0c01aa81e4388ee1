// Correcting the corrected text again: new findings land on the learner's words, and a text the
// checker cannot finish correcting is marked partial.
import { describe, expect, it } from 'vitest';
import type { Finding } from './finding';
import { composeFindings, correctUntilClean } from './recheck';

function finding(text: string, original: string, corrected: string, ruleId = 'test.rule', from = 0): Finding {
  const start = text.indexOf(original, from);
  if (start < 0) throw new Error(`"${original}" is not in "${text}"`);
  return { ruleId, type: 'grammar', severity: 'moderate', start, end: start + original.length, original, corrected };
}

describe('composeFindings', () => {
  it('merges a second fix of the same word into the first, keeping the newer rule', () => {
    const text = 'I goes to the park yesterday.';
    const first = finding(text, 'goes', 'go', 'harper.Agreement');
    const corrected = 'I go to the park yesterday.';
    const second = finding(corrected, 'go', 'went', 'tense.past-time');
    expect(composeFindings(text, [first], corrected, [second])).toEqual([
      { ...second, start: 2, end: 6, original: 'goes', corrected: 'went' },
    ]);
  });

  it('maps a fix elsewhere in the corrected text back onto the learner\'s offsets', () => {
    const text = 'My teacher gave me many advices and I see many robot.';
    const first = finding(text, 'many advices', 'a lot of advice');
    const corrected = 'My teacher gave me a lot of advice and I see many robot.';
    const second = finding(corrected, 'robot', 'robots');
    const composed = composeFindings(text, [first], corrected, [second]);
    expect(composed.map((f) => text.slice(f.start, f.end))).toEqual(['many advices', 'robot']);
    expect(composed[1]).toMatchObject({ original: 'robot', corrected: 'robots' });
  });

  it('drops a fix that a later one undoes', () => {
    const text = 'It is fine.';
    const first = finding(text, 'fine', 'good');
    const corrected = 'It is good.';
    expect(composeFindings(text, [first], corrected, [finding(corrected, 'good', 'fine')])).toEqual([]);
  });
});

describe('correctUntilClean', () => {
  it('corrects again what the first round revealed', async () => {
    const fixes: Record<string, [string, string]> = { 'I goes there yesterday.': ['goes', 'go'], 'I go there yesterday.': ['go', 'went'] };
    const find = async (text: string) => {
      const fix = fixes[text];
      return fix ? [finding(text, ...fix)] : [];
    };
    const result = await correctUntilClean('I goes there yesterday.', find);
    expect(result).toMatchObject({ corrected: 'I went there yesterday.', partial: false });
    expect(result.findings).toHaveLength(1);
  });

  it('marks the result partial when something is still left after the last round', async () => {
    let round = 0;
    const find = async (text: string) => [finding(text, text.split(' ')[0]!, `x${++round}`)];
    const result = await correctUntilClean('one two three', find, 3);
    expect(result.partial).toBe(true);
  });

  it('checks a clean text once', async () => {
    let calls = 0;
    const result = await correctUntilClean('All good.', async () => {
      calls++;
      return [];
    });
    expect(result).toEqual({ findings: [], corrected: 'All good.', partial: false });
    expect(calls).toBe(1);
  });
});
