export type { Backend, BackendOptions } from './backend.ts';
export { createBackend, migrateBackend } from './backend.ts';
export type { TaskHistoryReader } from './tasks/task-history.ts';
export type { TaskService } from './tasks/task-service.ts';
