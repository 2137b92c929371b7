export type { ToolContext, ToolDefinition, ToolResult } from './assistant/task-tools.ts';
export { runTool, TASK_TOOLS, ToolError } from './assistant/task-tools.ts';
export type { Backend, BackendOptions } from './backend.ts';
export { createBackend, migrateBackend } from './backend.ts';
export { findUserId } from './http/authenticate.ts';
export { createMcpServer } from './mcp/mcp-server.ts';
export { recordDeadLetter } from './outbox/outbox.ts';
export type { TaskHistoryReader } from './tasks/task-history.ts';
export type { TaskService } from './tasks/task-service.ts';
