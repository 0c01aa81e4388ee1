// Caption files in the player's formats: json3 (events[].tStartMs, dDurationMs, segs[].utf8) and
// the timedtext XML, srv1 (<text start dur> in seconds) or srv3 (<p t d> in milliseconds).
import type { TranscriptLine } from '../material';

export function parseCaptionFile(body: string): TranscriptLine[] {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) return parseJson3(trimmed);
  if (trimmed.startsWith('<')) return parseTimedTextXml(trimmed);
  return [];
}

interface Json3Event {
  tStartMs?: number;
  dDurationMs?: number;
  segs?: { utf8?: string }[];
}

function parseJson3(body: string): TranscriptLine[] {
  let events: Json3Event[];
  try {
    const parsed = JSON.parse(body) as { events?: unknown };
    events = Array.isArray(parsed.events) ? (parsed.events as Json3Event[]) : [];
  } catch {
    return [];
  }
  const lines: TranscriptLine[] = [];
  for (const event of events) {
    if (!event || !Array.isArray(event.segs)) continue;
    const text = clean(event.segs.map((s) => (typeof s?.utf8 === 'string' ? s.utf8 : '')).join(''));
    if (!text) continue;
    lines.push({ startSec: (Number(event.tStartMs) || 0) / 1000, durationSec: (Number(event.dDurationMs) || 0) / 1000, text });
  }
  return lines;
}

const CUE = /<(text|p)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"/g;

function parseTimedTextXml(body: string): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const [, , rawAttributes = '', inner = ''] of body.matchAll(CUE)) {
    const attributes = new Map([...rawAttributes.matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [name, value]));
    // srv1 times are seconds ("start", "dur"); srv3 (and srv2) times are milliseconds ("t", "d").
    const seconds = attributes.has('start');
    const start = Number(attributes.get(seconds ? 'start' : 't') ?? 0) || 0;
    const duration = Number(attributes.get(seconds ? 'dur' : 'd') ?? 0) || 0;
    const text = clean(decodeEntities(inner.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '')));
    if (!text) continue;
    lines.push({ startSec: seconds ? start : start / 1000, durationSec: seconds ? duration : duration / 1000, text });
  }
  return lines;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** srv1 escapes its text twice ("&amp;#39;" for an apostrophe): decode until nothing changes, twice at most. */
function decodeEntities(text: string): string {
  const once = decodeOnce(text);
  return once === text ? once : decodeOnce(once);
}

function clean(text: string): string {
  return text.replace(/[\s\u200B]+/g, ' ').trim();
}
