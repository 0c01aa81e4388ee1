// The tutor's voice: the server's audio with its alignment, or the browser's speech synthesis
// with word boundaries. Either way it reports speaking on/off and the current mouth shape.
// When the browser has no voice (headless, or none installed) the mouth still follows the
// estimated timings so the learner sees the reply being "spoken".
import {
  alignmentToCues,
  cuesDurationMs,
  estimateAlignment,
  visemeAt,
  wordToCues,
  type CharacterAlignment,
  type Viseme,
  type VisemeCue,
} from './visemes';

export interface SpeakerCallbacks {
  onSpeaking: (speaking: boolean) => void;
  onViseme: (viseme: Viseme) => void;
}

export interface Speaker {
  speakText: (text: string) => void;
  playAudio: (src: string, alignment?: CharacterAlignment, text?: string) => void;
  cancel: () => void;
}

export interface SpeakerOptions extends SpeakerCallbacks {
  synth?: SpeechSynthesis | null;
  voiceName?: () => string;
  rate?: () => number;
  frameMs?: number;
}

const NO_VOICE_GRACE_MS = 400;

export function createSpeaker(options: SpeakerOptions): Speaker {
  const { onSpeaking, onViseme, frameMs = 50 } = options;
  const synth = options.synth === undefined ? globalThis.speechSynthesis ?? null : options.synth;
  let stopCurrent: (() => void) | null = null;

  /** Drives the mouth from a cue list against a clock until `done` or the cues run out. */
  function animate(getCues: () => VisemeCue[], elapsedMs: () => number, finishWhenCuesEnd: boolean, finish: () => void) {
    const timer = setInterval(() => {
      const t = elapsedMs();
      onViseme(visemeAt(getCues(), t));
      if (finishWhenCuesEnd && t > cuesDurationMs(getCues()) + 150) finish();
    }, frameMs);
    return () => clearInterval(timer);
  }

  function begin(): (stop: () => void) => () => void {
    stopCurrent?.();
    let ended = false;
    return (stop) => {
      const end = () => {
        if (ended) return;
        ended = true;
        stop();
        stopCurrent = null;
        onViseme('rest');
        onSpeaking(false);
      };
      stopCurrent = end;
      onSpeaking(true);
      return end;
    };
  }

  function speakEstimated(text: string): void {
    const start = performance.now();
    const cues = alignmentToCues(estimateAlignment(text));
    let stopAnimation = () => {};
    const end = begin()(() => stopAnimation());
    stopAnimation = animate(() => cues, () => performance.now() - start, true, end);
  }

  function speakText(text: string): void {
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return speakEstimated(text);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-US';
    utterance.rate = options.rate?.() ?? 1;
    const wanted = options.voiceName?.();
    const voice = synth.getVoices().find((v) => (wanted ? v.name === wanted : v.lang.startsWith('en')));
    if (voice) utterance.voice = voice;

    const start = performance.now();
    let cues = alignmentToCues(estimateAlignment(text));
    let started = false;
    let stopAnimation = () => {};
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const end = begin()(() => {
      clearTimeout(graceTimer);
      stopAnimation();
      synth.cancel();
    });
    stopAnimation = animate(() => cues, () => performance.now() - start, false, end);
    utterance.onstart = () => {
      started = true;
    };
    utterance.onboundary = (event) => {
      if (event.name !== 'word') return;
      const word = text.slice(event.charIndex, event.charIndex + (event.charLength || wordLength(text, event.charIndex)));
      const elapsed = performance.now() - start;
      cues = wordToCues(word, elapsed, word.length * 70);
    };
    utterance.onend = end;
    utterance.onerror = () => {
      if (!started) {
        end();
        speakEstimated(text);
      } else end();
    };
    graceTimer = setTimeout(() => {
      if (started) return;
      end();
      speakEstimated(text);
    }, NO_VOICE_GRACE_MS);
    synth.speak(utterance);
  }

  function playAudio(src: string, alignment?: CharacterAlignment, text = ''): void {
    const audio = new Audio(src);
    const cues = alignmentToCues(alignment ?? estimateAlignment(text));
    let stopAnimation = () => {};
    const end = begin()(() => {
      stopAnimation();
      audio.pause();
    });
    stopAnimation = animate(() => cues, () => audio.currentTime * 1000, false, end);
    audio.onended = end;
    audio.onerror = () => {
      end();
      if (text) speakEstimated(text);
    };
    audio.play().catch(() => undefined);
  }

  return {
    speakText,
    playAudio,
    cancel: () => stopCurrent?.(),
  };
}

function wordLength(text: string, from: number): number {
  const match = /^[\w'-]+/.exec(text.slice(from));
  return match ? match[0].length : 1;
}
