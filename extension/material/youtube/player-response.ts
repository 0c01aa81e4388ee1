// The player data a watch page carries: `ytInitialPlayerResponse = {...};` inside a <script> of
// its HTML, as YouTube serves it.

const ASSIGNMENT = /ytInitialPlayerResponse["']?\]?\s*=\s*\{/g;

/**
 * The player response assigned in the page's HTML, parsed; null when there is none. Scans to the
 * matching brace (strings and escapes respected) rather than to the first "};", which captions'
 * URLs and descriptions can contain.
 */
export function readPlayerResponse(html: string): unknown {
  for (const match of html.matchAll(ASSIGNMENT)) {
    const start = match.index + match[0].length - 1;
    const end = matchingBrace(html, start);
    if (end < 0) continue;
    try {
      return JSON.parse(html.slice(start, end + 1));
    } catch {
      continue;
    }
  }
  return null;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && --depth === 0) return i;
  }
  return -1;
}
