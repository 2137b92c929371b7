import {
  completeTaskBodySchema,
  createRecurringTaskBodySchema,
  createTaskBodySchema,
  listTasksQuerySchema,
  moveTaskBodySchema,
  setDueDateBodySchema,
  setPriorityBodySchema,
  setTagsBodySchema,
  tagListResponseSchema,
  taskHistorySchema,
  taskIdSchema,
  taskPageSchema,
  taskSchema,
  updateTaskBodySchema,
} from '@doable/contracts';
import { problemResponses } from '@doable/platform';
import type { FastifyInstance, FastifySerializerCompiler } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { editTags } from './task.ts';
import type { TaskHistoryReader } from './task-history.ts';
import type { TaskService } from './task-service.ts';

const params = z.object({ id: taskIdSchema.describe('Task id') });
const tags = ['tasks'];

/**
 * A list page's 200 answer straight to JSON: `listTasks` builds it from `toTaskDto`, typed by this very schema and
 * without transforms, so zod's encoding only copied each task again (5 % of a list request's CPU under load).
 * Every other status (problem details) is encoded as on every route.
 */
const pageSerializer: FastifySerializerCompiler<unknown> = (route) =>
  route.httpStatus === '200' ? (page) => JSON.stringify(page) : serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);

/** REST ↔ task service: validation and status codes only; the rules live in the service. */
export function registerTaskRoutes(parent: FastifyInstance, deps: { tasks: TaskService; history: TaskHistoryReader }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const { tasks, history } = deps;

  app.get('/tasks', {
    schema: {
      tags,
      summary: 'List, search, filter and sort tasks',
      querystring: listTasksQuerySchema,
      response: { 200: taskPageSchema, ...problemResponses(400, 401, 404) },
    },
    serializerCompiler: pageSerializer,
    handler: (request) => tasks.listTasks(request.userId, request.query),
  });

  app.post('/tasks', {
    schema: {
      tags,
      summary: 'Create a task (in the Inbox unless a project is given)',
      body: createTaskBodySchema,
      response: { 201: taskSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request, reply) => reply.code(201).send(await tasks.createTask(request.userId, request.body)),
  });

  app.post('/tasks/recurring', {
    schema: {
      tags,
      summary: 'Create a recurring task',
      body: createRecurringTaskBodySchema,
      response: { 201: taskSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const { pattern, ...fields } = request.body;
      return reply.code(201).send(await tasks.createTask(request.userId, { ...fields, recurring: pattern }));
    },
  });

  app.get('/tasks/:id', {
    schema: { tags, summary: 'Read a task', params, response: { 200: taskSchema, ...problemResponses(400, 401, 404) } },
    handler: (request) => tasks.getTask(request.userId, request.params.id),
  });

  app.patch('/tasks/:id', {
    schema: {
      tags,
      summary: 'Update a task (partial)',
      params,
      body: updateTaskBodySchema,
      response: { 200: taskSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: (request) => tasks.updateTask(request.userId, request.params.id, request.body),
  });

  app.delete('/tasks/:id', {
    schema: {
      tags,
      summary: 'Delete a task',
      params,
      response: { 204: z.null().describe('Deleted.'), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await tasks.deleteTask(request.userId, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.patch('/tasks/:id/complete', {
    schema: {
      tags,
      summary: 'Complete (or reopen) a task',
      params,
      body: completeTaskBodySchema.default({ completed: true }),
      response: { 200: taskSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => tasks.updateTask(request.userId, request.params.id, { completed: request.body.completed }),
  });

  app.patch('/tasks/:id/priority', {
    schema: {
      tags,
      summary: 'Set priority',
      params,
      body: setPriorityBodySchema,
      response: { 200: taskSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => tasks.updateTask(request.userId, request.params.id, { priority: request.body.priority }),
  });

  app.patch('/tasks/:id/tags', {
    schema: {
      tags,
      summary: 'Replace tags, or add and remove some',
      params,
      body: setTagsBodySchema,
      response: { 200: taskSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => {
      const body = request.body;
      return tasks.editTask(request.userId, request.params.id, (task) => ({
        tags: 'tags' in body ? body.tags : editTags(task.tags, body),
      }));
    },
  });

  app.patch('/tasks/:id/due-date', {
    schema: {
      tags,
      summary: 'Set or clear the due date',
      params,
      body: setDueDateBodySchema,
      response: { 200: taskSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      tasks.updateTask(request.userId, request.params.id, {
        due_date: request.body.due_date,
        ...(request.body.remind_before !== undefined ? { remind_before: request.body.remind_before } : {}),
      }),
  });

  app.patch('/tasks/:id/move', {
    schema: {
      tags,
      summary: 'Move a task: to another project (with its subtasks), under another parent, or between siblings',
      params,
      body: moveTaskBodySchema,
      response: { 200: taskSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: (request) => tasks.moveTask(request.userId, request.params.id, request.body),
  });

  app.get('/tasks/:id/history', {
    schema: { tags, summary: "A task's audit trail", params, response: { 200: taskHistorySchema, ...problemResponses(400, 401, 404) } },
    // The reader asks the access policy (createSharedTaskHistory): project members read, anyone else gets a 404.
    handler: async (request) => ({ items: await history.listTaskHistory(request.userId, request.params.id) }),
  });

  app.get('/tags', {
    schema: { tags, summary: "The user's tags with task counts", response: { 200: tagListResponseSchema, ...problemResponses(401) } },
    handler: (request) => tasks.listTags(request.userId),
  });
}
