// The panel's speech input. When the server takes streamed turns (ready.streaming) the microphone
// is captured as 16 kHz PCM and streamed while the learner speaks, and the server's live captions
// show what it hears; with the server's live speech-to-text but no streaming, the microphone is
// recorded (MediaRecorder) as a spoken turn and the browser's recognizer, where it works, shows a
// live transcript; with offline speech-to-text the browser's recognizer turns speech into text
// turns. Push-to-talk sends while the button is held; hands-free opens a turn when the voice
// detector (Silero VAD, or the energy detector if the model cannot load) hears speech and ends it
// on silence. Speaking while the tutor talks interrupts it.
import { isPermissionError, type Recording, type StartRecording } from './audio-recorder';
import type { Recognizer, RecognizerHandlers } from './speech-recognition';
import type { SpokenTurn, StreamedTurn, TutorController } from '../conversation/tutor-controller';
import type { PcmListening } from './pcm-listening';
import type { SpeechDetector } from './speech-detector';

export interface VoiceInputState {
  listening: boolean;
  handsFree: boolean;
  needsPermission: boolean;
  /** Silero VAD did not load: hands-free runs on the energy detector, which a pause may fool. */
  vadFallback: boolean;
}

export interface VoiceInputDeps {
  controller: () => TutorController | null;
  /** True when the server transcribes audio with a live vendor (ready.capabilities.stt). */
  sttLive: () => boolean;
  /** True when the server takes streamed turns (ready.streaming). */
  streaming: () => boolean;
  createRecognizer: (handlers: RecognizerHandlers) => Recognizer | null;
  /** Null where the browser cannot record (no MediaRecorder or getUserMedia). */
  openMicrophone: (() => Promise<MediaStream>) | null;
  startRecording: StartRecording;
  /** PCM capture and the voice detectors (streamed turns, hands-free), loaded when first needed. */
  loadListening: () => Promise<PcmListening>;
  onLiveTranscript: (text: string) => void;
  onState: (state: VoiceInputState) => void;
  onError: (message: string) => void;
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

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createVoiceInput(deps: VoiceInputDeps): VoiceInput {
  const state: VoiceInputState = { listening: false, handsFree: false, needsPermission: false, vadFallback: false };
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
  const streamed = () => deps.openMicrophone !== null && deps.streaming();
  const recording = () => deps.openMicrophone !== null && (deps.sttLive() || deps.streaming());

  let stream: Promise<MediaStream | null> | null = null;
  let recorder: Recording | null = null;
  /** A recording started on possible speech, not yet a turn. */
  let armed: { open: () => void; discard: () => void } | null = null;
  let turn: SpokenTurn | null = null;
  let streamTurn: StreamedTurn | null = null;
  let stopCapture: (() => void) | null = null;
  /** Counts hands-free sessions, so a session switched off while it was starting does not start. */
  let session = 0;
  let listening: Promise<PcmListening> | null = null;

  function kit(): Promise<PcmListening> {
    listening ??= deps.loadListening().catch((error: unknown) => {
      listening = null;
      throw error;
    });
    return listening;
  }

  function microphone(): Promise<MediaStream | null> {
    stream ??= deps.openMicrophone!().then(
      (opened) => {
        update({ needsPermission: false });
        return opened;
      },
      (error: unknown) => {
        stream = null;
        if (isPermissionError(error)) update({ needsPermission: true });
        else deps.onError(message(error));
        update({ listening: false, handsFree: false });
        return null;
      },
    );
    return stream;
  }

  function closeMicrophone(): void {
    stopCapture?.();
    stopCapture = null;
    const closing = stream;
    stream = null;
    void closing?.then((opened) => opened?.getTracks().forEach((track) => track.stop()));
  }

  /**
   * Starts recording (the server without streaming); the spoken turn opens with `open`, with what
   * was recorded until then, so hands-free can start the recorder on the first speech frame and
   * open the turn only once the detector confirms it is speech (`discard` if it was a noise).
   */
  function armRecording(opened: MediaStream): void {
    let spoken: SpokenTurn | null = null;
    let discarded = false;
    const early: Blob[] = [];
    heard = '';
    onText = null;
    const started = deps.startRecording(opened, {
      onChunk: (chunk) => (spoken ? spoken.send(chunk) : early.push(chunk)),
      onStop: () => {
        if (!discarded) spoken?.end(heard);
        deps.onLiveTranscript('');
      },
    });
    recorder = started;
    armed = {
      open() {
        armed = null;
        spoken = deps.controller()?.startSpokenTurn(started.mimeType) ?? null;
        if (!spoken) {
          recorder = null;
          return started.stop();
        }
        for (const chunk of early.splice(0)) spoken.send(chunk);
        recognizer?.start(false);
        turn = spoken;
      },
      discard() {
        armed = null;
        discarded = true;
        recorder = null;
        started.stop();
      },
    };
  }

  function beginRecordedTurn(opened: MediaStream): void {
    if (!armed) armRecording(opened);
    armed?.open();
  }

  /** Opens a streamed turn; its first frames are the audio from just before speech was heard. */
  function beginStreamedTurn(pcm: PcmListening, preRoll: readonly Float32Array[]): void {
    const opened = deps.controller()?.startStreamedTurn() ?? null;
    if (!opened) return;
    for (const frame of preRoll) opened.send(pcm.toPcm16(frame));
    streamTurn = opened;
  }

  function endTurn(): void {
    armed?.discard();
    recognizer?.stop();
    recorder?.stop();
    recorder = null;
    turn = null;
    streamTurn?.end();
    streamTurn = null;
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

  /** A fresh Silero VAD for this session, or the energy detector (and the learner is told) when the model cannot load. */
  function speechDetector(pcm: PcmListening): Promise<SpeechDetector> {
    return pcm.loadDetector().then(
      (found) => {
        update({ vadFallback: false });
        return found;
      },
      () => {
        update({ vadFallback: true });
        return pcm.createEnergyDetector();
      },
    );
  }

  async function startHandsFree(): Promise<void> {
    const current = ++session;
    const opened = await microphone();
    if (!opened || current !== session) return;
    try {
      const pcm = await kit();
      const found = await speechDetector(pcm);
      if (current !== session) return;
      await listen(current, opened, pcm, found);
    } catch (error) {
      deps.onError(message(error));
      update({ handsFree: false, listening: false });
    }
  }

  async function listen(current: number, opened: MediaStream, pcm: PcmListening, found: SpeechDetector): Promise<void> {
    const segmenter = pcm.createSpeechSegmenter({
      detector: found,
      preRollFrames: pcm.preRollFrames,
      // Without streaming, the recorder starts on the first speech frame so the first syllable is in it.
      onSpeechStart: () => !streamed() && !turn && !armed && armRecording(opened),
      onMisfire: () => armed?.discard(),
      onTurnStart: (preRoll) => {
        // Barge-in: the tutor's voice stops and the reply in flight is cancelled.
        deps.controller()?.bargeIn();
        if (streamed()) beginStreamedTurn(pcm, preRoll);
        else beginRecordedTurn(opened);
      },
      onFrame: (frame) => streamTurn?.send(pcm.toPcm16(frame)),
      // The server can start the tutor on what it heard while the silence that ends the turn runs.
      onPause: () => streamTurn?.pause(),
      onTurnEnd: endTurn,
      onError: (error) => deps.onError(message(error)),
    });
    const stop = await pcm.capturePcm(opened, segmenter.feed);
    if (current !== session) return stop();
    stopCapture = stop;
    update({ listening: true });
  }

  function stopHandsFree(): void {
    session += 1;
    endTurn();
    closeMicrophone();
  }

  /** Push-to-talk on a streaming server: the turn opens with the first captured frame. */
  async function streamWhileHeld(opened: MediaStream): Promise<void> {
    const pcm = await kit();
    if (!state.listening) return;
    const stop = await pcm.capturePcm(opened, (frame) => {
      if (!state.listening) return;
      if (!streamTurn) beginStreamedTurn(pcm, []);
      streamTurn?.send(pcm.toPcm16(frame));
    });
    if (!state.listening) return stop();
    stopCapture = stop;
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
        if (!opened || !state.listening || turn || streamTurn || stopCapture) return;
        if (streamed()) streamWhileHeld(opened).catch((error: unknown) => deps.onError(message(error)));
        else beginRecordedTurn(opened);
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
