// The panel's speech input as a React hook: wires the voice input to the browser's microphone,
// recorder, PCM capture, voice detector and recognizer, and to the conversation store.
import { useEffect, useRef, useState } from 'react';
import { openMicrophone, startRecording } from './audio-recorder';
import { createPhraseRecording, type RecordPhrase } from '../practice/phrase-recording';
import { createRecognizer } from './speech-recognition';
import type { TutorController } from '../conversation/tutor-controller';
import { createVoiceInput, type VoiceInput, type VoiceInputState } from './voice-input';
import type { ConversationStore } from '../conversation/conversation-store';

export type VoiceInputView = Omit<VoiceInput, 'dispose'> & VoiceInputState & { recordPhrase: RecordPhrase | null };

const canRecord = () => typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

export function useVoiceInput(store: ConversationStore, controller: TutorController | null): VoiceInputView {
  const [state, setState] = useState<VoiceInputState>({ listening: false, handsFree: false, needsPermission: false, vadFallback: false });
  const current = useRef(controller);
  current.current = controller;
  const [input] = useState(() =>
    createVoiceInput({
      controller: () => current.current,
      sttLive: () => store.getState().capabilities.stt === 'live',
      streaming: () => store.getState().streaming,
      createRecognizer,
      openMicrophone: canRecord() ? openMicrophone : null,
      startRecording,
      // PCM capture, the voice detectors, the model and its WebAssembly runtime load with the first
      // streamed or hands-free turn, not with the panel (its JavaScript budget).
      loadListening: () => import('./pcm-listening').then((listening) => listening.pcmListening),
      onLiveTranscript: (text) => store.getState().setLiveTranscript(text),
      onState: setState,
      onError: (message) => store.getState().setError(message),
    }),
  );
  const [recordPhrase] = useState(() =>
    createPhraseRecording({
      openMicrophone: canRecord() ? openMicrophone : null,
      startRecording,
      // Decoding and resampling load with the first recording, not with the panel (its JavaScript budget).
      toWav: (recording) => import('./wav').then((wav) => wav.recordingToWav(recording)),
      recognize: input.recordOnce,
    }),
  );
  useEffect(() => () => input.dispose(), [input]);
  useEffect(() => {
    // A microphone blocked earlier is explained before the learner presses the button.
    void navigator.permissions
      ?.query({ name: 'microphone' as PermissionName })
      .then((status) => status.state === 'denied' && setState((s) => ({ ...s, needsPermission: true })))
      .catch(() => undefined);
  }, []);

  return {
    ...state,
    supported: input.supported,
    press: input.press,
    release: input.release,
    setHandsFree: input.setHandsFree,
    recordOnce: input.recordOnce,
    recordPhrase,
  };
}
