import { describe, expect, it } from 'vitest';
import type { ReviewItemView } from '../../../shared/review';
import { ankiRow, toAnkiCsv } from './anki-csv';

const item: ReviewItemView = {
  id: 'i1',
  kind: 'mistake',
  pattern: 'enjoy + to-infinitive → enjoy + -ing',
  type: 'verb_pattern',
  corrected: 'enjoy reading',
  correctedSentence: 'I enjoyed reading "Dune", really.',
  explanation: "이 동사 뒤에는 '-ing' 형태가 와요.",
  examples: [{ messageId: 'm1', text: 'I enjoyed to read "Dune", really.' }],
  lapses: 0,
  reps: 1,
  due: '2026-03-03T09:00:00.000Z',
  stability: 0.2,
  state: 'review',
  lastReviewedAt: null,
  createdAt: '2026-03-02T09:00:00.000Z',
};

describe('Anki CSV', () => {
  it('puts the learner\'s sentence in front, the corrected sentence and explanation behind, and the type as a tag', () => {
    expect(ankiRow(item)).toEqual(['I enjoyed to read "Dune", really.', 'I enjoyed reading "Dune", really.\n이 동사 뒤에는 \'-ing\' 형태가 와요.', 'videoengai verb_pattern']);
  });

  it('quotes every field and doubles quotes inside, after Anki\'s file headers', () => {
    const lines = toAnkiCsv([item]).split('\r\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:Comma', '#html:false', '#columns:front,back,tags', '#tags column:3']);
    // The line break inside the back field stays inside its quotes.
    expect(lines[4]).toBe('"I enjoyed to read ""Dune"", really.","I enjoyed reading ""Dune"", really.\n이 동사 뒤에는 \'-ing\' 형태가 와요.","videoengai verb_pattern"');
  });
});
