// What the tutor needs to know about a video: its title and captions. Topics and key terms come
// from the caption words as they do from an article's; the moments worth talking about keep
// their time, so the tutor can point at them ("at 3:12 …").
import { parseTimedLines, withoutTimestamps, type TimedLine } from '../../../shared/transcript';
import { analyzeArticle, type ArticleAnalysis } from '../article';
import { MAX_DISCUSSABLE_WORDS, MIN_DISCUSSABLE_WORDS } from '../article/discussable';

export interface VideoAnalysis extends ArticleAnalysis {
  /** Passages of a few caption lines each, about the key terms, in video order, with their start time. */
  moments: TimedLine[];
}

const MAX_MOMENTS = 12;

/** Caption lines are fragments ("and then the bees"); join them into passages one can quote. */
export function passagesOf(lines: readonly TimedLine[]): TimedLine[] {
  const passages: TimedLine[] = [];
  let current: TimedLine | null = null;
  for (const line of lines) {
    current = current ? { startSec: current.startSec, text: `${current.text} ${line.text}` } : { ...line };
    const words = current.text.split(' ').length;
    if ((words >= MIN_DISCUSSABLE_WORDS && /[.!?]["'\u201D\u2019)]*$/.test(current.text)) || words >= 20) {
      passages.push(current);
      current = null;
    }
  }
  if (current) passages.push(current);
  return passages;
}

function mentionsAny(text: string, terms: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return terms.some((term) => lower.includes(term.toLowerCase()));
}

/** At most `count` items taken evenly from the whole list, so the tutor walks through all of the video. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** Deterministic, linear in the transcript's length. */
export function analyzeVideo(title: string, timedText: string): VideoAnalysis {
  const analysis = analyzeArticle(title, withoutTimestamps(timedText));
  const passages = passagesOf(parseTimedLines(timedText)).filter((p) => {
    const words = p.text.split(' ').length;
    return words >= MIN_DISCUSSABLE_WORDS && words <= MAX_DISCUSSABLE_WORDS;
  });
  const onTopic = passages.filter((p) => mentionsAny(p.text, analysis.keyTerms));
  const moments = spread(onTopic.length > 0 ? onTopic : passages, MAX_MOMENTS);
  return { ...analysis, moments, discussable: moments.map((m) => m.text) };
}
