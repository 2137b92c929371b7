import { createApiClient, signUp } from '@doable/test-kit';
import { PORT_OFFSETS, testStackPortOffset, testStackRunDir } from '../paths.ts';
import { startService, stopService } from '../services.ts';
import { sidecar, stackInfo } from '../test-stack.ts';

/** The distributed tests' stack: every Doable service beside its sidecar, in its own folder and ports. */
export const distributedRunDir = testStackRunDir('distributed');
export const distributedPortOffset = testStackPortOffset(PORT_OFFSETS.distributedTests);

/** Two backend and two WebSocket replicas, one of each other service (pod names `<app>-0`, `<app>-1`). */
export const distributedApps = [
  'todo-backend',
  'todo-backend',
  'recurring-task-service',
  'audit-service',
  'notification-service',
  'websocket-service',
  'websocket-service',
  'todo-frontend',
];

/** The sweep fires every second here, so a missed reminder is caught fast. */
export const distributedComponentMetadata = { 'reminder-cron': { schedule: '@every 1s' } };

export const serviceUrl = (podName: string) => `http://127.0.0.1:${sidecar(podName).appPort}`;

/** A JSON client for backend replica `n`. */
export const backend = (replica = 0) => createApiClient(serviceUrl(`todo-backend-${replica}`));

/** A new user signed up through backend replica 0. */
export const aUser = (name = 'Stack User') => signUp(backend(0), name);

/** Headers for a call to a sidecar's own API (`DAPR_API_TOKEN` is on in this stack). */
export function sidecarHeaders(): Record<string, string> {
  const token = stackInfo().dapr.apiToken;
  return token ? { 'dapr-api-token': token } : {};
}

/** Stops the Doable service of pod `podName` (SIGTERM, then SIGKILL); its sidecar keeps running. */
export const stopPod = (podName: string) => stopService(stackInfo().runDir, sidecar(podName));

/** Starts the service of pod `podName` again as the stack started it; resolves once it answers `/healthz`. */
export function startPod(podName: string) {
  const info = stackInfo();
  const env = {
    databaseUrl: info.postgres.url,
    publicUrl: info.publicUrl ?? '',
    apiToken: info.dapr.apiToken,
    appToken: info.dapr.appToken,
  };
  return startService(sidecar(podName), { runDir: info.runDir, logDir: info.logDir, env });
}
