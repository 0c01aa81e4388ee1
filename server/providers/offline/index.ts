// Every capability without network or keys: the defaults when no vendor key is configured.
import type { Providers } from '../types';
import { createOfflineAvatar } from './avatar';
import { createOfflineTutor } from './llm';
import { createOfflinePronunciation } from './pronunciation';
import { createOfflineStt } from './stt';
import { createOfflineTts } from './tts';

export function createOfflineProviders(): Providers {
  return {
    stt: createOfflineStt(),
    llm: createOfflineTutor(),
    tts: createOfflineTts(),
    avatar: createOfflineAvatar(),
    pronunciation: createOfflinePronunciation(),
  };
}

export { createOfflineAvatar, createOfflinePronunciation, createOfflineStt, createOfflineTts, createOfflineTutor };
