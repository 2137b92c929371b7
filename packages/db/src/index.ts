export type { Database, DatabaseTarget } from './database.ts';
export { openDatabase } from './database.ts';
export { migrate } from './migrate.ts';
export { restrictToOwner } from './owner-only.ts';
