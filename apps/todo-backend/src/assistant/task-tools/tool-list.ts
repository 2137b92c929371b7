import { filterTasksTool, listTasksTool, searchTasksTool, sortTasksTool } from './list-tools.ts';
import { createProjectTool, listProjectsTool, shareProjectTool } from './project-tools.ts';
import { quickAddTool } from './quick-add-tool.ts';
import { createRecurringTaskTool, createRecurringTool } from './recurring-tools.ts';
import { setReminderTool } from './reminder-tools.ts';
import { addSubtaskTool } from './subtask-tools.ts';
import { addTagTool, listTagsTool, removeTagTool } from './tag-tools.ts';
import {
  addTasksTool,
  addTaskTool,
  completeTaskTool,
  deleteTaskTool,
  postponeTaskTool,
  setDueDateTool,
  setPriorityTool,
  updateTaskTool,
} from './task-edit-tools.ts';
import { assignTaskTool, moveTaskTool } from './task-project-tools.ts';
import type { ToolDefinition } from './tool-definition.ts';

/** Every tool, defined once; the MCP server and the chat agent both read this list (in this order). */
export const TASK_TOOLS: ToolDefinition[] = [
  addTaskTool,
  addTasksTool,
  listTasksTool,
  updateTaskTool,
  completeTaskTool,
  deleteTaskTool,
  searchTasksTool,
  setPriorityTool,
  addTagTool,
  removeTagTool,
  setDueDateTool,
  postponeTaskTool,
  createRecurringTool,
  createRecurringTaskTool,
  filterTasksTool,
  sortTasksTool,
  setReminderTool,
  listTagsTool,
  quickAddTool,
  listProjectsTool,
  createProjectTool,
  shareProjectTool,
  assignTaskTool,
  moveTaskTool,
  addSubtaskTool,
];

export function findTool(name: string): ToolDefinition | undefined {
  return TASK_TOOLS.find((tool) => tool.name === name);
}
