import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, stackPackageDir } from './paths.ts';
import { killNow, runningPid, spawnDetached, stopByPidFile, waitFor } from './processes.ts';

const moduleDir = join(stackPackageDir, 'daprd');
const registrationFile = join(moduleDir, 'components', 'components.go');

/** The Dapr version pinned in packages/stack/daprd/go.mod. */
export function daprVersion(): string {
  const version = /^\s*github\.com\/dapr\/dapr v(\S+)/m.exec(readFileSync(join(moduleDir, 'go.mod'), 'utf8'))?.[1];
  if (!version) throw new Error('no github.com/dapr/dapr requirement in packages/stack/daprd/go.mod');
  return version;
}

function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOTOOLCHAIN: 'local',
    GOMODCACHE: join(cacheRoot(), 'go', 'mod'),
    GOCACHE: join(cacheRoot(), 'go', 'build'),
    GOFLAGS: '-modcacherw',
    // As Dapr's own release builds: a static binary.
    CGO_ENABLED: '0',
  };
}

export interface DaprdBuild {
  binary: string;
  /** Seconds the build took, when this call built it. */
  builtInSeconds?: number;
}

/** Path of the daprd binary for the pinned version and component list, building it (once) when missing. */
export async function ensureDaprd(log: (line: string) => void = console.log): Promise<DaprdBuild> {
  const version = daprVersion();
  const inputs = ['go.mod', 'go.sum', join('components', 'components.go')].map((f) => readFileSync(join(moduleDir, f)));
  const key = `${version}-${createHash('sha256').update(Buffer.concat(inputs)).digest('hex').slice(0, 12)}`;
  const home = join(cacheRoot(), 'daprd', key);
  const binary = join(home, 'daprd');
  if (existsSync(binary)) return { binary };

  const go = requireGo();
  log(`building daprd ${version} (several minutes, once; log: ${join(home, 'build.log')})…`);
  const started = Date.now();
  mkdirSync(home, { recursive: true });
  const env = goEnv();

  // -overlay may not replace files inside GOMODCACHE, so the build reads Dapr from a pristine copy next to it.
  const download = JSON.parse(
    execFileSync(go, ['mod', 'download', '-json', `github.com/dapr/dapr@v${version}`], { cwd: moduleDir, env, encoding: 'utf8' }),
  ) as { Dir: string };
  const daprSource = join(cacheRoot(), 'daprd', 'src', `dapr@v${version}`);
  if (!existsSync(join(daprSource, 'go.mod'))) {
    rmSync(daprSource, { recursive: true, force: true });
    cpSync(download.Dir, daprSource, { recursive: true });
    execFileSync('chmod', ['-R', 'a-w', daprSource]);
  }
  const buildDir = join(home, 'build');
  mkdirSync(buildDir, { recursive: true });
  const modFile = join(buildDir, 'go.mod');
  writeFileSync(modFile, `${readFileSync(join(moduleDir, 'go.mod'), 'utf8')}\nreplace github.com/dapr/dapr => ${daprSource}\n`);
  writeFileSync(join(buildDir, 'go.sum'), readFileSync(join(moduleDir, 'go.sum')));
  const overlay = join(buildDir, 'overlay.json');
  writeFileSync(
    overlay,
    JSON.stringify({ Replace: { [join(daprSource, 'cmd', 'daprd', 'components', 'zz_notag.go')]: registrationFile } }),
  );

  const logFile = join(home, 'build.log');
  const out = openSync(logFile, 'w');
  const args = [
    'build',
    '-mod=readonly',
    `-modfile=${modFile}`,
    '-trimpath',
    `-overlay=${overlay}`,
    `-ldflags=-s -w -X github.com/dapr/dapr/pkg/buildinfo.version=${version}`,
    '-o',
    `${binary}.partial`,
    'github.com/dapr/dapr/cmd/daprd',
  ];
  const child = spawn(go, args, { cwd: moduleDir, env, stdio: ['ignore', out, out] });
  closeSync(out);
  const ticker = setInterval(() => log(`  still building daprd… ${Math.round((Date.now() - started) / 1000)} s`), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(ticker);
  if (code !== 0) throw new Error(`building daprd failed (exit ${code}); see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
  renameSync(`${binary}.partial`, binary);
  chmodSync(binary, 0o755);
  const builtInSeconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(
    join(home, 'build-info.json'),
    `${JSON.stringify({ version, builtInSeconds, builtAt: new Date().toISOString(), go: execFileSync(go, ['version'], { encoding: 'utf8' }).trim() }, null, 2)}\n`,
  );
  log(`built daprd ${version} in ${builtInSeconds} s`);
  return { binary, builtInSeconds };
}

function requireGo(): string {
  const wanted = /^go (\S+)/m.exec(readFileSync(join(moduleDir, 'go.mod'), 'utf8'))?.[1] ?? '0';
  let version: string;
  try {
    version = execFileSync('go', ['env', 'GOVERSION'], { env: goEnv(), encoding: 'utf8' }).trim().replace(/^go/, '');
  } catch {
    throw new Error(`Go ${wanted} or newer is needed to build daprd; put \`go\` on PATH`);
  }
  const newer = (a: string, b: string) => {
    const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
    for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
    return true;
  };
  if (!newer(version, wanted))
    throw new Error(`Go ${wanted} or newer is needed to build daprd (found ${version}); GOTOOLCHAIN=local forbids downloading one`);
  return 'go';
}

