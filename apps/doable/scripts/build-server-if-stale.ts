import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const DIST = join(import.meta.dirname, '..', 'dist');
/** The bundle's entry: `npm start` runs it. */
export const BUNDLED_MAIN = join(DIST, 'main.js');
/** Written last: the folder the bundle was built from (its modules' paths point into it). */
const BUILT_FROM = join(DIST, 'built-from.txt');

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Every source the server is built from: each workspace's code and manifest, the lockfile, this script. */
function sourcesChanged(): number {
  const workspaces = ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(REPO_ROOT, group)).map((name) => join(REPO_ROOT, group, name)),
  );
  return Math.max(
    newestChange(join(REPO_ROOT, 'package-lock.json')),
    newestChange(import.meta.filename),
    ...workspaces.flatMap((workspace) => [newestChange(join(workspace, 'src')), newestChange(join(workspace, 'package.json'))]),
  );
}

/**
 * Bundles the embedded server (`src/main.js` and everything it imports) into `apps/doable/dist`, minified, unless
 * the bundle there was built from this folder after every source changed. The bundle holds far less source text
 * than the ~1,800 modules it replaces, which V8 keeps in memory for as long as the server runs (docs/benchmarks.md,
 * "`npm start` runs a bundled server"). Tests run the sources.
 */
export async function buildServerIfStale(): Promise<'built' | 'fresh'> {
  const fresh =
    existsSync(BUILT_FROM) && readFileSync(BUILT_FROM, 'utf8') === REPO_ROOT && statSync(BUILT_FROM).mtimeMs >= sourcesChanged();
  if (fresh) return 'fresh';
  // A source changed while this build reads it is newer than the bundle, which is then stale at the next start.
  const startedAt = new Date();
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: join(import.meta.dirname, '..', 'src', 'main.js'),
    platform: 'node',
    // Modules find their files (migrations, the web app, PGlite's WebAssembly) beside their own source: each keeps
    // its own location rather than the bundle's. The bundle is built where it runs, so the paths are this clone's.
    plugins: [
      {
        name: 'keep-module-location',
        transform(code, id) {
          if (!code.includes('import.meta.')) return null;
          return code
            .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href))
            .replaceAll('import.meta.dirname', JSON.stringify(dirname(id)))
            .replaceAll('import.meta.filename', JSON.stringify(id));
        },
      },
    ],
    // A dependency's direct eval is its own affair (PGlite's loader); the warning says nothing about Doable.
    onLog: (level, log, handle) => (log.code === 'EVAL' ? undefined : handle(level, log)),
  });
  // Built beside dist and swapped in, so a server starting meanwhile never sees half a build.
  const scratch = join(REPO_ROOT, 'node_modules', '.cache', 'doable-server');
  const building = join(scratch, `building-${process.pid}`);
  const old = join(scratch, `old-${process.pid}`);
  try {
    // Dynamic imports stay chunks of their own, loaded on first use as before. Names of functions and classes are
    // kept, so a logged stack trace still says where it was.
    await bundle.write({ dir: building, format: 'esm', minify: { compress: true, mangle: { keepNames: true } } });
  } finally {
    await bundle.close();
  }
  writeFileSync(join(building, 'built-from.txt'), REPO_ROOT);
  utimesSync(join(building, 'built-from.txt'), startedAt, startedAt);
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(building, DIST);
  rmSync(old, { recursive: true, force: true });
  return 'built';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const result = await buildServerIfStale();
  if (result === 'built') console.log(`Built the server in ${Math.round(performance.now() - started)} ms (apps/doable/dist).`);
}
