// The notebook as a CSV file Anki imports (File > Import): columns front, back, tags. Front is
// the learner's own sentence (or the phrase), back the corrected sentence and the explanation.
// Every field is quoted (RFC 4180: a quote inside doubled), so commas, quotes and line breaks
// stay in their field. The lines before the rows are Anki's file headers (Anki 2.1.55+ reads
// them as settings: comma-separated, plain text, which column holds the tags; older versions
// skip lines starting with #); no row can start with # since every row starts with a quote.
import type { ReviewItemView } from '../../../shared/review';

const HEADER = ['#separator:Comma', '#html:false', '#columns:front,back,tags', '#tags column:3'];

export const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Anki's tags are separated by spaces, so a tag must not contain one. */
const tag = (value: string) => value.replace(/\s+/g, '_');

export function ankiRow(item: ReviewItemView): [string, string, string] {
  const own = item.examples.at(-1)?.text;
  const front = item.kind === 'phrase' ? item.corrected : (own ?? item.pattern);
  const corrected = item.kind === 'phrase' ? item.corrected : (item.correctedSentence ?? item.corrected);
  const back = [corrected, item.explanation].filter((part) => part.trim().length > 0).join('\n');
  return [front, back, ['videoengai', tag(item.type), ...(item.kind === 'phrase' ? ['phrase'] : [])].join(' ')];
}

export function toAnkiCsv(items: readonly ReviewItemView[]): string {
  const rows = items.map((item) => ankiRow(item).map(csvField).join(','));
  return [...HEADER, ...rows].join('\r\n') + '\r\n';
}
