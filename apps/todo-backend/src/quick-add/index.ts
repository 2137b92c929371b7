export { quickAddTask, readQuickAdd } from './quick-add.ts';
export { parseQuickAdd, type QuickAddOptions } from './quick-add-parser.ts';
export { registerQuickAddRoutes } from './quick-add-routes.ts';
