import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PostgresRuntime } from './postgres-runtime.ts';
import type { ServerAccount } from './server-account.ts';
import { INITDB_ARGS } from './server-settings.ts';

/**
 * A pristine cluster (initdb's output, never started) kept once per PostgreSQL version and initdb options in the
 * user's cache folder, copied into each new data folder instead of running initdb again (1-4 s, mostly its own work
 * and syncing). Every file is checked against the SHA-256 recorded when the template was made, so a template torn by
 * a crash or edited by hand is never used: it is removed, and that start runs initdb and makes it again. Templates
 * are written in a private draft folder renamed into place, so concurrent first starts never see half a template.
 * A copy shares the template's system identifier (pg_control): it matters only to replication and WAL archives,
 * which embedded mode does not use (`wal_level=minimal`). Synchronous on purpose: a first start loads the app's
 * modules meanwhile, which holds the event loop for seconds; ~1,000 small awaited reads and writes would wait on it.
 */

interface ManifestEntry {
  /** Relative to the cluster's folder, `/`-separated. */
  path: string;
  kind: 'dir' | 'file';
  mode: number;
  sha256?: string;
}

const MANIFEST = 'manifest.json';
const CLUSTER = 'cluster';

/** The default parent of the templates: `$XDG_CACHE_HOME` or `~/.cache`, `doable/postgres-templates`; undefined without a home. */
export function defaultTemplateCache(): string | undefined {
  try {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'doable', 'postgres-templates');
  } catch {
    return undefined;
  }
}

/** The template for this runtime and these initdb options: a new PostgreSQL version or new options get their own. */
export function templateFolder(cache: string, runtime: PostgresRuntime): string {
  const options = createHash('sha256').update(INITDB_ARGS.join('\0')).digest('hex').slice(0, 12);
  return join(cache, `${runtime.platform}-${runtime.version}-${options}`);
}

export type CopyOutcome = 'copied' | 'missing' | 'broken';

/**
 * Copies the template into the empty folder `draft`, owned by `account` when given. 'missing': no template;
 * 'broken': a file differs from its manifest (the template is removed, `draft` emptied). Not synced: the caller does.
 */
export function copyFromTemplate(template: string, draft: string, account: ServerAccount | undefined): CopyOutcome {
  let entries: ManifestEntry[];
  try {
    entries = JSON.parse(readFileSync(join(template, MANIFEST), 'utf8')) as ManifestEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    return discardBroken(template, draft);
  }
  try {
    for (const entry of entries) {
      const target = join(draft, entry.path);
      if (entry.kind === 'dir') {
        mkdirSync(target, { mode: 0o700 });
      } else {
        const content = readFileSync(join(template, CLUSTER, entry.path));
        if (sha256(content) !== entry.sha256) return discardBroken(template, draft);
        writeFileSync(target, content, { mode: 0o600, flag: 'wx' });
      }
      // Modes only as PostgreSQL made them, never wider than the owner's (an edited manifest cannot open the folder).
      chmodSync(target, entry.mode & 0o700);
      if (account) chownSync(target, account.uid, account.gid);
    }
  } catch {
    // A file missing, or removed meanwhile by another start that found the template broken.
    return discardBroken(template, draft);
  }
  return 'copied';
}

/** Keeps `cluster` (initdb's output, not yet started) as the template, unless another start has kept one meanwhile. */
export function saveAsTemplate(cluster: string, template: string): void {
  if (exists(join(template, MANIFEST))) return;
  mkdirSync(dirname(template), { recursive: true, mode: 0o700 });
  const draft = `${template}.${randomUUID()}.draft`;
  try {
    const entries: ManifestEntry[] = [];
    mkdirSync(join(draft, CLUSTER), { recursive: true, mode: 0o700 });
    for (const relative of listTree(cluster)) {
      const source = join(cluster, relative);
      const info = statSync(source);
      const path = relative.split('\\').join('/');
      if (info.isDirectory()) {
        mkdirSync(join(draft, CLUSTER, relative), { mode: 0o700 });
        entries.push({ path, kind: 'dir', mode: info.mode & 0o777 });
      } else if (info.isFile()) {
        const content = readFileSync(source);
        writeFileSync(join(draft, CLUSTER, relative), content, { mode: 0o600 });
        entries.push({ path, kind: 'file', mode: info.mode & 0o777, sha256: sha256(content) });
      } else {
        throw new Error(`${source} is neither a file nor a folder`);
      }
    }
    writeFileSync(join(draft, MANIFEST), JSON.stringify(entries), { mode: 0o600 });
    // A broken template left by a crash is replaced; a whole one made meanwhile by another start wins.
    if (!exists(join(template, MANIFEST))) rmSync(template, { recursive: true, force: true });
    try {
      renameSync(draft, template);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(draft, { recursive: true, force: true });
  }
}

/** Parents before children, so a copy can make each folder before its files. */
function listTree(root: string): string[] {
  const names = readdirSync(root, { recursive: true }).map(String);
  return names.sort((a, b) => a.split(/[\\/]/).length - b.split(/[\\/]/).length || a.localeCompare(b));
}

function discardBroken(template: string, draft: string): 'broken' {
  // Renamed away first, so that no other start copies from it while it is being removed.
  const doomed = `${template}.${randomUUID()}.broken`;
  try {
    renameSync(template, doomed);
    rmSync(doomed, { recursive: true, force: true });
  } catch {
    // Already removed by another start.
  }
  for (const name of readdirSync(draft)) rmSync(join(draft, name), { recursive: true, force: true });
  return 'broken';
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;
