import { migrate, openDatabase } from '@doable/db';
import { createTestDatabase, generateSchemaTypes } from '@doable/test-kit';
import { expect, inject, it } from 'vitest';
import { AUDIT_SCHEMA } from '../audit-log.ts';
import { MIGRATIONS } from '../audit-module.ts';

it('the committed table types are those of the migrated audit schema', async () => {
  const database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  try {
    await migrate(database.db, { schema: AUDIT_SCHEMA, folder: MIGRATIONS });
    const types = await generateSchemaTypes(database.db, {
      schema: AUDIT_SCHEMA,
      regenerate: 'apps/audit-service/src/database/tables.int.test.ts',
      // Written only from parsed task events (audit-log.ts).
      columns: {
        'audit_log.event_type': 'TaskEventType',
        'audit_log.task_data': "ColumnType<TaskEvent['task_data'], string, string>",
        'audit_log.via_channel': 'ChangeChannel | null',
      },
      imports: { ChangeChannel: '@doable/contracts', TaskEvent: '@doable/contracts', TaskEventType: '@doable/contracts' },
    });
    await expect(types).toMatchFileSnapshot('./tables.generated.ts');
  } finally {
    await database.close();
  }
});
