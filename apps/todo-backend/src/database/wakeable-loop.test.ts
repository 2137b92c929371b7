import { AsyncLocalStorage } from 'node:async_hooks';
import { expect, it } from 'vitest';
import { WakeableLoop } from './wakeable-loop.ts';

it('runs a pass in the context the loop was made in, not in that of whoever woke it', async () => {
  const request = new AsyncLocalStorage<string>();
  const seen: (string | undefined)[] = [];
  const loop = new WakeableLoop(async () => {
    seen.push(request.getStore());
    return 60_000;
  });
  loop.start();
  await loop.idle();
  await request.run('a request', async () => {
    loop.wake();
    await loop.idle();
  });
  await loop.stop();
  expect(seen).toEqual([undefined, undefined]);
});
