import type { ListTasksQuery, Task } from '@doable/contracts';
import { NotFoundError } from '@doable/platform';
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { dueWindow } from '../assistant/dates.ts';
import type { ToolContext } from '../assistant/task-tools/index.ts';

export const TODAY_URI = 'doable://tasks/today';
export const OVERDUE_URI = 'doable://tasks/overdue';
export const TASK_URI_TEMPLATE = 'doable://tasks/{id}';
export const PROJECTS_URI = 'doable://projects';
export const PROJECT_TASKS_URI_TEMPLATE = 'doable://projects/{id}/tasks';
const projectTasksUri = (projectId: number) => `doable://projects/${projectId}/tasks`;

/** The JSON-RPC code the MCP specification gives a resource that does not exist. */
const RESOURCE_NOT_FOUND = -32002;

/** The most tasks one list resource holds (the task list's own page limit). */
const LIST_LIMIT = 200;

const pending = (query: Partial<ListTasksQuery>): ListTasksQuery => ({
  status: 'pending',
  tags_match: 'all',
  sort: 'due_date',
  limit: LIST_LIMIT,
  ...query,
});

/** The user's open tasks due today in their own time zone (from local midnight to the next). */
export async function tasksDueToday(ctx: ToolContext): Promise<Task[]> {
  const window = dueWindow('today', ctx.timeZone, ctx.now);
  return (await ctx.tasks.listTasks(ctx.userId, pending({ due_after: window.after, due_before: window.before }))).items;
}

/** The user's open tasks whose due date has passed. */
export async function overdueTasks(ctx: ToolContext): Promise<Task[]> {
  return (await ctx.tasks.listTasks(ctx.userId, pending({ overdue: true }))).items;
}

/** The open tasks of one project the user is in (a project they are not in is a NotFoundError, as a missing one). */
export async function projectOpenTasks(ctx: ToolContext, projectId: number) {
  const project = await ctx.projects.getProject(ctx.userId, projectId);
  const { items } = await ctx.tasks.listTasks(ctx.userId, pending({ project: projectId }));
  return { project: { id: project.id, name: project.name }, time_zone: ctx.timeZone, items };
}

/** An id variable of a resource URI, or undefined when it is no id at all. */
const idOf = (value: string | string[] | undefined) =>
  typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value) ? Number(value) : undefined;

const json = (uri: URL, value: unknown): ReadResourceResult => ({
  contents: [{ uri: uri.toString(), mimeType: 'application/json', text: JSON.stringify(value) }],
});

const notFound = (uri: string) => new McpError(RESOURCE_NOT_FOUND, `Resource ${uri} not found`, { uri });

/**
 * Read-only views of the caller's tasks as JSON resources: today's and the overdue open tasks, the caller's projects,
 * each project's open tasks (listed per active project, the id completed from the caller's own projects), and any one
 * task by id. They read through the task and project services with the caller's id, so a task outside the
 * caller's projects is simply not found.
 */
export function registerTaskResources(server: McpServer, context: () => Promise<ToolContext>): void {
  server.registerResource(
    'tasks-today',
    TODAY_URI,
    {
      title: "Today's tasks",
      description: "Open tasks due today in the user's time zone, earliest first.",
      mimeType: 'application/json',
    },
    async (uri) => {
      const ctx = await context();
      return json(uri, { time_zone: ctx.timeZone, items: await tasksDueToday(ctx) });
    },
  );
  server.registerResource(
    'tasks-overdue',
    OVERDUE_URI,
    { title: 'Overdue tasks', description: 'Open tasks whose due date has passed, oldest first.', mimeType: 'application/json' },
    async (uri) => {
      const ctx = await context();
      return json(uri, { time_zone: ctx.timeZone, items: await overdueTasks(ctx) });
    },
  );
  server.registerResource(
    'projects',
    PROJECTS_URI,
    {
      title: 'Projects',
      description: "The user's active projects, the Inbox first: role, members and open task counts.",
      mimeType: 'application/json',
    },
    async (uri) => {
      const ctx = await context();
      return json(uri, await ctx.projects.listProjects(ctx.userId, { archived: 'false' }));
    },
  );
  server.registerResource(
    'project-tasks',
    new ResourceTemplate(PROJECT_TASKS_URI_TEMPLATE, {
      list: async () => {
        const ctx = await context();
        const { items } = await ctx.projects.listProjects(ctx.userId, { archived: 'false' });
        return {
          resources: items.map((project) => ({
            uri: projectTasksUri(project.id),
            name: `project-${project.id}-tasks`,
            title: `Open tasks in ${project.name}`,
            mimeType: 'application/json',
          })),
        };
      },
      complete: {
        // Ids are what the URI takes; a client may type the start of the id or of the project's name.
        id: async (typed) => {
          const ctx = await context();
          const text = (typed ?? '').toLowerCase();
          const { items } = await ctx.projects.listProjects(ctx.userId, { archived: 'false' });
          return items
            .filter((project) => String(project.id).startsWith(text) || project.name.toLowerCase().startsWith(text))
            .map((project) => String(project.id));
        },
      },
    }),
    {
      title: "A project's open tasks",
      description: "The open tasks of one of the user's projects, by project id, earliest due first.",
      mimeType: 'application/json',
    },
    async (uri, variables) => {
      const id = idOf(variables.id);
      if (id === undefined) throw notFound(uri.toString());
      const ctx = await context();
      try {
        return json(uri, await projectOpenTasks(ctx, id));
      } catch (error) {
        if (error instanceof NotFoundError) throw notFound(uri.toString());
        throw error;
      }
    },
  );
  server.registerResource(
    'task',
    // Listing every task as a resource would flood a client; list_tasks and the resources above find ids.
    new ResourceTemplate(TASK_URI_TEMPLATE, { list: undefined }),
    { title: 'A task', description: 'One task by its id, as JSON.', mimeType: 'application/json' },
    async (uri, variables) => {
      const id = idOf(variables.id);
      if (id === undefined) throw notFound(uri.toString());
      const ctx = await context();
      try {
        return json(uri, await ctx.tasks.getTask(ctx.userId, id));
      } catch (error) {
        if (error instanceof NotFoundError) throw notFound(uri.toString());
        throw error;
      }
    },
  );
}
