// Work of a turn that the learner does not wait for (writing the transcript and the corrections,
// linking the corrections to the notebook, the LLM's analysis) starts at the tutor's first words,
// not beside the tutor's request: started beside it, that work held the request back by ~35 ms
// (bench:pipeline on the embedded database, whose writes run on the server's own thread). The
// latch opens at the reply's first piece, or when the turn ends without one, so the deferred work
// always runs.
export class FirstWords {
  private opened = false;
  private readonly atOpen: Array<() => void> = [];

  readonly open = () => {
    if (this.opened) return;
    this.opened = true;
    for (const work of this.atOpen.splice(0)) work();
  };

  /**
   * Runs `work` the moment the latch opens, before the piece that opened it goes on to the
   * learner (what it sends comes before the reply's first words).
   */
  beforeFirstPiece<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      };
      if (this.opened) run();
      else this.atOpen.push(run);
    });
  }

  /** Runs `work` once the latch is open (after what runs before the first piece). */
  then<T>(work: () => Promise<T>): Promise<T> {
    return this.beforeFirstPiece(() => undefined).then(work);
  }
}
