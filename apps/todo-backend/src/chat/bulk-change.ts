import type { Project, Task, ToolCallRecord } from '@doable/contracts';
import { roleAllows } from '../access/index.ts';
import type { BulkAction } from '../assistant/interpreter/offline-interpreter.ts';
import { callerProjects, runTool, type ToolContext, ToolError } from '../assistant/task-tools/index.ts';
import { findProject } from '../assistant/task-tools/project-arguments.ts';
import type { ConversationState } from './conversation-store.ts';
import type { AgentTurn } from './offline-agent.ts';

/** The most tasks one confirmed request changes: beyond it the user is asked to go project by project. */
export const BULK_LIMIT = 500;

export interface BulkRequest {
  action: BulkAction;
  completedOnly?: true;
  project?: string;
}

/** A bulk change the user was asked to confirm: the tasks to call the tool on, and how many tasks that changes. */
export interface PendingBulk {
  action: BulkAction;
  task_ids: number[];
  count: number;
}

const CONFIRMING = /^(?:y|yes|yep|yeah|yup|sure|ok|okay|confirm(?:ed)?|do it|go ahead)\b/i;
const DECLINING = /^(?:n|no|nope|cancel|stop|don'?t|never ?mind|keep (?:them|it))\b/i;

const VERB: Record<BulkAction, { infinitive: string; past: string; tool: string }> = {
  delete: { infinitive: 'delete', past: 'Deleted', tool: 'delete_task' },
  complete: { infinitive: 'complete', past: 'Completed', tool: 'complete_task' },
};

const plural = (n: number) => `${n} task${n === 1 ? '' : 's'}`;

/** Every task the request names, page by page, up to one more than the limit (so "too many" can be told). */
async function selectedTasks(ctx: ToolContext, request: BulkRequest, project: Project | undefined): Promise<Task[]> {
  const status = request.action === 'complete' ? 'pending' : request.completedOnly ? 'completed' : 'all';
  const tasks: Task[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.tasks.listTasks(ctx.userId, {
      status,
      tags_match: 'all',
      limit: 200,
      ...(project ? { project: project.id } : {}),
      ...(cursor ? { cursor } : {}),
    });
    tasks.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor && tasks.length <= BULK_LIMIT);
  return tasks;
}

/**
 * The tasks to call the tool on, and how many tasks change. Deleting a task deletes its subtasks, so a task is
 * deleted only when all of its subtree is selected (never an open subtask under a completed parent), and only the
 * top of each selected subtree is called. Completing a task completes its open subtasks, all of which are selected.
 */
function plan(action: BulkAction, tasks: Task[]): { roots: number[]; changing: Task[] } {
  const selected = new Map(tasks.map((task) => [task.id, task]));
  const children = new Map<number, Task[]>();
  for (const task of tasks) {
    if (task.parent_id !== null && selected.has(task.parent_id))
      children.set(task.parent_id, [...(children.get(task.parent_id) ?? []), task]);
  }
  const whole = new Map<number, boolean>();
  const wholeSubtree = (task: Task): boolean => {
    let known = whole.get(task.id);
    if (known === undefined) {
      const mine = children.get(task.id) ?? [];
      known = action === 'complete' || (mine.length === task.subtask_count && mine.every(wholeSubtree));
      whole.set(task.id, known);
    }
    return known;
  };
  const changing = tasks.filter(wholeSubtree);
  const changingIds = new Set(changing.map((task) => task.id));
  const roots = changing.filter((task) => task.parent_id === null || !changingIds.has(task.parent_id)).map((task) => task.id);
  return { roots, changing };
}

/** Counts what a bulk request would change and asks the user to confirm; nothing changes yet. */
export async function proposeBulk(ctx: ToolContext, request: BulkRequest, state: ConversationState): Promise<AgentTurn> {
  const cleared = { ...state, pending: undefined, bulk: undefined };
  const projects = await callerProjects(ctx);
  const writable = new Set(projects.filter((p) => roleAllows(p.role, 'writeTasks')).map((p) => p.id));
  let project: Project | undefined;
  if (request.project) {
    try {
      project = findProject(projects, request.project);
    } catch (error) {
      if (!(error instanceof ToolError)) throw error;
      return { reply: `${error.message} Nothing was changed.`, tool_calls: [], state: cleared };
    }
    if (!writable.has(project.id)) {
      return { reply: `You can view "${project.name}" but not change its tasks. Nothing was changed.`, tool_calls: [], state: cleared };
    }
  }
  const tasks = (await selectedTasks(ctx, request, project)).filter((task) => writable.has(task.project_id));
  const verb = VERB[request.action];
  const what = request.completedOnly ? 'completed tasks' : request.action === 'complete' ? 'open tasks' : 'tasks';
  if (tasks.length > BULK_LIMIT) {
    return {
      reply: `That is more than ${BULK_LIMIT} tasks, too many to ${verb.infinitive} at once. Name one project at a time, e.g. "${verb.infinitive} all tasks in ${projects[0]?.name ?? 'Inbox'}". Nothing was changed.`,
      tool_calls: [],
      state: cleared,
    };
  }
  const { roots, changing } = plan(request.action, tasks);
  const count = changing.length;
  if (count === 0) {
    const where = project ? ` in "${project.name}"` : '';
    return { reply: `There are no ${what}${where} that you can ${verb.infinitive}. Nothing was changed.`, tool_calls: [], state: cleared };
  }
  const perProject = new Map<number, number>();
  for (const task of changing) perProject.set(task.project_id, (perProject.get(task.project_id) ?? 0) + 1);
  const touched = projects.filter((p) => perProject.has(p.id));
  const where = touched.map((p) => `${p.name}: ${perProject.get(p.id)}`).join(', ');
  const shared = touched.some((p) => p.member_count > 1);
  return {
    reply:
      `This would ${verb.infinitive} ${plural(count)} (${where})${shared ? ', in projects other people share' : ''}. ` +
      `Reply "yes" to ${verb.infinitive} ${count === 1 ? 'it' : `all ${count}`}; anything else keeps them as they are.`,
    tool_calls: [],
    state: { ...cleared, bulk: { action: request.action, task_ids: roots, count } },
  };
}

/**
 * The reply to a confirmation question: "yes" runs the tool on each task (through the same service as every change,
 * so each is its own event); "no" changes nothing; anything else is not an answer (undefined: read it as a request).
 */
export async function answerBulk(
  ctx: ToolContext,
  message: string,
  bulk: PendingBulk,
  state: ConversationState,
): Promise<AgentTurn | undefined> {
  const text = message.trim();
  const cleared = { ...state, pending: undefined, bulk: undefined };
  if (DECLINING.test(text)) return { reply: 'Kept them as they are. Nothing was changed.', tool_calls: [], state: cleared };
  if (!CONFIRMING.test(text)) return undefined;
  const verb = VERB[bulk.action];
  const calls: ToolCallRecord[] = [];
  for (const taskId of bulk.task_ids) {
    const args = { task_id: taskId };
    try {
      const result = await runTool(verb.tool, args, ctx);
      calls.push({ name: verb.tool, arguments: args, ok: true, result: result.structured });
    } catch (error) {
      if (!(error instanceof ToolError)) throw error;
      calls.push({ name: verb.tool, arguments: args, ok: false, error: error.message });
    }
  }
  const failed = calls.filter((call) => !call.ok).length;
  const reply =
    failed === 0
      ? `${verb.past} ${plural(bulk.count)}.`
      : `${verb.past} ${plural(calls.length - failed)} of the ${calls.length} asked (with their subtasks); ${failed} had changed or gone meanwhile and were left.`;
  // Not undoable as one step; an older change is no longer the last one either.
  return { reply, tool_calls: calls, state: { ...cleared, undo: undefined } };
}
