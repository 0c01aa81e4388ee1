// The text's blocks of prose, from its lines: a line that ends without a full stop is a heading,
// a caption or a byline when the next line starts a new sentence, and a wrapped line of a
// paragraph when the next line goes on with it ("The Department of Agriculture says" /
// "labour shortages ..."). Sentences are cut inside blocks, so a heading never runs into the
// first sentence after it.
const ENDS_SENTENCE = /[.!?\u2026]["'\u201D\u2019)\]]*$/;
// A line that ends on one of these cannot end a heading: the sentence goes on.
const ENDS_MID_SENTENCE = /(?:,|;|:|-|\u2013|\b(?:the|a|an|of|and|or|but|to|in|on|at|for|with|by|from|that|which|who|is|are|was|were|has|have|had|its|their|his|her|our|as|than))$/i;
// Headings and captions are short; a long line without a full stop is wrapped prose.
const MAX_HEADING_WORDS = 14;

function goesOn(line: string, next: string): boolean {
  if (ENDS_SENTENCE.test(line)) return false;
  if (ENDS_MID_SENTENCE.test(line) || /^[a-z0-9(]/.test(next)) return true;
  // Only the words after the line's last full stop: "A diver on the reef. Image: Research Centre"
  // ends with a credit, not with wrapped prose.
  const tail = line.split(/[.!?\u2026]["'\u201D\u2019)\]]*\s+/).at(-1) ?? line;
  return tail.split(' ').length > MAX_HEADING_WORDS;
}

// Readability keeps the small ads that sit inside an article: a label line and the ad's copy.
const AD_LABEL = /^(?:advertisement|sponsored|promoted|paid content|ad)[:.]?$/i;
// "Sponsored The best phone cases of 2026": a label and a headline on one line, no sentence.
const LABELLED_AD = /^(?:advertisement|sponsored)\b(?!.*[.!?]["'\u201D\u2019]?$)/i;
const MAX_AD_WORDS = 20;

const words = (line: string) => line.split(' ').length;

/** The lines without in-article ads: a label on its own takes the short line after it along. */
export function withoutAds(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (AD_LABEL.test(line)) {
      if (words(lines[i + 1] ?? '') <= MAX_AD_WORDS) i++;
    } else if (!(LABELLED_AD.test(line) && words(line) <= MAX_AD_WORDS)) {
      kept.push(line);
    }
  }
  return kept;
}

export function blocksOf(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let current = '';
  for (const line of withoutAds(lines)) {
    if (current === '') current = line;
    else if (goesOn(current, line)) current = `${current} ${line}`;
    else {
      blocks.push(current);
      current = line;
    }
  }
  if (current !== '') blocks.push(current);
  return blocks;
}

/** Whether a sentence is prose one can quote: it ends like a sentence and holds no address. */
export function looksLikeProse(sentence: string): boolean {
  return ENDS_SENTENCE.test(sentence) && !/https?:|www\.|@/.test(sentence);
}
