import { migrate, openDatabase } from '@doable/db';
import { createTestDatabase, generateSchemaTypes } from '@doable/test-kit';
import { expect, inject, it } from 'vitest';
import { MIGRATIONS } from '../live-updates-module.ts';
import { LIVE_SCHEMA } from '../membership/membership-view.ts';

it('the committed table types are those of the migrated live schema', async () => {
  const database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  try {
    await migrate(database.db, { schema: LIVE_SCHEMA, folder: MIGRATIONS });
    const types = await generateSchemaTypes(database.db, {
      schema: LIVE_SCHEMA,
      regenerate: 'apps/websocket-service/src/database/tables.int.test.ts',
    });
    await expect(types).toMatchFileSnapshot('./tables.generated.ts');
  } finally {
    await database.close();
  }
});
