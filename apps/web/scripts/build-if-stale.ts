import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WEB_ROOT = join(import.meta.dirname, '..');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package.json'];

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
  await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const result = await buildWebAppIfStale();
  if (result === 'built') console.log(`Built the web app in ${Math.round(performance.now() - started)} ms (apps/web/dist).`);
}
