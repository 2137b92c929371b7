import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { expect, inject, it } from 'vitest';
import { AUDIT_SCHEMA } from './audit-log.ts';
import { createAuditModule, MIGRATIONS } from './audit-module.ts';

it('keeps the entries written before actors were recorded, with the user as their actor', async () => {
  const database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  const before = mkdtempSync(join(tmpdir(), 'audit-migrations-'));
  try {
    // The schema as the previous release left it, with an entry in it.
    cpSync(join(MIGRATIONS, '001-audit-log.sql'), join(before, '001-audit-log.sql'));
    await migrate(database.db, { schema: AUDIT_SCHEMA, folder: before });
    await sql`insert into audit.audit_log (event_id, user_id, task_id, event_type, occurred_at, task_data)
      values ('6f1c2b8e-3c55-4b8e-9a57-0d7f3c1b2a10', 'user-1', 3, 'created', '2030-01-01T10:00:00Z',
              '{"title":"Pay rent","completed":false,"priority":"high","tags":[],"due_date":null}')`.execute(database.db);

    const audit = await createAuditModule({ db: database.db, logger: createLogger({ name: 'test', level: 'silent' }) });
    expect(await audit.listAllTaskHistory(3)).toEqual([
      {
        event_id: '6f1c2b8e-3c55-4b8e-9a57-0d7f3c1b2a10',
        event_type: 'created',
        timestamp: '2030-01-01T10:00:00.000Z',
        task_data: { title: 'Pay rent', completed: false, priority: 'high', tags: [], due_date: null },
        actor: { user_id: 'user-1', name: null },
      },
    ]);
    expect(await audit.listTaskHistory('user-1', 3)).toHaveLength(1);
  } finally {
    rmSync(before, { recursive: true, force: true });
    await database.close();
  }
});
