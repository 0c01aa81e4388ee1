// The browser's speech recognition (Chrome's webkitSpeechRecognition), used for the live
// transcript and to turn speech into text turns. Hands-free mode restarts after each result,
// so the browser's own end-of-speech detection ends each turn on silence.

interface RecognitionResultLike {
  isFinal: boolean;
  0: { transcript: string };
}
interface RecognitionEventLike {
  resultIndex: number;
  results: ArrayLike<RecognitionResultLike>;
}
interface RecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionEventLike) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
  abort: () => void;
}
type RecognitionCtor = new () => RecognitionLike;

export interface RecognizerHandlers {
  onInterim: (text: string) => void;
  onFinal: (text: string) => void;
  onError: (error: string) => void;
  onEnd: () => void;
}

export interface Recognizer {
  start: (handsFree: boolean) => void;
  stop: () => void;
}

export function recognitionSupported(scope: object = globalThis): boolean {
  return recognitionCtor(scope) !== null;
}

function recognitionCtor(scope: object): RecognitionCtor | null {
  const candidates = scope as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return candidates.SpeechRecognition ?? candidates.webkitSpeechRecognition ?? null;
}

export function createRecognizer(handlers: RecognizerHandlers, scope: object = globalThis): Recognizer | null {
  const found = recognitionCtor(scope);
  if (!found) return null;
  const Ctor: RecognitionCtor = found;
  let current: RecognitionLike | null = null;
  let keepListening = false;

  function listen(): void {
    const recognition = new Ctor();
    recognition.lang = 'en-US';
    recognition.interimResults = true;
    recognition.continuous = false;
    let finalText = '';
    recognition.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (!result) continue;
        if (result.isFinal) finalText += result[0].transcript;
        else interim += result[0].transcript;
      }
      handlers.onInterim((finalText + interim).trim());
    };
    recognition.onerror = (event) => {
      if (event.error !== 'no-speech' && event.error !== 'aborted') {
        keepListening = false;
        handlers.onError(event.error);
      }
    };
    recognition.onend = () => {
      if (finalText.trim()) handlers.onFinal(finalText.trim());
      handlers.onInterim('');
      if (keepListening && current === recognition) listen();
      else {
        current = null;
        handlers.onEnd();
      }
    };
    current = recognition;
    recognition.start();
  }

  return {
    start(handsFree) {
      keepListening = handsFree;
      if (!current) listen();
    },
    stop() {
      keepListening = false;
      current?.stop();
    },
  };
}
