// The panel's speech input. With the server's live speech-to-text the microphone is recorded and
// streamed as a spoken turn (the browser's recognizer, where it works, only shows a live
// transcript); with offline speech-to-text the browser's recognizer turns speech into text turns.
// Push-to-talk records while the button is held; hands-free opens a turn when the voice-activity
// detector hears speech and ends it on silence. Speaking while the tutor talks interrupts it.
import type { LevelWatcher } from './mic-level';
import { isPermissionError, type Recording, type StartRecording } from './audio-recorder';
import type { Recognizer, RecognizerHandlers } from './speech-recognition';
import type { SpokenTurn, TutorController } from '../conversation/tutor-controller';
import { createVoiceActivityDetector, type VoiceActivityDetector } from './voice-activity';

export interface VoiceInputState {
  listening: boolean;
  handsFree: boolean;
  needsPermission: boolean;
}

export interface VoiceInputDeps {
  controller: () => TutorController | null;
  /** True when the server transcribes audio with a live vendor (ready.capabilities.stt). */
  sttLive: () => boolean;
  createRecognizer: (handlers: RecognizerHandlers) => Recognizer | null;
  /** Null where the browser cannot record (no MediaRecorder or getUserMedia). */
  openMicrophone: (() => Promise<MediaStream>) | null;
  startRecording: StartRecording;
  watchLevel: LevelWatcher;
  onLiveTranscript: (text: string) => void;
  onState: (state: VoiceInputState) => void;
  onError: (message: string) => void;
  createDetector?: () => VoiceActivityDetector;
}

export interface VoiceInput {
  readonly supported: boolean;
  press: () => void;
  release: () => void;
  setHandsFree: (on: boolean) => void;
  /** Records one utterance with the recognizer and hands its text over (the practice card). */
  recordOnce: ((onText: (text: string) => void) => void) | null;
  dispose: () => void;
}

export function createVoiceInput(deps: VoiceInputDeps): VoiceInput {
  const state: VoiceInputState = { listening: false, handsFree: false, needsPermission: false };
  const update = (patch: Partial<VoiceInputState>) => deps.onState({ ...Object.assign(state, patch) });
  let heard = '';
  let recognizing = false;
  let onText: ((text: string) => void) | null = null;
  const recognizer = deps.createRecognizer({
    onInterim: (text) => {
      // The recognizer clears its text when it ends, which may be before the recording stops.
      if (text) heard = text;
      deps.onLiveTranscript(text);
    },
    onFinal: (text) => (onText ? onText(text) : (heard = text)),
    onError: (error) => {
      if (!recognizing) return;
      if (error === 'not-allowed' || error === 'service-not-allowed') update({ needsPermission: true });
      update({ listening: false });
    },
    onEnd: () => recognizing && update({ listening: false }),
  });
  const recording = () => deps.openMicrophone !== null && deps.sttLive();

  let stream: Promise<MediaStream | null> | null = null;
  let recorder: Recording | null = null;
  let turn: SpokenTurn | null = null;
  let stopWatching: (() => void) | null = null;

  function microphone(): Promise<MediaStream | null> {
    stream ??= deps.openMicrophone!().then(
      (opened) => {
        update({ needsPermission: false });
        return opened;
      },
      (error: unknown) => {
        stream = null;
        if (isPermissionError(error)) update({ needsPermission: true });
        else deps.onError(error instanceof Error ? error.message : String(error));
        update({ listening: false, handsFree: false });
        return null;
      },
    );
    return stream;
  }

  function closeMicrophone(): void {
    const closing = stream;
    stream = null;
    void closing?.then((opened) => opened?.getTracks().forEach((track) => track.stop()));
  }

  /** Starts streaming a spoken turn from the open microphone. */
  function beginTurn(opened: MediaStream): void {
    const controller = deps.controller();
    if (!controller) return;
    let spoken: SpokenTurn | null = null;
    heard = '';
    onText = null;
    const started = deps.startRecording(opened, {
      onChunk: (chunk) => spoken?.send(chunk),
      onStop: () => {
        spoken?.end(heard);
        deps.onLiveTranscript('');
      },
    });
    spoken = controller.startSpokenTurn(started.mimeType);
    if (!spoken) return started.stop();
    recognizer?.start(false);
    recorder = started;
    turn = spoken;
  }

  function endTurn(): void {
    recognizer?.stop();
    recorder?.stop();
    recorder = null;
    turn = null;
  }

  function startRecognizer(handsFree: boolean, target: (text: string) => void): void {
    if (!recognizer) return;
    onText = target;
    recognizing = true;
    deps.controller()?.bargeIn();
    update({ listening: true });
    recognizer.start(handsFree);
  }

  const sendText = (text: string) => void deps.controller()?.sendText(text);

  async function startHandsFree(): Promise<void> {
    const opened = await microphone();
    if (!opened || !state.handsFree) return;
    const detector = deps.createDetector?.() ?? createVoiceActivityDetector();
    stopWatching = deps.watchLevel(opened, (rms, atMs) => {
      const change = detector.update(rms, atMs);
      if (change === 'speech-start' && !turn) beginTurn(opened);
      if (change === 'speech-end' && turn) endTurn();
    });
    update({ listening: true });
  }

  function stopHandsFree(): void {
    stopWatching?.();
    stopWatching = null;
    endTurn();
    closeMicrophone();
  }

  return {
    get supported() {
      return recording() || recognizer !== null;
    },
    press() {
      if (state.handsFree) return;
      if (!recording()) return startRecognizer(false, sendText);
      recognizing = false;
      update({ listening: true });
      // The tutor stops at once; the server stops its reply when the turn opens.
      deps.controller()?.bargeIn();
      void microphone().then((opened) => {
        if (opened && state.listening && !turn) beginTurn(opened);
      });
    },
    release() {
      if (state.handsFree || !state.listening) return;
      if (!recording()) return recognizer?.stop();
      update({ listening: false });
      endTurn();
      closeMicrophone();
    },
    setHandsFree(on) {
      if (on === state.handsFree) return;
      update({ handsFree: on, listening: false });
      if (!recording()) return on ? startRecognizer(true, sendText) : recognizer?.stop();
      recognizing = false;
      if (on) void startHandsFree();
      else stopHandsFree();
    },
    recordOnce: recognizer ? (target) => startRecognizer(false, target) : null,
    dispose() {
      stopHandsFree();
      recognizer?.stop();
    },
  };
}
