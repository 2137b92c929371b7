import { describe, expect, it } from 'vitest';
import { recordedRequests } from './recording-app.ts';
import { eventually, sidecar } from './test-stack.ts';

describe('cron input binding `reminder-cron`', () => {
  it('probes the route with OPTIONS at start, then POSTs to it on schedule (every second in the tests)', async () => {
    const port = sidecar('todo-backend-0').appPort;
    const requests = await eventually(
      () => recordedRequests(port, '/reminder-cron'),
      (r) => r.filter((x) => x.method === 'POST').length >= 3,
      20_000,
    );
    const options = requests.filter((r) => r.method === 'OPTIONS');
    expect(options.length).toBeGreaterThanOrEqual(1);
    expect(options[0]?.status).toBe(200);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(options[0]?.at).toBeLessThan(posts[0]?.at ?? 0);
    // Spread out on the schedule rather than fired in a burst. Single gaps jitter with load (one was
    // 469 ms on a busy machine), so this looks at the mean gap.
    const first = posts[0]?.at ?? 0;
    const last = posts.at(-1)?.at ?? 0;
    expect((last - first) / (posts.length - 1)).toBeGreaterThan(500);
  });

  it('fires only for the app the component is scoped to', async () => {
    expect(await recordedRequests(sidecar('audit-service-0').appPort, '/reminder-cron')).toEqual([]);
  });
});
