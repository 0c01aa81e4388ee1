// The last ~300 ms of the microphone before speech is detected, so a streamed turn starts with the
// first syllable the detector only recognised a few frames in. While the detector decides whether
// a sound is speech (between its first speech frame and its confirmation) nothing is dropped.

export interface PreRoll<T> {
  push: (frame: T) => void;
  /** Keeps every frame from now on (the detector heard something that may be speech). */
  hold: () => void;
  /** It was not speech: back to keeping only the last frames. */
  release: () => void;
  /** Everything kept, oldest first; the buffer is then empty and back to rolling. */
  drain: () => T[];
}

export function createPreRoll<T>(maxFrames: number): PreRoll<T> {
  let frames: T[] = [];
  let holding = false;
  const trim = () => {
    if (frames.length > maxFrames) frames = frames.slice(frames.length - maxFrames);
  };
  return {
    push(frame) {
      frames.push(frame);
      if (!holding) trim();
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      trim();
    },
    drain() {
      const kept = frames;
      frames = [];
      holding = false;
      return kept;
    },
  };
}
