// The video's captions beside the conversation: a line's time seeks the video there, and
// "Practise" opens the practice card with the line (or the part of it the learner selected) as
// the phrase and the line as its context, through the same request as highlight-to-practice.
import { formatTimestamp } from '../../../shared/transcript';
import { useI18n } from '../../i18n/use-i18n';
import { materialTranslator } from '../material-messages';
import { sendMessage } from '../../platform/messaging';
import type { TranscriptLine } from '../material';
import { seekVideoInTab } from './video-tab';

interface TranscriptListProps {
  lines: readonly TranscriptLine[];
  tabId: number;
  pageUrl: string;
  /** The video's title, stored with the phrase as an article's title is. */
  pageTitle: string;
}

/** The watch address at the line's moment, so a saved phrase leads back to where it was said. */
export function momentUrl(pageUrl: string, startSec: number): string {
  try {
    const url = new URL(pageUrl);
    url.searchParams.set('t', `${Math.floor(startSec)}s`);
    return url.toString();
  } catch {
    return pageUrl;
  }
}

function selectedPartOf(line: string): string {
  const selected = String(getSelection() ?? '').replace(/\s+/g, ' ').trim();
  return selected && line.includes(selected) ? selected : line;
}

export default function TranscriptList({ lines, tabId, pageUrl, pageTitle }: TranscriptListProps) {
  const t = materialTranslator(useI18n().language);
  const practise = (line: TranscriptLine) =>
    void sendMessage('requestPractice', { tabId, text: selectedPartOf(line.text), sourceUrl: momentUrl(pageUrl, line.startSec), sourceTitle: pageTitle, context: line.text });
  return (
    <details open data-testid="transcript" className="rounded border border-gray-200 text-xs">
      <summary className="cursor-pointer px-2 py-1 font-semibold text-gray-600">{t('transcript')}</summary>
      <ol className="max-h-40 overflow-y-auto">
        {lines.map((line, index) => (
          <li key={`${line.startSec}-${index}`} className="group flex items-start gap-1 px-2 py-0.5 hover:bg-gray-50">
            <button
              type="button"
              data-testid="transcript-line"
              data-start-sec={line.startSec}
              title={t('seekTo', { time: formatTimestamp(line.startSec) })}
              onClick={() => void seekVideoInTab(tabId, line.startSec).catch(() => false)}
              className="flex-1 select-text text-left"
            >
              <span className="mr-1 tabular-nums text-indigo-700">{formatTimestamp(line.startSec)}</span>
              {line.text}
            </button>
            <button type="button" data-testid="practice-line" onClick={() => practise(line)} className="shrink-0 text-indigo-600 underline opacity-70 group-hover:opacity-100">
              {t('practiseLine')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
