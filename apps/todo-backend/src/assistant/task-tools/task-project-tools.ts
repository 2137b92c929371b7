import { assignTaskInputSchema, moveTaskInputSchema, type ProjectMember, taskSchema } from '@doable/contracts';
import { callerProjects, findProject, labelsOf } from './project-arguments.ts';
import { findTaskByRef } from './subtask-tools.ts';
import { describeTask } from './task-summary.ts';
import { type ToolContext, type ToolDefinition, ToolError } from './tool-definition.ts';

const NOBODY = /^(?:none|nobody|no one|noone|unassigned|unassign)$/i;
const ME = /^(?:me|myself|i)$/i;

const listMembers = (members: ProjectMember[]) => members.map((member) => `${member.name} (${member.email})`).join(', ');

/**
 * The member a name means: "me", a user id, an email, a full name, or a first name that only one member has. Anyone
 * else is a tool error naming the members, who are all the caller may see (any member may list them).
 */
export function findMember(members: ProjectMember[], who: string, callerId: string, projectName: string): ProjectMember {
  const key = who.trim().toLowerCase();
  const exact =
    (ME.test(key) ? members.find((member) => member.user_id === callerId) : undefined) ??
    members.find((member) => member.user_id === who.trim()) ??
    members.find((member) => member.email.toLowerCase() === key);
  if (exact) return exact;
  const named = members.filter((member) => member.name.trim().toLowerCase() === key);
  const candidates = named.length > 0 ? named : members.filter((member) => member.name.trim().toLowerCase().split(/\s+/)[0] === key);
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length > 1)
    throw new ToolError(`Several members of "${projectName}" are called ${who}: ${listMembers(candidates)}. Give an email.`);
  throw new ToolError(
    `${who} is not a member of "${projectName}". Its members: ${listMembers(members)}. Share the project with them first.`,
  );
}

async function taskProjectName(ctx: ToolContext, projectId: number): Promise<{ name: string; labels: Map<number, string> }> {
  const projects = await callerProjects(ctx);
  const project = projects.find((candidate) => candidate.id === projectId);
  return { name: project?.is_inbox ? 'your Inbox' : (project?.name ?? `project #${projectId}`), labels: labelsOf(projects) };
}

export const assignTaskTool: ToolDefinition<typeof assignTaskInputSchema> = {
  name: 'assign_task',
  effect: 'overwrite',
  title: 'Assign a task',
  description:
    'Assign a task to a member of its project (by name, email, user id or "me"), or unassign it (null or "none"). Reminders go to the assignee.',
  input: assignTaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const current = await ctx.tasks.getTask(ctx.userId, args.task_id);
    const { name, labels } = await taskProjectName(ctx, current.project_id);
    let member: ProjectMember | undefined;
    if (args.assignee !== null && !NOBODY.test(args.assignee)) {
      const members = (await ctx.projects.listMembers(ctx.userId, current.project_id)).items;
      member = findMember(members, args.assignee, ctx.userId, name);
    }
    const task = await ctx.tasks.updateTask(ctx.userId, current.id, { assignee_id: member?.user_id ?? null });
    const to = member === undefined ? 'Unassigned' : `Assigned to ${member.user_id === ctx.userId ? 'you' : member.name}`;
    return { structured: task, summary: `${to}: ${describeTask(task, ctx.timeZone, labels)}.` };
  },
};

export const moveTaskTool: ToolDefinition<typeof moveTaskInputSchema> = {
  name: 'move_task',
  effect: 'overwrite',
  title: 'Move a task',
  description:
    'Move a task to another project (name or id; its subtasks come along), under a parent task (null: top level), and/or after or before a sibling. Needs the editor role.',
  input: moveTaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    if (args.project === undefined && args.parent === undefined && args.after === undefined && args.before === undefined) {
      throw new ToolError('Say where to: a project, a parent, or a sibling to go after or before.');
    }
    if (args.after !== undefined && args.before !== undefined) throw new ToolError('Give either after or before, not both.');
    const projects = await callerProjects(ctx);
    const target = args.project === undefined ? undefined : findProject(projects, args.project);
    const parent = args.parent == null ? args.parent : (await findTaskByRef(ctx, args.parent, 'parent')).id;
    const after = args.after === undefined ? undefined : (await findTaskByRef(ctx, args.after, 'sibling')).id;
    const before = args.before === undefined ? undefined : (await findTaskByRef(ctx, args.before, 'sibling')).id;
    const task = await ctx.tasks.moveTask(ctx.userId, args.task_id, {
      ...(target ? { project_id: target.id } : {}),
      ...(parent !== undefined ? { parent_id: parent } : {}),
      ...(after !== undefined ? { after_id: after } : {}),
      ...(before !== undefined ? { before_id: before } : {}),
    });
    const labels = labelsOf(projects);
    const where = target
      ? target.is_inbox
        ? 'your Inbox'
        : `"${target.name}"`
      : task.parent_id === null
        ? 'the top level'
        : `under #${task.parent_id}`;
    return { structured: task, summary: `Moved to ${where}: ${describeTask(task, ctx.timeZone, labels)}.` };
  },
};
