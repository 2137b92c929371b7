import { describe, expect, it } from 'vitest';
import { daprUrl, stackInfo } from './test-stack.ts';

describe('secret store `kubernetes-secrets` (a local file store with the same secrets locally)', () => {
  it('reads a multi-key secret through the component', async () => {
    const res = await fetch(daprUrl('todo-frontend-0', '/v1.0/secrets/kubernetes-secrets/kafka-secrets'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      'bootstrap-servers': stackInfo().kafka.bootstrap,
      username: stackInfo().kafka.credentials.username,
      password: stackInfo().kafka.credentials.password,
    });
  });

  it('answers an error for a secret that does not exist', async () => {
    const res = await fetch(daprUrl('todo-frontend-0', '/v1.0/secrets/kubernetes-secrets/no-such-secret'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(((await res.json()) as { errorCode: string }).errorCode).toBe('ERR_SECRET_GET');
  });
});
