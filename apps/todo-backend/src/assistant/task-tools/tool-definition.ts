import type { ToolName } from '@doable/contracts';
import type { z } from 'zod';
import type { TaskService } from '../../tasks/task-service.ts';

/** Who calls a tool and what it may reach: the user's own tasks through the task service, in their zone. */
export interface ToolContext {
  userId: string;
  tasks: TaskService;
  timeZone: string;
  now: Date;
}

export interface ToolResult {
  structured: Record<string, unknown>;
  summary: string;
}

/** A failure the caller can fix (unknown id, bad priority, bad date): shown to the client as a tool error. */
export class ToolError extends Error {}

export interface ToolDefinition {
  name: ToolName;
  title: string;
  description: string;
  input: z.ZodType;
  output: z.ZodType;
  /** True for a tool that only reads; absent means it may change tasks, so a read-only API key cannot run it. */
  readOnly?: true;
  run(ctx: ToolContext, args: any): Promise<ToolResult>;
}
