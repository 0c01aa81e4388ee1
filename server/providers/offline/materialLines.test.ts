// The offline tutor on a video's captions keeps the article tutor's habits: key terms with the
// determiners the captions give them, whole passages quoted (never cut with "…"), and a recast
// only of a sentence the checker fully corrected.
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../shared/corrections';
import { analyzeVideo } from '../../learning/video';
import type { LearnerProfile, TutorTurnContext } from '../types';
import { createOfflineTutor } from './llm';

const CAPTIONS = [
  '[0:00] Hi everyone, welcome back to the channel.',
  '[0:04] Today we look at how the queen controls the hive.',
  '[0:09] The queen lays every egg in the hive, and the workers feed her all day long while the drones wait outside for the summer.',
  '[0:21] The queen leaves the hive only once in her life.',
  '[0:30] Workers build the comb from wax they make themselves.',
  '[1:02] When the queen grows old, the workers raise a new queen.',
  '[1:40] The hive can live for many years this way.',
  '[2:15] The queen is the mother of every bee in the hive.',
].join('\n');
const video = {
  pageUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
  pageTitle: 'Inside the hive',
  articleText: CAPTIONS,
  materialKind: 'video' as const,
  materialAuthor: 'Nature Now',
};
const beginner: LearnerProfile = { nativeLanguage: 'ko', level: 'A2', name: 'Minji' };
const live = new AbortController().signal;
const passages = analyzeVideo(video.pageTitle, CAPTIONS).moments.map((m) => m.text);

async function text(pieces: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const piece of pieces) all += piece;
  return all;
}

function turn(userText: string, extra: Partial<TutorTurnContext> = {}): TutorTurnContext {
  return { article: video, learner: beginner, history: [], userText, localCorrections: [], correctedText: userText, ...extra };
}

const quoted = (line: string) => [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).filter((q) => q !== video.pageTitle);

describe('offline tutor on a video', () => {
  it('says a key term with the determiner the captions give it', async () => {
    const opening = await createOfflineTutor().opening({ article: video, learner: beginner }, live);
    expect(opening).toMatch(/about the (?:queen|hive)\b/);
    expect(opening).not.toMatch(/about (?:queen|hive)\b/);
  });

  it('quotes whole caption passages short enough for the level, never a cut one', async () => {
    const tutor = createOfflineTutor();
    const lines = [await tutor.opening({ article: video, learner: beginner }, live)];
    for (const [i, said] of ['The queen is important.', 'I like bees.', 'Workers are busy.', 'It is amazing.'].entries()) {
      lines.push(await text(tutor.streamReply(turn(said, { history: Array.from({ length: i + 1 }, () => ({ role: 'assistant' as const, content: 'x' })) }), live)));
    }
    for (const line of lines) {
      expect(line).not.toContain('…');
      for (const q of quoted(line)) {
        expect(passages).toContain(q);
        expect(q.split(' ').length).toBeLessThanOrEqual(16);
      }
    }
    // The 24-word passage at 0:09 is too long for A2 and is skipped rather than cut.
    expect(lines.join(' ')).not.toContain('at 0:09');
  });

  it('names the fixed parts instead of recasting a sentence the checker could not finish correcting', async () => {
    const went: Correction = {
      type: 'tense',
      original: 'go',
      corrected: 'went',
      start: 10,
      end: 12,
      explanation: '과거 시제를 씁니다.',
      severity: 'moderate',
      source: 'local',
    };
    const reply = await text(
      createOfflineTutor().streamReply(
        turn('Yesterday I go to a farm and see many bee.', { localCorrections: [went], correctedText: 'Yesterday I went to a farm and see many bee.', correctionPartial: true }),
        live,
      ),
    );
    expect(reply).not.toContain('A more natural way');
    expect(reply).not.toContain('see many bee');
    expect(reply).toContain('say "went", not "go"');
  });
});
