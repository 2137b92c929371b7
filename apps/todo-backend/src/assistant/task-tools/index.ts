export { callerProjects, labelsOf, projectLabels } from './project-arguments.ts';
export { runTool } from './run-tool.ts';
export { describeTask } from './task-summary.ts';
export type { ToolContext, ToolDefinition, ToolProjects, ToolResult } from './tool-definition.ts';
export { ToolError } from './tool-definition.ts';
export { toolJsonSchema } from './tool-json-schema.ts';
export { findTool, TASK_TOOLS } from './tool-list.ts';
