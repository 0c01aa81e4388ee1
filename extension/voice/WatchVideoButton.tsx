import type { ChatMessage } from '../conversation/conversation-store';
import type { Translate } from '../i18n/i18n';
import { useReplyVideoContext } from './reply-video';

/** "Watch" on a tutor reply whose rendered video is ready; pressed again, it stops the video. */
export function WatchVideoButton({ message, t }: { message: ChatMessage; t: Translate }) {
  const video = useReplyVideoContext();
  const url = message.videoUrl;
  if (!video?.offered || !url || video.failed.has(url)) return null;
  const playing = video.playing?.messageId === message.id;
  return (
    <button
      type="button"
      data-testid="watch-video"
      aria-pressed={playing}
      onClick={() => (playing ? video.stop() : video.watch({ messageId: message.id, url }))}
      className="mt-1 rounded border border-gray-300 px-2 py-0.5 text-xs text-gray-700 hover:bg-gray-200 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      {playing ? `■ ${t('stopVideo')}` : `▶ ${t('watchVideo')}`}
    </button>
  );
}
