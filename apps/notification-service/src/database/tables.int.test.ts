import { migrate, openDatabase } from '@doable/db';
import { createTestDatabase, generateSchemaTypes } from '@doable/test-kit';
import { expect, inject, it } from 'vitest';
import { MIGRATIONS, NOTIFICATION_SCHEMA } from '../notification-module.ts';

it('the committed table types are those of the migrated notification schema', async () => {
  const database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  try {
    await migrate(database.db, { schema: NOTIFICATION_SCHEMA, folder: MIGRATIONS });
    const types = await generateSchemaTypes(database.db, {
      schema: NOTIFICATION_SCHEMA,
      regenerate: 'apps/notification-service/src/database/tables.int.test.ts',
      columns: { 'deliveries.status': 'DeliveryStatus' },
      imports: { DeliveryStatus: '../delivery/delivery-log.ts' },
    });
    await expect(types).toMatchFileSnapshot('./tables.generated.ts');
  } finally {
    await database.close();
  }
});
