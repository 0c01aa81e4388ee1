// A video's captions travel as plain text, one caption line after another, each starting with its
// time: "[3:12] what is said". The panel writes it, the server reads it back for the tutor, and
// the same text stays readable as it is for an LLM.

export interface TimedLine {
  startSec: number;
  text: string;
}

/** "[3:12]" or "[1:03:12]", anywhere in the text (line breaks may have been collapsed). */
const TIMESTAMP = /\[(?:(\d{1,2}):)?(\d{1,3}):(\d{2})\]/g;

/** 192 -> "3:12", 3792 -> "1:03:12". */
export function formatTimestamp(totalSec: number): string {
  const whole = Math.max(0, Math.floor(totalSec));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function timedLineText(line: TimedLine): string {
  return `[${formatTimestamp(line.startSec)}] ${line.text}`;
}

/** The lines of a timed transcript; text before the first timestamp is dropped. */
export function parseTimedLines(text: string): TimedLine[] {
  const lines: TimedLine[] = [];
  let previous: { startSec: number; end: number } | null = null;
  for (const match of text.matchAll(TIMESTAMP)) {
    if (previous) pushLine(lines, previous.startSec, text.slice(previous.end, match.index));
    const [, hours, minutes, seconds] = match;
    previous = { startSec: Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds), end: match.index + match[0].length };
  }
  if (previous) pushLine(lines, previous.startSec, text.slice(previous.end));
  return lines;
}

function pushLine(lines: TimedLine[], startSec: number, raw: string): void {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text) lines.push({ startSec, text });
}

/** The transcript's words without their timestamps, for topic and key-term analysis. */
export function withoutTimestamps(text: string): string {
  return text.replace(TIMESTAMP, ' ');
}
