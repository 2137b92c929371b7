/** The database user and database embedded mode uses (initdb's superuser; only this folder's owner reaches it). */
export const EMBEDDED_USER = 'doable';
export const EMBEDDED_DATABASE = 'doable';
/** Names the socket file (`.s.PGSQL.5432`); no TCP port is opened. */
export const EMBEDDED_PORT = 5432;

/**
 * Connections of the one Doable process using the server. Each is a backend process of 15-30 MiB resident; on a
 * small machine the requests are bound by Node, not by the database: with two, creates went as fast as with four and
 * lists at 32 clients within the runs' spread, 40-50 MiB smaller under load (docs/benchmarks.md, embedded mode).
 */
export const EMBEDDED_POOL_SIZE = 2;

/**
 * How long a pooled connection may sit idle before the pool closes it. Each is a backend process of 15-30 MiB
 * resident; an idle Doable (most of a self-hosted one's life) keeps none. Opening one again over the socket costs a
 * few milliseconds, once per burst of requests: a page's requests, or a steady load, reuse it.
 */
export const EMBEDDED_POOL_IDLE_MS = 1_000;

/**
 * How initdb puts a new cluster on disk. Linux: one syncfs() of the file system at the end instead of an fsync per
 * file (~970 files): the same durability (initdb returns only once every file is on disk), a fraction of the time
 * (docs/benchmarks.md, embedded mode).
 */
export const INITDB_SYNC_ARGS = process.platform === 'linux' ? ['--sync-method=syncfs'] : [];

/** initdb: UTF-8, code-point order and Unicode-aware lower/upper (the builtin C.UTF-8 locale, the same on every OS). */
export const INITDB_ARGS = [
  `--username=${EMBEDDED_USER}`,
  '--auth=trust',
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
  '--no-instructions',
  ...INITDB_SYNC_ARGS,
];

/** The only way in: the Unix socket, in a folder only the data folder's owner (and the server) can enter. */
export const HBA_CONF = '# Written by Doable: connections over the Unix socket in this folder only.\nlocal all all trust\n';

/**
 * Settings given on the server's command line, so each start applies the current ones whatever postgresql.conf says.
 * Durability is PostgreSQL's production default, spelled out. Memory is sized for one Doable process: measured with
 * 10,000 tasks under a list load (docs/benchmarks.md), 16 MB of shared buffers hold the working set, and each
 * backend process costs a few MiB, so the pool stays small and no parallel workers are started.
 */
export function serverSettings(socketDir: string): Record<string, string> {
  return {
    listen_addresses: '',
    unix_socket_directories: socketDir,
    unix_socket_permissions: '0700',
    fsync: 'on',
    synchronous_commit: 'on',
    full_page_writes: 'on',
    shared_buffers: '16MB',
    // Doable's pool (EMBEDDED_POOL_SIZE), with room for a person's psql on the socket and for tools.
    max_connections: '20',
    max_worker_processes: '2',
    max_parallel_workers_per_gather: '0',
    max_parallel_maintenance_workers: '0',
    max_parallel_workers: '0',
    max_logical_replication_workers: '0',
    autovacuum_max_workers: '1',
    // Nothing replicates from this server: minimal WAL, no senders.
    wal_level: 'minimal',
    max_wal_senders: '0',
    min_wal_size: '32MB',
    max_wal_size: '256MB',
    // Reads and writes from each backend itself, as before PostgreSQL 18: no I/O worker processes.
    io_method: 'sync',
    jit: 'off',
    huge_pages: 'off',
    timezone: 'UTC',
    log_timezone: 'UTC',
    log_checkpoints: 'off',
  };
}

export function toServerArgs(settings: Record<string, string>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
