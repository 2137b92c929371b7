export { openDatabase } from './database.ts';
export type { Database, DatabaseTarget } from './database.ts';
export { migrate } from './migrate.ts';
