import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { daprUrl } from './test-stack.ts';

const NOT_RESOLVED = /no host found with the given ID/;

/**
 * Invokes the backend from the frontend's sidecar. The sidecars find each other in a shared SQLite table that each
 * refreshes every few seconds; on a starved machine a refresh can come late and the caller's lookup miss the backend
 * for a moment. Such an answer (ERR_DIRECT_INVOKE, "no host found") never reached the backend, so the call is made
 * again, for at most 30 s: what these tests check is the Resiliency policy between the two, not the lookup (in
 * Kubernetes the sidecars resolve each other through DNS).
 */
async function invokeBackend(path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(daprUrl('todo-frontend-0', `/v1.0/invoke/todo-backend/method${path}`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!(res.status === 500 && NOT_RESOLVED.test(text)) || Date.now() > deadline) return { status: res.status, body: JSON.parse(text) };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('service invocation: frontend → backend through the sidecars', () => {
  it('retries a 503 from the backend under the Resiliency policy and returns the eventual answer', async () => {
    const res = await invokeBackend(`/flaky/${randomUUID()}?fail=2&status=503`, { title: 'Buy milk' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ attempt: 3, echo: { title: 'Buy milk' } });
  });

  it('gives up after the policy’s retries and passes the last 503 to the caller', async () => {
    const res = await invokeBackend(`/flaky/${randomUUID()}?fail=10&status=503`);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ attempt: 4 });
  });

  it('does not retry a 500 (the work may have been done)', async () => {
    const res = await invokeBackend(`/flaky/${randomUUID()}?fail=1&status=500`);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ attempt: 1 });
  });
});
