import { describe, expect, it } from 'vitest';
import { withoutPgliteOptions } from './pglite-dump.ts';

describe('a PGlite dump, made fit for PostgreSQL', () => {
  it('loses the column option only PGlite knows, and nothing else, values that mention it included', () => {
    const dump = [
      'CREATE TABLE backend.t (',
      '    id bigint NOT NULL,',
      '    title text NOT NULL',
      ');',
      'ALTER TABLE ONLY backend.t ALTER COLUMN id SET (pg_attver=24795952);',
      'ALTER TABLE ONLY backend.t ALTER COLUMN title SET (pg_attver=24795952);',
      "INSERT INTO backend.t OVERRIDING SYSTEM VALUE VALUES (1, 'ALTER TABLE ONLY x ALTER COLUMN y SET (pg_attver=1);');",
    ].join('\n');
    expect(withoutPgliteOptions(dump)).toBe(
      [
        'CREATE TABLE backend.t (',
        '    id bigint NOT NULL,',
        '    title text NOT NULL',
        ');',
        "INSERT INTO backend.t OVERRIDING SYSTEM VALUE VALUES (1, 'ALTER TABLE ONLY x ALTER COLUMN y SET (pg_attver=1);');",
      ].join('\n'),
    );
  });
});
