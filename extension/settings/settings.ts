// Every setting is one typed storage item with a default and a version, so a stored value from an
// older extension is migrated rather than misread.
import { storage } from 'wxt/utils/storage';
import type { PublicUser } from '../../shared/api';
import type { Level, NativeLanguage } from '../../shared/corrections';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

export const serverUrlItem = storage.defineItem<string>('local:serverUrl', {
  fallback: DEFAULT_SERVER_URL,
  version: 1,
});

export type UiLanguage = 'auto' | 'ko' | 'en';
export const uiLanguageItem = storage.defineItem<UiLanguage>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

export const nativeLanguageItem = storage.defineItem<NativeLanguage>('local:nativeLanguage', {
  fallback: 'ko',
  version: 1,
});

export const levelItem = storage.defineItem<Level>('local:level', { fallback: 'B1', version: 1 });

export type Strictness = 'all' | 'important' | 'on-request';
export const strictnessItem = storage.defineItem<Strictness>('local:strictness', {
  fallback: 'all',
  version: 2,
  migrations: {
    // Version 1 stored a boolean "show minor corrections".
    2: (showMinor: unknown): Strictness => (showMinor === false ? 'important' : 'all'),
  },
});

export interface VoiceSettings {
  /** speechSynthesis voice name; empty picks the first English voice. */
  browserVoice: string;
  rate: number;
}
export const voiceItem = storage.defineItem<VoiceSettings>('local:voice', {
  fallback: { browserVoice: '', rate: 1 },
  version: 1,
});

export type AvatarStyle = 'animated' | 'video-when-ready';
export const avatarItem = storage.defineItem<AvatarStyle>('local:avatar', {
  fallback: 'animated',
  version: 1,
});

export interface AuthState {
  token: string;
  expiresAt: string;
  user: PublicUser;
  /** The server the token belongs to; a token is dropped when the server URL changes. */
  serverUrl: string;
}
export const authItem = storage.defineItem<AuthState | null>('local:auth', {
  fallback: null,
  version: 1,
});

/** A phrase waiting for the panel to open its practice card, keyed by tab. */
export interface PendingPractice {
  tabId: number;
  text: string;
  sourceUrl?: string;
  sourceTitle?: string;
  /** The sentence the phrase was highlighted in, so its meaning fits its use there. */
  context?: string;
  requestedAt: number;
}
export const pendingPracticeItem = storage.defineItem<PendingPractice | null>('session:pendingPractice', {
  fallback: null,
});

export const micPermissionItem = storage.defineItem<'unknown' | 'granted' | 'denied'>('local:micPermission', {
  fallback: 'unknown',
  version: 1,
});
