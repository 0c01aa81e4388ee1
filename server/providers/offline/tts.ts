// Offline speech: the side panel speaks the text with speechSynthesis. The server still sends
// estimated per-character timings so the avatar's mouth moves the same way as with a vendor.
import type { Alignment, SpeechChunk, TtsProvider } from '../types';

export const SPEAKING_RATE_CHARS_PER_SEC = 14;
const PAUSE_AFTER_CLAUSE_SEC = 0.2;
const PAUSE_AFTER_SENTENCE_SEC = 0.4;

function pauseAfter(character: string): number {
  if ('.!?…'.includes(character)) return PAUSE_AFTER_SENTENCE_SEC;
  if (',;:'.includes(character)) return PAUSE_AFTER_CLAUSE_SEC;
  return 0;
}

const roundMs = (sec: number): number => Math.round(sec * 1000) / 1000;

/** Estimated timings of each character (code point) of the text, in seconds from its start. */
export function estimateAlignment(text: string, charsPerSec = SPEAKING_RATE_CHARS_PER_SEC): Alignment {
  const characters = Array.from(text);
  const charSec = 1 / charsPerSec;
  const startTimesSec: number[] = [];
  const endTimesSec: number[] = [];
  let clock = 0;
  characters.forEach((character, index) => {
    startTimesSec.push(roundMs(clock));
    clock += charSec;
    endTimesSec.push(roundMs(clock));
    const nextIsSpeech = index + 1 < characters.length;
    if (nextIsSpeech) clock += pauseAfter(character);
  });
  return { characters, startTimesSec, endTimesSec };
}

export function createOfflineTts(): TtsProvider {
  return {
    name: 'browser',
    live: false,
    async *synthesize({ text }, signal): AsyncIterable<SpeechChunk> {
      if (signal.aborted) return;
      yield { audio: new Uint8Array(0), mimeType: 'text/plain', alignment: estimateAlignment(text) };
    },
  };
}
