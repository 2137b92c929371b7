/**
 * Dumps a PGlite data folder (the database of Doable before it ran a real PostgreSQL) as SQL, with PGlite's own
 * pg_dump (plain INSERTs, no owners or grants: the new server's roles differ). PGlite is loaded only here, on demand.
 */
export async function dumpPgliteFolder(folder: string): Promise<string> {
  const [{ PGlite }, { pg_trgm }, { btree_gin }, { btree_gist }, { pgDump }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/btree_gin'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite-tools/pg_dump'),
  ]);
  // The extensions the backend's migrations create (a folder migrated on PGlite may hold indexes of each).
  const pglite = await PGlite.create({ dataDir: folder, extensions: { pg_trgm, btree_gin, btree_gist } });
  try {
    const dump = await pgDump({ pg: pglite, args: ['--no-owner', '--no-privileges'] });
    return withoutPgliteOptions(await dump.text());
  } finally {
    await pglite.close();
  }
}

/** PGlite records a private attribute option on every column (`SET (pg_attver=…)`) that PostgreSQL does not know. */
const PGLITE_COLUMN_OPTION = /^ALTER TABLE ONLY \S+ ALTER COLUMN \S+ SET \(pg_attver=\d+\);$/;

export function withoutPgliteOptions(dump: string): string {
  return dump
    .split('\n')
    .filter((line) => !PGLITE_COLUMN_OPTION.test(line))
    .join('\n');
}
