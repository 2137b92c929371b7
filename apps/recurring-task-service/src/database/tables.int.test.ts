import { migrate, openDatabase } from '@doable/db';
import { createTestDatabase, generateSchemaTypes } from '@doable/test-kit';
import { expect, inject, it } from 'vitest';
import { MIGRATIONS, RECURRING_SCHEMA } from '../recurring-module.ts';

it('the committed table types are those of the migrated recurring schema', async () => {
  const database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  try {
    await migrate(database.db, { schema: RECURRING_SCHEMA, folder: MIGRATIONS });
    const types = await generateSchemaTypes(database.db, {
      schema: RECURRING_SCHEMA,
      regenerate: 'apps/recurring-task-service/src/database/tables.int.test.ts',
    });
    await expect(types).toMatchFileSnapshot('./tables.generated.ts');
  } finally {
    await database.close();
  }
});
