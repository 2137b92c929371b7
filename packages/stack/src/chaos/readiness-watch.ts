import { setTimeout as sleep } from 'node:timers/promises';

/** `/readyz` of one pod: true on 200; false on anything else, a refused connection or no answer within 3 s. */
export async function isReady(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export interface ReadinessWatch {
  /** Whether `pod` answered ready at the last look (every 500 ms), as a Kubernetes Service would route. */
  isReady(pod: string): boolean;
  /** Resolves with the time at which every pod answered ready, or undefined if they did not within `boundMs`. */
  allReadyWithin(boundMs: number): Promise<number | undefined>;
  stop(): Promise<void>;
}

/** Watches every pod's `/readyz` in the background; `urlOf` maps a pod name to its address. */
export function watchReadiness(pods: string[], urlOf: (pod: string) => string): ReadinessWatch {
  const ready = new Map(pods.map((pod) => [pod, true]));
  let running = true;
  const loop = (async () => {
    while (running) {
      await Promise.all(pods.map(async (pod) => ready.set(pod, await isReady(urlOf(pod)))));
      await sleep(500);
    }
  })();
  return {
    isReady: (pod) => ready.get(pod) ?? false,
    async allReadyWithin(boundMs) {
      const deadline = Date.now() + boundMs;
      while (Date.now() <= deadline) {
        const answers = await Promise.all(pods.map((pod) => isReady(urlOf(pod))));
        if (answers.every(Boolean)) return Date.now();
        await sleep(250);
      }
      return undefined;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
