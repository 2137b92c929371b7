import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { BACKEND_SCHEMA } from './schema.ts';

const REPLICAS = 6;
const ROUNDS = 10;

describe('migrations run by several replicas starting at once', () => {
  it('leave one schema with every file applied once, whichever replica makes it', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const url = await createTestDatabase(inject('postgresUrl'));
      const replicas = await Promise.all(Array.from({ length: REPLICAS }, () => openDatabase({ kind: 'postgres', url })));
      try {
        // Each replica connected first, so their first statements reach the server together.
        await Promise.all(replicas.map((replica) => replica.ping()));
        const outcomes = await Promise.allSettled(replicas.map((replica) => migrateBackend(replica.db)));
        expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
        const [first] = replicas as [Database, ...Database[]];
        const applied = await sql<{ name: string; times: number }>`
          select name, count(*)::int as times from ${sql.id(BACKEND_SCHEMA, 'kysely_migration')} group by name`.execute(first.db);
        expect(applied.rows.length).toBeGreaterThan(10);
        expect(applied.rows.filter((row) => row.times !== 1)).toEqual([]);
      } finally {
        await Promise.all(replicas.map((replica) => replica.close()));
      }
    }
  });
});
