export { aTask } from './builders.ts';
export { createApiClient, signUp } from './http-client.ts';
export type { ApiClient, ApiResponse } from './http-client.ts';
export { createTestDatabase } from './postgres-database.ts';
