// Readability's textContent keeps the page source's indentation and line breaks, and pages carry
// invisible characters (zero-width spaces, byte-order marks) that would split words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

// The extension sends Readability's textContent, but the API is open to any client: page text
// is untrusted and may carry markup. Scripts and styles go whole, other tags become spaces.
const SCRIPT_OR_STYLE = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z][^>]*>|<!--[\s\S]*?-->/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

export function stripMarkup(text: string): string {
  return text
    .replace(SCRIPT_OR_STYLE, ' ')
    .replace(TAG, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Strips markup, collapses every run of whitespace to one space and drops invisible characters. */
export function cleanArticleText(text: string): string {
  return stripMarkup(text).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The text's lines, each cleaned like cleanArticleText. Readability keeps a line break between a
 * heading, a caption or a byline and the paragraph after it, so lines tell where prose starts.
 */
export function cleanArticleLines(text: string): string[] {
  return stripMarkup(text)
    .replace(INVISIBLE, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** A page title without its site name ("Rice prices rise | BBC News" -> "Rice prices rise"). */
export function cleanTitle(title: string): string {
  const clean = cleanArticleText(title);
  const parts = clean.split(/\s+[|\u2013\u2014-]\s+/);
  const first = parts[0] ?? '';
  return first.length >= 8 || parts.length === 1 ? first : clean;
}
