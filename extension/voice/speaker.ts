// The tutor's voice: sentences play in order, each from the server's audio with its alignment or
// spoken by the browser (speech synthesis, mouth following word boundaries). It reports
// speaking on/off and the current mouth shape. Without a usable browser voice (headless, none
// installed) the mouth follows estimated timings so the reply is still visibly "spoken".
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

export interface Utterance {
  text: string;
  /** Audio to play; without it the browser speaks `text`. */
  src?: string;
  alignment?: CharacterAlignment;
}

export interface Speaker {
  say: (utterance: Utterance) => void;
  cancel: () => void;
}

export interface SpeakerOptions {
  onSpeaking: (speaking: boolean) => void;
  onViseme: (viseme: Viseme) => void;
  synth?: SpeechSynthesis | null;
  voiceName?: () => string;
  rate?: () => number;
  frameMs?: number;
}

type Stop = () => void;
type Player = (utterance: Utterance, done: () => void) => Stop;

const NO_VOICE_GRACE_MS = 400;

/** Frees a sentence's audio once it has played or been dropped. */
function release(utterance: Utterance): void {
  if (utterance.src?.startsWith('blob:')) URL.revokeObjectURL(utterance.src);
}

export function createSpeaker(options: SpeakerOptions): Speaker {
  const { onSpeaking, onViseme, frameMs = 50 } = options;
  const synth = options.synth === undefined ? (globalThis.speechSynthesis ?? null) : options.synth;
  const queue: Utterance[] = [];
  let stopCurrent: Stop | null = null;

  function animate(cues: () => VisemeCue[], elapsedMs: () => number): Stop {
    const timer = setInterval(() => onViseme(visemeAt(cues(), elapsedMs())), frameMs);
    return () => clearInterval(timer);
  }

  const playEstimated: Player = (utterance, done) => {
    const start = performance.now();
    const cues = alignmentToCues(utterance.alignment ?? estimateAlignment(utterance.text));
    const stopAnimation = animate(() => cues, () => performance.now() - start);
    const timer = setTimeout(done, cuesDurationMs(cues) + 150);
    return () => {
      clearTimeout(timer);
      stopAnimation();
    };
  };

  const playSynth: Player = (utterance, done) => {
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return playEstimated(utterance, done);
    const { text } = utterance;
    const speech = new SpeechSynthesisUtterance(text);
    speech.lang = 'en-US';
    speech.rate = options.rate?.() ?? 1;
    const wanted = options.voiceName?.();
    const voice = synth.getVoices().find((v) => (wanted ? v.name === wanted : v.lang.startsWith('en')));
    if (voice) speech.voice = voice;
    const start = performance.now();
    let cues = alignmentToCues(utterance.alignment ?? estimateAlignment(text));
    let started = false;
    let fallback: Stop | null = null;
    const stopAnimation = animate(() => cues, () => performance.now() - start);
    const stopSpeech = () => {
      speech.onend = speech.onerror = null;
      stopAnimation();
      synth.cancel();
    };
    const useEstimate = () => {
      stopSpeech();
      fallback = playEstimated(utterance, done);
    };
    speech.onstart = () => (started = true);
    speech.onboundary = (event) => {
      if (event.name !== 'word') return;
      const length = event.charLength || (/^[\w'-]+/.exec(text.slice(event.charIndex))?.[0].length ?? 1);
      const word = text.slice(event.charIndex, event.charIndex + length);
      cues = wordToCues(word, performance.now() - start, word.length * 70);
    };
    const finish = () => {
      stopSpeech();
      done();
    };
    speech.onend = finish;
    speech.onerror = () => (started ? finish() : useEstimate());
    const grace = setTimeout(() => !started && useEstimate(), NO_VOICE_GRACE_MS);
    synth.speak(speech);
    return () => {
      clearTimeout(grace);
      stopSpeech();
      fallback?.();
    };
  };

  const playAudio: Player = (utterance, done) => {
    const audio = new Audio(utterance.src);
    const cues = alignmentToCues(utterance.alignment ?? estimateAlignment(utterance.text));
    const stopAnimation = animate(() => cues, () => audio.currentTime * 1000);
    let fallback: Stop | null = null;
    let stopped = false;
    // Audio that cannot play (undecodable, or refused by the autoplay policy) is spoken instead.
    const speakInstead = () => {
      if (stopped || fallback) return;
      audio.onended = audio.onerror = null;
      stopAnimation();
      fallback = playSynth(utterance, done);
    };
    audio.onended = () => {
      stopAnimation();
      release(utterance);
      done();
    };
    audio.onerror = speakInstead;
    audio.play().catch(speakInstead);
    return () => {
      stopped = true;
      audio.onended = audio.onerror = null;
      stopAnimation();
      audio.pause();
      fallback?.();
      release(utterance);
    };
  };

  function playNext(): void {
    const next = queue.shift();
    if (!next) {
      stopCurrent = null;
      onViseme('rest');
      onSpeaking(false);
      return;
    }
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      playNext();
    };
    stopCurrent = (next.src ? playAudio : playSynth)(next, done);
  }

  return {
    say(utterance) {
      if (!utterance.text.trim() && !utterance.src) return;
      queue.push(utterance);
      if (stopCurrent) return;
      onSpeaking(true);
      playNext();
    },
    cancel() {
      queue.splice(0).forEach(release);
      if (!stopCurrent) return;
      const stop = stopCurrent;
      stopCurrent = null;
      stop();
      onViseme('rest');
      onSpeaking(false);
    },
  };
}
