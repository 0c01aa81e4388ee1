// Mouth shapes for the panel's avatar, from the server's character alignment or from the
// browser's speech-synthesis word boundaries. Times are milliseconds from the start of the audio.
export type Viseme = 'rest' | 'open' | 'wide' | 'round' | 'closed' | 'teeth';

export interface VisemeCue {
  startMs: number;
  endMs: number;
  viseme: Viseme;
}

export interface CharacterAlignment {
  chars: string[];
  startsMs: number[];
  endsMs: number[];
}

export function visemeOfChar(char: string): Viseme {
  const c = char.toLowerCase();
  if (/[aæ]/.test(c)) return 'open';
  if (/[eiy]/.test(c)) return 'wide';
  if (/[ouwq]/.test(c)) return 'round';
  if (/[mbp]/.test(c)) return 'closed';
  if (/[fvszctdnlrgkjhx]/.test(c)) return 'teeth';
  return 'rest';
}

/** Merges runs of the same shape so the avatar does not flicker at every letter. */
export function alignmentToCues(alignment: CharacterAlignment): VisemeCue[] {
  const cues: VisemeCue[] = [];
  const count = Math.min(alignment.chars.length, alignment.startsMs.length, alignment.endsMs.length);
  for (let i = 0; i < count; i++) {
    const viseme = visemeOfChar(alignment.chars[i] ?? ' ');
    const startMs = alignment.startsMs[i] ?? 0;
    const endMs = Math.max(startMs, alignment.endsMs[i] ?? startMs);
    const last = cues[cues.length - 1];
    if (last && last.viseme === viseme && startMs - last.endMs < 30) last.endMs = endMs;
    else cues.push({ startMs, endMs, viseme });
  }
  return cues;
}

/** Spreads a word's letters evenly over its estimated duration (speech-synthesis boundaries). */
export function wordToCues(word: string, startMs: number, durationMs: number): VisemeCue[] {
  const letters = [...word];
  if (letters.length === 0) return [];
  const step = durationMs / letters.length;
  return alignmentToCues({
    chars: letters,
    startsMs: letters.map((_, i) => startMs + i * step),
    endsMs: letters.map((_, i) => startMs + (i + 1) * step),
  });
}

/** Estimated alignment of a text spoken at a steady pace, used when no real timings exist. */
export function estimateAlignment(text: string, msPerChar = 65): CharacterAlignment {
  const chars = [...text];
  return {
    chars,
    startsMs: chars.map((_, i) => i * msPerChar),
    endsMs: chars.map((_, i) => (i + 1) * msPerChar),
  };
}

export function visemeAt(cues: readonly VisemeCue[], timeMs: number): Viseme {
  for (const cue of cues) {
    if (timeMs < cue.startMs) return 'rest';
    if (timeMs < cue.endMs) return cue.viseme;
  }
  return 'rest';
}

export function cuesDurationMs(cues: readonly VisemeCue[]): number {
  return cues.reduce((max, cue) => Math.max(max, cue.endMs), 0);
}
