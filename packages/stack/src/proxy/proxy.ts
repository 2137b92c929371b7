import { execFileSync } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { otherUserDir } from '../paths.ts';
import { isPortOpen, runningPid, spawnDetached, stopByPidFile, waitFor } from '../processes.ts';
import { nginxConfig } from './nginx-config.ts';
import type { Route } from './route-table.ts';

/** The user nginx runs as when the stack runs as root (Debian's web server user). */
const NGINX_USER = 'www-data';

/** Debian's nginx, or one on PATH; throws with what to install when there is none. */
export function findNginx(): string {
  const candidates = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'))];
  const found = candidates.find((file) => file.startsWith('/') && existsSync(file));
  if (!found)
    throw new Error(
      "nginx not found: the local stack's reverse proxy (the Ingress's part: /ws, /docs, /api/v1/push, / on one address) is Debian's nginx. Install it with `apt-get install -y nginx`.",
    );
  return found;
}

export interface ProxyFiles {
  /** nginx's folder: configuration, pid file, temporary files (outside /root when the stack runs as root). */
  dir: string;
  configFile: string;
  /** The stack's pid file for nginx's master process. */
  pidFile: string;
  logFile: string;
}

export function proxyFiles(runDir: string, logDir = join(runDir, 'logs')): ProxyFiles {
  const dir = join(otherUserDir(runDir), 'proxy');
  return { dir, configFile: join(dir, 'nginx.conf'), pidFile: join(runDir, 'pids', 'proxy.pid'), logFile: join(logDir, 'proxy.log') };
}

/** The running proxy's master process of the stack in `runDir`, if any (its command line names its configuration). */
export function proxyPid(runDir: string): number | undefined {
  const files = proxyFiles(runDir);
  return runningPid(files.pidFile, files.configFile);
}

export interface StartProxyOptions {
  runDir: string;
  logDir: string;
  port: number;
  routes: readonly Route[];
  /** The app ports of each service's replicas, by service. */
  upstreams: Readonly<Record<string, readonly number[]>>;
}

/**
 * Writes the configuration and starts nginx on `port` as an unprivileged process of the stack's own (as `www-data`
 * when the stack runs as root), or makes a running one reload it. Resolves once the port answers.
 */
export async function startProxy(o: StartProxyOptions): Promise<number> {
  const nginx = findNginx();
  const files = proxyFiles(o.runDir, o.logDir);
  const user = process.getuid?.() === 0 ? userIds(NGINX_USER) : undefined;
  mkdirSync(join(files.dir, 'temp'), { recursive: true });
  mkdirSync(o.logDir, { recursive: true });
  writeFileSync(files.configFile, nginxConfig({ port: o.port, routes: o.routes, upstreams: o.upstreams, dir: files.dir }));
  closeSync(openSync(files.logFile, 'a'));
  if (user) for (const path of [files.dir, join(files.dir, 'temp'), files.logFile]) chownSync(path, user.uid, user.gid);
  const args = ['-p', `${files.dir}/`, '-c', files.configFile, '-e', 'stderr'];
  // Checked first, its output in the proxy's log: the access log is the log file itself (/dev/stderr), not a pipe.
  const log = openSync(files.logFile, 'a');
  try {
    execFileSync(nginx, ['-t', '-q', ...args], { stdio: ['ignore', log, log], ...user });
  } catch {
    throw new Error(`nginx refused ${files.configFile}: ${readFileSync(files.logFile, 'utf8').trim().split('\n').slice(-3).join('\n')}`);
  } finally {
    closeSync(log);
  }
  const running = proxyPid(o.runDir);
  if (running !== undefined) {
    // Replicas may have come or gone since it started: SIGHUP makes nginx load the new configuration.
    process.kill(running, 'SIGHUP');
    return running;
  }
  if (await isPortOpen(o.port)) throw new Error(`cannot start the proxy: port ${o.port} is already in use by another process`);
  const pid = spawnDetached({ command: nginx, args, logFile: files.logFile, pidFile: files.pidFile, ...user });
  await waitFor(
    async () => {
      if (proxyPid(o.runDir) !== pid) throw new Error(`nginx exited; see ${files.logFile}`);
      return isPortOpen(o.port);
    },
    { timeoutMs: 15_000, intervalMs: 100, what: `the proxy on port ${o.port}` },
  );
  return pid;
}

/** Stops the stack's nginx, if it runs. True when one was stopped. */
export function stopProxy(runDir: string): Promise<boolean> {
  const files = proxyFiles(runDir);
  return stopByPidFile(files.pidFile, files.configFile, 15_000);
}

function userIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
