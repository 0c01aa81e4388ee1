// The part of a transcript a session carries: all of it when it fits the server's limit on page
// text, otherwise the lines around where the learner is in the video (a quarter of the room
// before, the rest after), as a long article is cut.
import { MAX_ARTICLE_CHARS } from '../../../shared/api';
import { timedLineText } from '../../../shared/transcript';
import type { TranscriptLine } from '../material';

const SHARE_BEFORE = 0.25;

export function transcriptWindowText(lines: readonly TranscriptLine[], atSec = 0, maxChars = MAX_ARTICLE_CHARS): string {
  const texts = lines.map((line) => timedLineText(line));
  const cost = (i: number) => texts[i]!.length + 1;
  const total = texts.reduce((sum, text) => sum + text.length + 1, 0);
  if (total <= maxChars) return texts.join('\n');

  let here = lines.findIndex((line) => line.startSec + line.durationSec > atSec);
  if (here < 0) here = lines.length - 1;
  let first = here;
  let used = 0;
  while (first > 0 && used + cost(first - 1) <= maxChars * SHARE_BEFORE) used += cost(--first);
  let last = here - 1;
  while (last + 1 < lines.length && used + cost(last + 1) <= maxChars) used += cost(++last);
  // Near the end of the video the room left after it goes to the lines before.
  while (first > 0 && used + cost(first - 1) <= maxChars) used += cost(--first);
  return texts.slice(first, last + 1).join('\n');
}
