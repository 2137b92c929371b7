import type { ToolName } from '@doable/contracts';
import type { z } from 'zod';
import type { ProjectService } from '../../projects/project-service.ts';
import type { TaskService } from '../../tasks/task-service.ts';

/** What the tools ask of the project service; every call takes the acting user first and goes through the access policy. */
export type ToolProjects = Pick<
  ProjectService,
  'getProject' | 'listProjects' | 'createProject' | 'listMembers' | 'inviteByEmail' | 'createInviteLink'
>;

/**
 * Who calls a tool and what it may reach: the tasks of the user's projects through the task service, the projects
 * through the project service (both decide access by the one policy), in the user's zone.
 */
export interface ToolContext {
  userId: string;
  tasks: TaskService;
  projects: ToolProjects;
  timeZone: string;
  now: Date;
}

export interface ToolResult {
  structured: Record<string, unknown>;
  summary: string;
}

/** A failure the caller can fix (unknown id, bad priority, bad date): shown to the client as a tool error. */
export class ToolError extends Error {}

/**
 * What a tool does, which decides its MCP annotations (`toolAnnotations`):
 * - `read`: reads and changes nothing;
 * - `create`: makes something new on every call, a task, project, invitation or link (calling twice makes two);
 * - `add`: adds to an existing task, changing nothing already there (adding a tag it has changes nothing);
 * - `overwrite`: replaces or clears values of an existing task (the earlier value is gone, e.g. its assignee or
 *   project), same result when repeated;
 * - `shift`: moves a value of an existing task from where it is (a due date two days later): the earlier value is
 *   gone, and each call moves it again;
 * - `delete`: removes a task for good; a repeated call finds nothing more to delete.
 */
export type ToolEffect = 'read' | 'create' | 'add' | 'overwrite' | 'shift' | 'delete';

/** A tool whose `run` takes what its `input` schema parses to (`runTool` parses before it runs). */
export interface ToolDefinition<Input extends z.ZodType = z.ZodType> {
  name: ToolName;
  title: string;
  description: string;
  input: Input;
  output: z.ZodType;
  /** What a call does to the user's tasks: the MCP annotations follow from it, and a read-only key runs only `read`. */
  effect: ToolEffect;
  run(ctx: ToolContext, args: z.infer<Input>): Promise<ToolResult>;
}
