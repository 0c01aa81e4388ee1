// How many turns this process runs at once. Past the limit a new turn is refused before anything
// is stored or any vendor called (`error` busy with retryAfterSec), so that the turns already
// acknowledged keep their latency and their database connections instead of every turn slowing
// down without bound. Counted per process: a deployment adds processes to hold more.

/** A turn's place, given back once the turn (and its writes) is over. */
export interface AdmittedTurn {
  release(): void;
}

export interface TurnAdmission {
  /** A place for one more turn, or null when the process is at its limit. */
  tryAdmit(): AdmittedTurn | null;
  /** Seconds after which a refused turn likely finds room: about one turn's length. */
  retryAfterSec(): number;
  readonly inFlight: number;
}

/** The first estimate of a turn's length, before any turn has finished. */
const TYPICAL_TURN_MS = 3_000;

export function createTurnAdmission(maxInFlight: number, now: () => number = () => performance.now()): TurnAdmission {
  let inFlight = 0;
  // A moving average of how long admitted turns take, so retryAfterSec follows the real load.
  let averageTurnMs = TYPICAL_TURN_MS;
  return {
    get inFlight() {
      return inFlight;
    },
    tryAdmit() {
      if (maxInFlight > 0 && inFlight >= maxInFlight) return null;
      inFlight++;
      const started = now();
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          inFlight--;
          averageTurnMs = averageTurnMs * 0.9 + (now() - started) * 0.1;
        },
      };
    },
    retryAfterSec: () => Math.min(60, Math.max(1, Math.ceil(averageTurnMs / 1000))),
  };
}
