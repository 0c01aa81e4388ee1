// Push-to-talk and hands-free speech input for the panel: the live transcript goes to the
// store, each final result is sent as a text turn, and pressing the mic interrupts the tutor.
import { useEffect, useRef, useState } from 'react';
import { createRecognizer, type Recognizer } from './speech-recognition';
import type { TutorController } from './tutor-controller';
import type { ConversationStore } from '../stores/conversation-store';

export interface VoiceInput {
  supported: boolean;
  listening: boolean;
  handsFree: boolean;
  needsPermission: boolean;
  press: () => void;
  release: () => void;
  setHandsFree: (on: boolean) => void;
  /** Records one utterance and hands its text over (the practice card's Say it). */
  recordOnce: ((onText: (text: string) => void) => void) | null;
}

export function useVoiceInput(store: ConversationStore, controller: TutorController | null): VoiceInput {
  const [listening, setListening] = useState(false);
  const [handsFree, setHandsFreeState] = useState(false);
  const [needsPermission, setNeedsPermission] = useState(false);
  const target = useRef<(text: string) => void>(() => undefined);
  const [recognizer] = useState<Recognizer | null>(() =>
    createRecognizer({
      onInterim: (text) => store.getState().setLiveTranscript(text),
      onFinal: (text) => target.current(text),
      onError: (error) => {
        if (error === 'not-allowed' || error === 'service-not-allowed') setNeedsPermission(true);
        setListening(false);
      },
      onEnd: () => setListening(false),
    }),
  );
  const sendTurn = (text: string) => void controller?.sendText(text);
  useEffect(() => () => recognizer?.stop(), [recognizer]);

  const start = (handsFreeMode: boolean, onText: (text: string) => void) => {
    if (!recognizer) return;
    target.current = onText;
    controller?.bargeIn();
    setListening(true);
    recognizer.start(handsFreeMode);
  };

  return {
    supported: recognizer !== null,
    listening,
    handsFree,
    needsPermission,
    press: () => !handsFree && start(false, sendTurn),
    release: () => !handsFree && recognizer?.stop(),
    setHandsFree(on) {
      setHandsFreeState(on);
      if (on) start(true, sendTurn);
      else recognizer?.stop();
    },
    recordOnce: recognizer ? (onText) => start(false, onText) : null,
  };
}
