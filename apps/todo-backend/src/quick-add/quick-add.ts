import { type CreateTaskBody, createTaskBodySchema, type QuickAddBody, type QuickAddParse, type QuickAddResponse } from '@doable/contracts';
import { ValidationError } from '@doable/platform';
import { assertRoleAllows, roleAllows } from '../access/index.ts';
import type { ToolContext } from '../assistant/task-tools/tool-definition.ts';
import { parseQuickAdd } from './quick-add-parser.ts';
import type { QuickAddProject } from './quick-add-syntax.ts';

/**
 * Reads a line in the user's zone, changing nothing (the web app's chips while typing). A line for a project is
 * held to the access rules of creating there, so the parse already answers what the create would: 404 outside the
 * caller's projects, 403 for a viewer.
 *
 * `#name` names a project only among those the caller may add tasks to (not archived): a project they only view, or
 * cannot see, leaves `#name` a tag, exactly as for a project that does not exist, so the line tells nothing about
 * projects the caller may not use. A request's `project_id` wins: `#name` is then that project when it names it,
 * and a tag otherwise (the web app sends the project being viewed; the chip shows the tag before saving).
 */
export async function readQuickAdd(
  ctx: Pick<ToolContext, 'now' | 'timeZone' | 'userId' | 'projects'>,
  body: QuickAddBody,
): Promise<QuickAddParse> {
  let projects: QuickAddProject[];
  if (body.project_id !== undefined) {
    const project = await ctx.projects.getProject(ctx.userId, body.project_id);
    assertRoleAllows(project.role, 'writeTasks');
    projects = [project];
  } else {
    const { items } = await ctx.projects.listProjects(ctx.userId, { archived: 'false' });
    projects = items.filter((project) => roleAllows(project.role, 'writeTasks'));
  }
  const parse = parseQuickAdd(body.text, {
    now: ctx.now,
    timeZone: ctx.timeZone,
    projects: projects.map(({ id, name }) => ({ id, name })),
    ...(body.ignore ? { ignore: body.ignore } : {}),
  });
  return { ...parse, fields: { ...parse.fields, project_id: body.project_id ?? parse.fields.project_id } };
}

/** The create body a parse means, validated as `POST /tasks` validates its own; a failure names the field. */
function toCreateBody(parse: QuickAddParse): CreateTaskBody {
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
    ...(fields.project_id !== null ? { project_id: fields.project_id } : {}),
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
  const parse = await readQuickAdd(ctx, body);
  // The task service checks the project again as it creates there (a role may have changed meanwhile).
  const task = await ctx.tasks.createTask(ctx.userId, toCreateBody(parse));
  return { task, parse };
}
