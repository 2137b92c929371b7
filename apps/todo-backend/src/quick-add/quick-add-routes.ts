import { quickAddBodySchema, quickAddParseSchema, quickAddResponseSchema } from '@doable/contracts';
import { problemResponses } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ToolContext } from '../assistant/task-tools/tool-definition.ts';

/**
 * The reader of a line (its dates by chrono, the assistant's phrases) loads with the first quick add, not at start:
 * an idle server never needs it (docs/benchmarks.md, embedded mode).
 */
const loadQuickAdd = () => import('./quick-add.ts');

const tags = ['tasks'];

/** `POST /tasks/quick` creates a task from one line; `POST /tasks/quick/parse` only reads it (no side effects). */
export function registerQuickAddRoutes(parent: FastifyInstance, deps: { context: (userId: string) => Promise<ToolContext> }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();

  app.post('/tasks/quick', {
    schema: {
      tags,
      summary: 'Create a task from one line ("call mum tomorrow 6pm p1 #family")',
      description:
        'Reads the line as POST /tasks/quick/parse does and creates the task; the answer has the task and the parse. See docs/language.md.',
      body: quickAddBodySchema,
      response: { 201: quickAddResponseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { quickAddTask } = await loadQuickAdd();
      return reply.code(201).send(await quickAddTask(await deps.context(request.userId), request.body));
    },
  });

  app.post('/tasks/quick/parse', {
    config: { changesNothing: true },
    schema: {
      tags,
      summary: 'Read a quick-add line without creating anything',
      description: "The task fields the line means and each recognised token with its span, in the user's time zone.",
      body: quickAddBodySchema,
      response: { 200: quickAddParseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const { readQuickAdd } = await loadQuickAdd();
      return readQuickAdd(await deps.context(request.userId), request.body);
    },
  });
}
