import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WEB_ROOT = join(import.meta.dirname, '..');
// The build script is an input too: a change to how the app is built makes an older build stale.
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'scripts'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds the web app into `apps/web/dist` unless the build there is newer than every source file. */
export async function buildWebAppIfStale(): Promise<'built' | 'fresh'> {
  const index = join(WEB_ROOT, 'dist', 'index.html');
  const sourcesChanged = Math.max(...INPUTS.map((input) => newestChange(join(WEB_ROOT, input))));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesChanged) return 'fresh';
  const { build } = await import('vite');
  // Built beside dist and swapped in, so a server starting meanwhile (tests run in parallel) never sees half a build.
  const scratch = join(WEB_ROOT, 'node_modules', '.cache', 'doable-web');
  const fresh = join(scratch, `building-${process.pid}`);
  const old = join(scratch, `old-${process.pid}`);
  // Vite bundles React's development build when NODE_ENV says so, and vitest sets it to `test`: the browser tests
  // must load what `npm start` serves (and leave that build in dist for it).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: WEB_ROOT,
      configFile: join(WEB_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: fresh, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const dist = join(WEB_ROOT, 'dist');
  if (existsSync(dist)) renameSync(dist, old);
  else mkdirSync(scratch, { recursive: true });
  renameSync(fresh, dist);
  rmSync(old, { recursive: true, force: true });
  return 'built';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const result = await buildWebAppIfStale();
  if (result === 'built') console.log(`Built the web app in ${Math.round(performance.now() - started)} ms (apps/web/dist).`);
}
