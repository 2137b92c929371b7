import { afterEach, describe, expect, it } from 'vitest';
import { sidecarPid, startSidecar, stopSidecar } from '../daprd.ts';
import { servicePid } from '../services.ts';
import { eventually, sidecar, stackInfo } from '../test-stack.ts';
import { aUser, backend } from './distributed-stack.ts';

// The second replica: the other tests' traffic keeps going through the first one meanwhile.
const POD = 'todo-backend-1';

/** Stops the pod's daprd (SIGTERM, then SIGKILL), leaving the service itself running. */
const stopSidecarOf = (podName: string) => stopSidecar(stackInfo().runDir, sidecar(podName));

/** Starts the pod's daprd again as the stack started it (a no-op when it runs); resolves once its components are up. */
function startSidecarOf(podName: string) {
  const { runDir, logDir, dapr } = stackInfo();
  const tokens = dapr.apiToken && dapr.appToken ? { api: dapr.apiToken, app: dapr.appToken } : undefined;
  return startSidecar(sidecar(podName), {
    binary: dapr.binary,
    resourcesDir: dapr.resourcesDir,
    configFile: dapr.configFile,
    runDir,
    logDir,
    tokens,
  });
}

describe("todo-backend's readiness while its Dapr sidecar is away", () => {
  afterEach(() => startSidecarOf(POD), 120_000);

  it('answers /readyz 503 naming dapr-sidecar while its daprd is stopped, 200 once it is back, and stays alive throughout', async () => {
    const api = backend(1);
    expect((await api.get('/readyz')).status).toBe(200);
    const servicePidBefore = servicePid(stackInfo().runDir, sidecar(POD));
    expect(servicePidBefore).toBeDefined();

    expect(await stopSidecarOf(POD)).toBe(true);
    expect(sidecarPid(stackInfo().runDir, sidecar(POD))).toBeUndefined();
    const unready = await eventually(
      () => api.get('/readyz'),
      (res) => res.status === 503,
      30_000,
      250,
    );
    expect(unready.headers.get('retry-after')).toBe('5');
    expect(unready.body).toEqual({ status: 'unavailable', unavailable: ['dapr-sidecar'] });
    // Liveness depends on nothing: Kubernetes stops routing to the pod but does not restart it.
    expect((await api.get('/healthz')).status).toBe(200);

    await startSidecarOf(POD);
    const ready = await eventually(
      () => api.get('/readyz'),
      (res) => res.status === 200,
      30_000,
      250,
    );
    expect(ready.body).toEqual({ status: 'ready' });
    expect(servicePid(stackInfo().runDir, sidecar(POD))).toBe(servicePidBefore);

    // And it serves again through the new sidecar: a task created here shows in its history (published via daprd).
    const { token } = await aUser();
    const task = await api.post('/api/v1/tasks', { title: 'After the sidecar came back' }, token);
    expect(task.status).toBe(201);
    const history = await eventually(
      () => api.get(`/api/v1/tasks/${task.body.id}/history`, token),
      (res) => res.status === 200 && res.body.items.length > 0,
      60_000,
      500,
    );
    expect(history.body.items.map((e: { event_type: string }) => e.event_type)).toEqual(['created']);
  });
});
