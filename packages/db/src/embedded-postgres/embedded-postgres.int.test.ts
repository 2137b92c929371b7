import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database.ts';
import { isAlive } from './leftover-server.ts';
import { findPostgresRuntime } from './postgres-runtime.ts';
import { isRoot, runtimeFor, SERVER_ACCOUNT, serverAccount } from './server-account.ts';

const DATABASE_MODULE = join(import.meta.dirname, '..', 'database.ts');

/** Every path under `root` (itself included) that group or others may read, write or enter. */
function openToOthers(root: string): string[] {
  const entries = [root, ...readdirSync(root, { recursive: true }).map((name) => join(root, String(name)))];
  return entries.filter((path) => !lstatSync(path).isSymbolicLink() && (lstatSync(path).mode & 0o077) !== 0);
}

/** A Node process that opens the embedded database, commits `rows` rows, says `committed <server pid>`, then waits. */
function writerProcess(dir: string, rows: number) {
  const script = `
    import { openDatabase } from ${JSON.stringify(DATABASE_MODULE)};
    import { sql } from 'kysely';
    const database = await openDatabase({ kind: 'embedded', dir: ${JSON.stringify(dir)} });
    await sql\`create table if not exists notes (id int primary key)\`.execute(database.db);
    for (let id = 1; id <= ${rows}; id++) await sql\`insert into notes values (\${id})\`.execute(database.db);
    process.stdout.write('committed ' + database.serverPid + '\\n');
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const serverPid = new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /committed (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`the writer exited with ${code}`)));
  });
  return { child, serverPid };
}

/** The cluster's system identifier: equal for two clusters copied from one template, different for two initdb runs. */
async function systemIdentifier(dir: string, templateCache: string, notices: string[] = []): Promise<string> {
  const database = await openDatabase({ kind: 'embedded', dir, templateCache, onNotice: (message) => notices.push(message) });
  try {
    const { rows } = await sql<{ id: string }>`select system_identifier::text as id from pg_control_system()`.execute(database.db);
    return rows[0]?.id as string;
  } finally {
    await database.close();
  }
}

const count = async (database: Database) =>
  (await sql<{ n: number }>`select count(*)::int as n from notes`.execute(database.db)).rows[0]?.n;

describe.skipIf(process.platform === 'win32')('the embedded PostgreSQL server', { timeout: 180_000 }, () => {
  const parent = mkdtempSync(join(tmpdir(), 'doable-embedded-pg-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('makes its cluster on first start, private to its owner, and keeps committed rows across a stop and a start', async () => {
    const dir = join(parent, 'fresh', 'postgres');
    const notices: string[] = [];
    const first = await openDatabase({ kind: 'embedded', dir, onNotice: (message) => notices.push(message) });
    try {
      await sql`create table notes (id int primary key)`.execute(first.db);
      await sql`insert into notes values (1), (2)`.execute(first.db);
      const settings = await sql<{ fsync: string; synchronous_commit: string; listen_addresses: string; encoding: string }>`
        select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit,
               current_setting('listen_addresses') as listen_addresses, pg_encoding_to_char(encoding) as encoding
        from pg_database where datname = current_database()`.execute(first.db);
      expect(settings.rows[0]).toEqual({ fsync: 'on', synchronous_commit: 'on', listen_addresses: '', encoding: 'UTF8' });
    } finally {
      await first.close();
    }
    expect(notices).toEqual([`Creating the database in ${dir} (first start)`]);
    expect(isAlive(first.serverPid as number)).toBe(false);
    expect(openToOthers(join(parent, 'fresh'))).toEqual([]);

    const again = await openDatabase({ kind: 'embedded', dir, onNotice: (message) => notices.push(message) });
    try {
      expect(await count(again)).toBe(2);
    } finally {
      await again.close();
    }
    expect(notices).toHaveLength(1);
  });

  it('keeps the first initdb as a template and copies it into the next fresh folders, which then start on their own', async () => {
    const cache = join(parent, 'templates');
    const made = await systemIdentifier(join(parent, 'template-1', 'postgres'), cache);
    const [template] = readdirSync(cache);
    expect(template).toBe(`${findPostgresRuntime().platform}-${findPostgresRuntime().version}-${template?.split('-').at(-1)}`);
    expect(await systemIdentifier(join(parent, 'template-2', 'postgres'), cache)).toBe(made);
    expect(openToOthers(join(parent, 'template-2'))).toEqual([]);
    expect(openToOthers(cache)).toEqual([]);
    // A copy is a cluster of its own: it keeps its rows across a restart like any other.
    const dir = join(parent, 'template-3', 'postgres');
    const copy = await openDatabase({ kind: 'embedded', dir, templateCache: cache });
    await sql`create table notes (id int primary key)`.execute(copy.db);
    await sql`insert into notes values (1)`.execute(copy.db);
    await copy.close();
    const again = await openDatabase({ kind: 'embedded', dir, templateCache: cache });
    try {
      expect(await count(again)).toBe(1);
    } finally {
      await again.close();
    }
  });

  it('runs initdb when a file of the template was damaged, and makes the template again', async () => {
    const cache = join(parent, 'damaged-templates');
    const first = await systemIdentifier(join(parent, 'damaged-1', 'postgres'), cache);
    const template = join(cache, readdirSync(cache)[0] as string);
    writeFileSync(join(template, 'cluster', 'global', 'pg_control'), 'torn by a crash');

    const notices: string[] = [];
    const rebuilt = await systemIdentifier(join(parent, 'damaged-2', 'postgres'), cache, notices);
    expect(rebuilt).not.toBe(first);
    expect(notices).toContainEqual(expect.stringContaining(`The cluster template ${template} was damaged`));
    expect(await systemIdentifier(join(parent, 'damaged-3', 'postgres'), cache)).toBe(rebuilt);

    // An unreadable list of files counts as damage too.
    writeFileSync(join(template, 'manifest.json'), '[{"path":');
    expect(await systemIdentifier(join(parent, 'damaged-4', 'postgres'), cache)).not.toBe(rebuilt);
  });

  it('gives two first starts at once, with no template yet, each a cluster and leaves one whole template', async () => {
    const cache = join(parent, 'racing-templates');
    const [a, b] = await Promise.all([
      systemIdentifier(join(parent, 'racing-1', 'postgres'), cache),
      systemIdentifier(join(parent, 'racing-2', 'postgres'), cache),
    ]);
    expect(a).not.toBe(b);
    expect(readdirSync(cache)).toHaveLength(1);
    expect([a, b]).toContain(await systemIdentifier(join(parent, 'racing-3', 'postgres'), cache));
  });

  it.skipIf(process.platform !== 'linux')('serves a folder whose socket path is longer than a Unix socket allows', async () => {
    const dir = join(parent, 'a-folder-deep-enough'.repeat(4), 'that-its-socket-path-passes-108-bytes', 'postgres');
    expect(join(dir, '.s.PGSQL.5432').length).toBeGreaterThan(108);
    const database = await openDatabase({ kind: 'embedded', dir });
    try {
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });

  it('stops a server left running by a process killed with kill -9, then starts with every committed row', async () => {
    const dir = join(parent, 'orphan', 'postgres');
    const writer = writerProcess(dir, 50);
    const orphanPid = await writer.serverPid;
    writer.child.kill('SIGKILL');
    await new Promise((resolve) => writer.child.once('exit', resolve));
    // Node is gone; its server is not.
    expect(isAlive(orphanPid)).toBe(true);

    const notices: string[] = [];
    const database = await openDatabase({ kind: 'embedded', dir, onNotice: (message) => notices.push(message) });
    try {
      expect(notices).toEqual([expect.stringContaining(`A PostgreSQL server (pid ${orphanPid}) was still running on ${dir}`)]);
      expect(isAlive(orphanPid)).toBe(false);
      expect(database.serverPid).not.toBe(orphanPid);
      expect(await count(database)).toBe(50);
    } finally {
      await database.close();
    }
  });

  it('stops without cutting off its own connections: none is reported lost when it closes', async () => {
    const lost: Error[] = [];
    const database = await openDatabase({ kind: 'embedded', dir: join(parent, 'closing'), onConnectionError: (error) => lost.push(error) });
    // Several connections open in the pool, all idle when it closes.
    await Promise.all(Array.from({ length: 6 }, () => sql`select pg_sleep(0.05)`.execute(database.db)));
    await database.close();
    expect(lost.map((error) => error.message)).toEqual([]);
  });

  it.skipIf(!isRoot())(
    `runs as the unprivileged account ${SERVER_ACCOUNT} when started as root, the folders above its own staying root's only`,
    async () => {
      const folder = join(parent, 'as-root');
      const database = await openDatabase({ kind: 'embedded', dir: join(folder, 'postgres') });
      try {
        const { rows } = await sql<{ user: string }>`select current_user as user`.execute(database.db);
        expect(rows[0]?.user).toBe('doable');
        const serverUid = statSync(`/proc/${database.serverPid}`).uid;
        expect(serverUid).not.toBe(0);
        expect(statSync(join(folder, 'postgres')).uid).toBe(serverUid);
        // The data folder around it stays root's, closed to every other account, the server's included.
        expect(statSync(folder).uid).toBe(0);
        expect(statSync(folder).mode & 0o777).toBe(0o700);
      } finally {
        await database.close();
      }
    },
  );

  it.skipIf(!isRoot())(
    `gives ${SERVER_ACCOUNT} a copy of PostgreSQL it can run when Doable's own sits where it cannot reach (a clone under /root)`,
    () => {
      const account = serverAccount();
      if (!account) throw new Error('root has a server account');
      // Doable's runtime as it would sit in a clone under a home folder closed to other users.
      const home = mkdtempSync(join(parent, 'closed-home-'));
      const installed = findPostgresRuntime();
      const hidden = { ...installed, root: join(home, 'native'), binDir: join(home, 'native', 'bin'), version: `test-${process.pid}` };
      cpSync(installed.root, hidden.root, { recursive: true, verbatimSymlinks: true });
      const runs = (postgres: string) => spawnSync(postgres, ['--version'], { uid: account.uid, gid: account.gid }).status === 0;
      expect(runs(join(hidden.binDir, 'postgres'))).toBe(false);

      // As under npm start, which keeps the files it creates private.
      const umask = process.umask(0o077);
      const usable = runtimeFor(hidden, account);
      process.umask(umask);
      try {
        expect(usable.root).toBe(`/var/lib/doable/postgres/test-${process.pid}-${installed.platform}`);
        expect(runs(join(usable.binDir, 'postgres'))).toBe(true);
        // Root's: the account runs these programs and cannot change them.
        expect(statSync(join(usable.binDir, 'postgres')).uid).toBe(0);
        expect(runtimeFor(hidden, account).root).toBe(usable.root);
      } finally {
        rmSync(usable.root, { recursive: true, force: true });
      }
    },
  );
});
