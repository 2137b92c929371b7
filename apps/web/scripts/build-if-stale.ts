import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WEB_ROOT = join(import.meta.dirname, '..');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

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
  await build({
    root: WEB_ROOT,
    configFile: join(WEB_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: fresh, emptyOutDir: true },
  });
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
