import { AsyncResource } from 'node:async_hooks';

/**
 * Runs a background pass one at a time. `wake()` runs it now, or once more right after the current run; after each
 * run the loop sleeps for the delay the pass returns. The outbox relay and the reminder scheduler both run on it.
 */
export class WakeableLoop {
  readonly #pass: () => Promise<number>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;
  /**
   * Passes run in the async context the loop was made in, not in that of the request whose commit woke it: what a
   * pass does (the embedded consumers it delivers to) is Doable's own work, and must not inherit a request's state
   * (such as the change origin its events would carry).
   */
  readonly #home = new AsyncResource('WakeableLoop');

  /** `pass` must not throw: it handles its own errors and returns how long to sleep. */
  constructor(pass: () => Promise<number>) {
    this.#pass = () => this.#home.runInAsyncScope(pass);
  }

  start(): void {
    this.#stopped = false;
    this.wake();
  }

  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#pass().then((delayMs) => {
      this.#running = undefined;
      if (this.#stopped) return;
      if (this.#again) {
        this.#again = false;
        this.wake();
      } else {
        this.#timer = setTimeout(() => this.wake(), delayMs);
      }
    });
  }

  /** Resolves when no pass is running or asked for. */
  async idle(): Promise<void> {
    while (this.#running || this.#again) await (this.#running ?? new Promise((resolve) => setImmediate(resolve)));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }
}
