/** A clock that stands still until the test moves it; code under test reads it through `now`. */
export interface ManualClock {
  now: () => Date;
  /** Moves the clock forward (or back, with a negative `ms`). */
  advance(ms: number): Date;
  set(at: Date | string | number): Date;
}

/**
 * The time a test decides, for code that takes a clock (`() => Date`): a reminder comes due when the test moves the
 * clock past it, not when the machine gets round to it. Starts at `start`, by default the real time.
 */
export function manualClock(start: Date | string | number = new Date()): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
      return new Date(current);
    },
    set(at) {
      current = new Date(at).getTime();
      return new Date(current);
    },
  };
}
