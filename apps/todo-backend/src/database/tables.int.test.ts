import { openDatabase } from '@doable/db';
import { createTestDatabase, generateSchemaTypes } from '@doable/test-kit';
import { expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { BACKEND_SCHEMA } from './schema.ts';

it('the committed table types are those of the migrated backend schema', async () => {
  const database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
  try {
    await migrateBackend(database.db);
    const types = await generateSchemaTypes(database.db, {
      schema: BACKEND_SCHEMA,
      regenerate: 'apps/todo-backend/src/database/tables.int.test.ts',
      // What the database cannot tell: check constraints as unions, and the shapes of the jsonb columns we write.
      columns: {
        'tasks.priority': 'Generated<Priority>',
        'tasks.recurrence_basis': "Generated<'due' | 'completion'>",
        'project_members.role': 'ProjectRole',
        'project_invitations.role': 'GrantableRole',
        'project_invite_links.role': 'GrantableRole',
        'outbox.payload': 'ColumnType<Record<string, unknown>, string, string>',
        'conversations.messages': 'Generated<ColumnType<ChatMessage[], string, string>>',
        'conversations.state': 'Generated<ColumnType<ConversationState, string, string>>',
        'caldav_objects.extras': 'ColumnType<VtodoExtras | null, string | null, string | null>',
      },
      imports: {
        Priority: '@doable/contracts',
        ProjectRole: '@doable/contracts',
        GrantableRole: '@doable/contracts',
        ChatMessage: '@doable/contracts',
        ConversationState: '../chat/conversation-store.ts',
        VtodoExtras: '../caldav/vtodo-shape.ts',
      },
    });
    await expect(types).toMatchFileSnapshot('./tables.generated.ts');
  } finally {
    await database.close();
  }
});
