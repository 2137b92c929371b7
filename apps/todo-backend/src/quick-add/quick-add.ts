import { type CreateTaskBody, createTaskBodySchema, type QuickAddBody, type QuickAddParse, type QuickAddResponse } from '@doable/contracts';
import { ValidationError } from '@doable/platform';
import { assertRoleAllows } from '../access/index.ts';
import type { ToolContext } from '../assistant/task-tools/tool-definition.ts';
import { parseQuickAdd } from './quick-add-parser.ts';

/**
 * Reads a line in the user's zone, changing nothing (the web app's chips while typing). A line for a project is
 * held to the access rules of creating there, so the parse already answers what the create would: 404 outside the
 * caller's projects, 403 for a viewer.
 */
export async function readQuickAdd(
  ctx: Pick<ToolContext, 'now' | 'timeZone' | 'userId' | 'projects'>,
  body: QuickAddBody,
): Promise<QuickAddParse> {
  if (body.project_id !== undefined) {
    const project = await ctx.projects.getProject(ctx.userId, body.project_id);
    assertRoleAllows(project.role, 'writeTasks');
  }
  return parseQuickAdd(body.text, { now: ctx.now, timeZone: ctx.timeZone, ...(body.ignore ? { ignore: body.ignore } : {}) });
}

/** The create body a parse means, validated as `POST /tasks` validates its own; a failure names the field. */
function toCreateBody(parse: QuickAddParse, projectId: number | undefined): CreateTaskBody {
  const { fields } = parse;
  if (fields.title === '') {
    throw new ValidationError('The line has no title.', [
      { field: 'text', message: 'Nothing is left for the title once the dates, tags and priorities are read: say what to do.' },
    ]);
  }
  const parsed = createTaskBodySchema.safeParse({
    title: fields.title,
    description: fields.description,
    priority: fields.priority,
    tags: fields.tags,
    due_date: fields.due_date,
    recurring: fields.recurring,
    recurrence_basis: fields.recurrence_basis,
    ...(projectId !== undefined ? { project_id: projectId } : {}),
    ...(fields.reminder_at ? { reminder_at: fields.reminder_at } : {}),
    ...(fields.remind_before ? { remind_before: fields.remind_before } : {}),
  });
  if (!parsed.success) {
    throw new ValidationError(
      'The line does not make a valid task.',
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'text', message: issue.message })),
    );
  }
  return parsed.data;
}

/**
 * Reads a line and creates the task it means, through the same service as `POST /tasks` (no conversation), which
 * applies the project's access rules.
 */
export async function quickAddTask(ctx: ToolContext, body: QuickAddBody): Promise<QuickAddResponse> {
  // The task service checks the project as it creates there.
  const { project_id, ...line } = body;
  const parse = await readQuickAdd(ctx, line);
  const task = await ctx.tasks.createTask(ctx.userId, toCreateBody(parse, project_id));
  return { task, parse };
}
