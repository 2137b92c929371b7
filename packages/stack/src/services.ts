import { join } from 'node:path';
import type { SidecarSpec } from './daprd.ts';
import { repoRoot } from './paths.ts';
import { killNow, runningPid, spawnDetached, stopByPidFile, waitFor } from './processes.ts';

/** Each Doable service's entry point, by Dapr app id. */
export const serviceEntries: Record<string, string> = {
  'todo-backend': 'apps/todo-backend/src/main.ts',
  'recurring-task-service': 'apps/recurring-task-service/src/main.ts',
  'audit-service': 'apps/audit-service/src/main.ts',
  'notification-service': 'apps/notification-service/src/main.ts',
  'websocket-service': 'apps/websocket-service/src/main.ts',
  'todo-frontend': 'apps/todo-frontend/src/main.ts',
};

export interface ServiceEnvironment {
  databaseUrl: string;
  /** The backend's public URL (better-auth's base URL). */
  publicUrl: string;
  apiToken: string | undefined;
  appToken: string | undefined;
  logLevel?: string;
}

const pidFileOf = (runDir: string, podName: string) => join(runDir, 'pids', `service-${podName}.pid`);
const markerOf = (s: SidecarSpec) => `--doable-pod=${s.podName}`;

export function servicePid(runDir: string, s: SidecarSpec): number | undefined {
  return runningPid(pidFileOf(runDir, s.podName), markerOf(s));
}

/**
 * Starts the service beside sidecar `s` (unless it already runs) as Kubernetes would: its own process, its
 * sidecar's port in `DAPR_HTTP_PORT`, the tokens, its pod name; resolves when it answers `/healthz`.
 */
export async function startService(
  s: SidecarSpec,
  o: { runDir: string; logDir: string; env: ServiceEnvironment },
): Promise<number | undefined> {
  const entry = serviceEntries[s.appId];
  if (!entry) return undefined;
  const logFile = join(o.logDir, `${s.podName}.log`);
  let pid = servicePid(o.runDir, s);
  if (pid === undefined) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(s.appPort),
      HOST: '127.0.0.1',
      DAPR_HTTP_PORT: String(s.httpPort),
      DATABASE_URL: o.env.databaseUrl,
      PUBLIC_URL: o.env.publicUrl,
      // Browsers may call the backend directly or through the frontend: any loopback origin is trusted locally.
      TRUSTED_ORIGINS: 'http://127.0.0.1:*,http://localhost:*',
      // The sidecars, the frontend and the tests all connect over loopback: their X-Forwarded-For names the client.
      TRUSTED_PROXIES: '127.0.0.1,::1',
      POD_NAME: s.podName,
      LOG_LEVEL: o.env.logLevel ?? 'info',
      // A local stack may deliver to a local push service (the tests' web-push-testing peer).
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
    };
    if (o.env.apiToken) env.DAPR_API_TOKEN = o.env.apiToken;
    if (o.env.appToken) env.APP_API_TOKEN = o.env.appToken;
    // The marker argument lets `runningPid` tell our process from a recycled pid.
    pid = spawnDetached({
      command: process.execPath,
      args: [join(repoRoot, entry), markerOf(s)],
      env,
      logFile,
      pidFile: pidFileOf(o.runDir, s.podName),
    });
  }
  const started = pid;
  await waitFor(
    async () => {
      if (servicePid(o.runDir, s) !== started) throw new Error(`${s.podName} exited; see ${logFile}`);
      const res = await fetch(`http://127.0.0.1:${s.appPort}/healthz`, { signal: AbortSignal.timeout(1_000) });
      return res.ok;
    },
    { timeoutMs: 90_000, intervalMs: 200, what: `${s.podName} to answer /healthz` },
  );
  return started;
}

export function stopService(runDir: string, s: SidecarSpec, timeoutMs = 15_000): Promise<boolean> {
  return stopByPidFile(pidFileOf(runDir, s.podName), markerOf(s), timeoutMs);
}

/** Kills the service beside sidecar `s` with SIGKILL (a crash); resolves with its pid once it is gone, if it ran. */
export async function killService(runDir: string, s: SidecarSpec): Promise<number | undefined> {
  const pid = servicePid(runDir, s);
  if (pid !== undefined) await killNow(pid);
  return pid;
}
