// A reply's rendered video (D-ID) is offered on the message, never played by itself: the animated
// avatar has already spoken the reply, so the same words are heard again only when the learner
// asks. While the video plays the tutor's voice is silenced, and a reply that starts speaking
// ends the video, so two voices never overlap.
import { createContext, useContext, useEffect, useMemo, useState } from 'react';

export interface PlayingVideo {
  messageId: string;
  url: string;
}

export interface ReplyVideo {
  /** Replies offer their video (the avatar setting asks for it). */
  offered: boolean;
  playing: PlayingVideo | null;
  /** Videos this browser could not play; their messages stop offering them. */
  failed: ReadonlySet<string>;
  watch: (video: PlayingVideo) => void;
  stop: () => void;
  fail: (url: string) => void;
}

export interface ReplyVideoOptions {
  offered: boolean;
  /** The animated avatar is speaking a reply. */
  speaking: boolean;
  silenceTutor: () => void;
}

export function useReplyVideo({ offered, speaking, silenceTutor }: ReplyVideoOptions): ReplyVideo {
  const [chosen, setChosen] = useState<PlayingVideo | null>(null);
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  const playing = offered ? chosen : null;

  useEffect(() => {
    if (speaking) setChosen(null);
  }, [speaking]);

  return useMemo(
    () => ({
      offered,
      playing,
      failed,
      watch(video) {
        silenceTutor();
        setChosen(video);
      },
      stop: () => setChosen(null),
      fail(url) {
        setFailed((before) => new Set(before).add(url));
        setChosen((current) => (current?.url === url ? null : current));
      },
    }),
    [offered, playing, failed, silenceTutor],
  );
}

/** Lets a message offer its video without every list between the panel and the message passing it on. */
export const ReplyVideoContext = createContext<ReplyVideo | null>(null);

export function useReplyVideoContext(): ReplyVideo | null {
  return useContext(ReplyVideoContext);
}
