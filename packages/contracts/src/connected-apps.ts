import { z } from 'zod';

/** What an app connected over OAuth may do with the user's tasks (the scopes the user granted). */
export const connectedAppScopeSchema = z.string().describe('A granted scope: tasks:read, tasks:write or offline_access.');

/** An assistant or app the user allowed to use Doable on their behalf (an OAuth consent). */
export const connectedAppSchema = z.object({
  id: z.string().describe('The consent; DELETE /connected-apps/{id} revokes it.'),
  client_id: z.string().describe('The client: for a client metadata document, the https URL it is served at.'),
  name: z.string().nullable(),
  uri: z.string().nullable().describe("The client's home page, as its metadata claims."),
  scopes: z.array(connectedAppScopeSchema),
  connected_at: z.string().describe('When the user first allowed it (ISO 8601).'),
  last_used_at: z.string().nullable().describe('When it last got an access token (ISO 8601).'),
});
export type ConnectedApp = z.infer<typeof connectedAppSchema>;

export const connectedAppListSchema = z.object({ items: z.array(connectedAppSchema) });
export type ConnectedAppList = z.infer<typeof connectedAppListSchema>;

// better-auth's ids are 32 characters; a longer one is a 400 (the backend's router lets parameters up to 1000 through).
export const connectedAppParamsSchema = z.object({ id: z.string().min(1).max(64) });