export interface SidecarSpec {
  appId: string;
  /** Unique per sidecar; passed as POD_NAME (for `{podName}` in components). */
  podName: string;
  appPort: number;
  httpPort: number;
  grpcPort: number;
  internalGrpcPort: number;
  metricsPort: number;
}

export interface StartSidecarOptions {
  binary: string;
  resourcesDir: string;
  configFile: string;
  runDir: string;
  logDir: string;
  /** `DAPR_API_TOKEN` (callers of the sidecar must present it) and `APP_API_TOKEN` (presented to the app). */
  tokens?: { api: string; app: string } | undefined;
}

const pidFileOf = (runDir: string, podName: string) => join(runDir, 'pids', `daprd-${podName}.pid`);

export function sidecarPid(runDir: string, s: SidecarSpec): number | undefined {
  return runningPid(pidFileOf(runDir, s.podName), `--dapr-http-port ${s.httpPort}`);
}

/** Starts one sidecar (unless it already runs) and waits until its components are up (`/v1.0/healthz/outbound`). */
export async function startSidecar(s: SidecarSpec, o: StartSidecarOptions): Promise<number> {
  let pid = sidecarPid(o.runDir, s);
  const logFile = join(o.logDir, `daprd-${s.podName}.log`);
  if (pid === undefined) {
    const env: NodeJS.ProcessEnv = { ...process.env, POD_NAME: s.podName };
    // Standalone: no placement or scheduler service.
    delete env.DAPR_SCHEDULER_HOST_ADDRESS_DNS_A;
    delete env.NAMESPACE;
    delete env.DAPR_API_TOKEN;
    delete env.APP_API_TOKEN;
    if (o.tokens) {
      env.DAPR_API_TOKEN = o.tokens.api;
      env.APP_API_TOKEN = o.tokens.app;
    }
    pid = spawnDetached({
      command: o.binary,
      args: [
        '--mode',
        'standalone',
        '--app-id',
        s.appId,
        '--app-port',
        String(s.appPort),
        '--app-protocol',
        'http',
        '--app-channel-address',
        '127.0.0.1',
        '--dapr-listen-addresses',
        '127.0.0.1',
        '--dapr-http-port',
        String(s.httpPort),
        '--dapr-grpc-port',
        String(s.grpcPort),
        '--dapr-internal-grpc-port',
        String(s.internalGrpcPort),
        '--dapr-internal-grpc-listen-address',
        '127.0.0.1',
        '--metrics-port',
        String(s.metricsPort),
        '--metrics-listen-address',
        '127.0.0.1',
        '--resources-path',
        o.resourcesDir,
        '--config',
        o.configFile,
        '--dapr-graceful-shutdown-seconds',
        '3',
        '--log-level',
        'info',
      ],
      env,
      logFile,
      pidFile: pidFileOf(o.runDir, s.podName),
    });
  }
  const started = pid;
  await waitFor(
    async () => {
      if (sidecarPid(o.runDir, s) !== started) throw new Error(`daprd ${s.podName} exited; see ${logFile}`);
      const res = await fetch(`http://127.0.0.1:${s.httpPort}/v1.0/healthz/outbound`, { signal: AbortSignal.timeout(1_000) });
      return res.status === 204;
    },
    { timeoutMs: 60_000, intervalMs: 200, what: `daprd ${s.podName} (components up)` },
  );
  return started;
}

export function stopSidecar(runDir: string, s: SidecarSpec): Promise<boolean> {
  return stopByPidFile(pidFileOf(runDir, s.podName), `--dapr-http-port ${s.httpPort}`, 15_000);
}

/** Kills sidecar `s` with SIGKILL (a crash); resolves with its pid once it is gone, if it ran. */
export async function killSidecar(runDir: string, s: SidecarSpec): Promise<number | undefined> {
  const pid = sidecarPid(runDir, s);
  if (pid !== undefined) await killNow(pid);
  return pid;
}
