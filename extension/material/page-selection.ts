// What the background injects into a page to practise a highlight: the selection, the sentence
// around it and the page it is on (well under 1 KB of code; the context menu itself gives only
// the selected text).
import { browser } from 'wxt/browser';

/** The highlighted text, the sentence it sits in (empty when there is none to find) and the page it is on. */
export interface PageSelection {
  text: string;
  sentence: string;
  title: string;
  url: string;
}

/**
 * Runs inside the page; must not reference anything outside its own body. The sentence is cut
 * from the text of the block the selection starts in (a paragraph, list item, heading, cell), at
 * the nearest sentence ends before and after the selection.
 */
function readSelectionInPage(): PageSelection {
  const MAX_SENTENCE_CHARS = 1000;
  const BLOCK = /^(P|LI|H[1-6]|TD|TH|DD|DT|BLOCKQUOTE|FIGCAPTION|CAPTION|PRE|ARTICLE|SECTION|MAIN|ASIDE|DIV|BODY)$/;
  const selection = getSelection();
  const text = String(selection ?? '').trim();
  const answer = { text, sentence: '', title: document.title, url: location.href };
  if (!selection || selection.rangeCount === 0 || !text) return answer;
  const range = selection.getRangeAt(0);
  let block: Node | null = range.startContainer;
  while (block && !(block instanceof Element && BLOCK.test(block.tagName))) block = block.parentNode;
  if (!block) return answer;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const whole = block.textContent ?? '';
  const start = before.toString().length;
  const end = Math.min(whole.length, start + range.toString().length);
  const ends = [...whole.slice(0, start).matchAll(/[.!?]['"”’)\]]*\s+/g)].at(-1);
  const sentenceStart = ends ? (ends.index ?? 0) + ends[0].length : 0;
  const after = /[.!?]['"”’)\]]*(?=\s|$)/.exec(whole.slice(end));
  const sentenceEnd = after ? end + after.index + after[0].length : whole.length;
  const sentence = whole.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim();
  return { ...answer, sentence: sentence.length <= MAX_SENTENCE_CHARS ? sentence : '' };
}

export async function readPageSelection(tabId: number): Promise<PageSelection> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readSelectionInPage });
  const found = result?.result as Partial<PageSelection> | undefined;
  return { text: found?.text ?? '', sentence: found?.sentence ?? '', title: found?.title ?? '', url: found?.url ?? '' };
}
