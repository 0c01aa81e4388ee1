// Offline avatar: the side panel animates its own avatar from the TTS timings, so there is no video.
import type { AvatarProvider } from '../types';

export function createOfflineAvatar(): AvatarProvider {
  return {
    name: 'panel',
    live: false,
    async render() {
      return null;
    },
  };
}
