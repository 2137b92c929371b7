import { type CalendarFeedList, calendarFeedListSchema, calendarFeedQuerySchema } from '@doable/contracts';
import { NotFoundError, problemResponses } from '@doable/platform';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refuseApiKeyOnAccountRoutes } from '../../api-keys/api-key-credentials.ts';
import type { Executor } from '../../database/executor.ts';
import { type TaskRecord, toTaskDto } from '../../tasks/task.ts';
import type { FeedView } from './feed-calendar.ts';
import { feedEtag, matchesIfNoneMatch } from './feed-etag.ts';
import { type FeedToken, feedRepository, isFeedTokenShape } from './feed-repository.ts';

export interface FeedDeps {
  db: Executor;
  clock: () => Date;
  /** The public origin the URLs are made from (the backend's base URL). */
  origin: string;
}

const ALL_TASKS_NAME = 'Doable: tasks with due dates';

/** Every kind of miss (malformed, unknown, rotated token; a project the owner cannot see) is the same 404. */
const feedNotFound = () => new NotFoundError('Calendar feed');

function feedList(deps: FeedDeps, token: FeedToken, projects: { id: number; name: string }[]): CalendarFeedList {
  const base = `${deps.origin.replace(/\/$/, '')}/feeds/${token.token}`;
  const feed = (project_id: number | null, name: string, path: string) => ({
    project_id,
    name,
    url: `${base}${path}.ics`,
    events_url: `${base}${path}.ics?view=events`,
  });
  return {
    items: [
      feed(null, 'All tasks with due dates', ''),
      ...projects.map((project) => feed(project.id, project.name, `/projects/${project.id}`)),
    ],
    rotated_at: token.rotated_at.toISOString(),
  };
}

/** `GET /calendar-feeds`, `POST /calendar-feeds/rotate` under `/api/v1`: the signed-in user's feed URLs. */
export function registerFeedApiRoutes(parent: FastifyInstance, deps: FeedDeps): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  // The feed secret is the account holder's, like API keys: never read or rotated with an API key.
  const onRequest = async (request: { headers: Parameters<typeof refuseApiKeyOnAccountRoutes>[0] }) =>
    refuseApiKeyOnAccountRoutes(request.headers);

  app.get('/calendar-feeds', {
    onRequest,
    schema: {
      tags: ['calendar'],
      summary: 'My read-only calendar feed URLs (all tasks with due dates, and one per project)',
      response: { 200: calendarFeedListSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => {
      const token = await feedRepository.ensureToken(deps.db, request.userId, deps.clock());
      return feedList(deps, token, await feedRepository.memberProjects(deps.db, request.userId));
    },
  });

  app.post('/calendar-feeds/rotate', {
    onRequest,
    schema: {
      tags: ['calendar'],
      summary: 'Replace the feed secret: every feed URL changes and the old ones stop working',
      response: { 200: calendarFeedListSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => {
      const token = await feedRepository.rotateToken(deps.db, request.userId, deps.clock());
      return feedList(deps, token, await feedRepository.memberProjects(deps.db, request.userId));
    },
  });
}

const fileParams = z.object({ file: z.string().max(200) });
const projectFileParams = z.object({ token: z.string().max(200), file: z.string().max(200) });

/** `<name>.ics` → `<name>`; undefined for any other file name. */
const icsName = (file: string): string | undefined => (file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : undefined);

/** The public, token-addressed feeds: `/feeds/<token>.ics` and `/feeds/<token>/projects/<id>.ics`. */
export function registerFeedRoutes(parent: FastifyInstance, deps: FeedDeps): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  async function ownerOf(token: string | undefined) {
    if (token === undefined || !isFeedTokenShape(token)) throw feedNotFound();
    const owner = await feedRepository.findOwner(db, token);
    if (!owner) throw feedNotFound();
    return owner;
  }

  const docs = (summary: string) => ({
    tags: ['calendar'],
    summary,
    description:
      'Answers text/calendar with an ETag; If-None-Match with the current one gives 304. No sign-in: the secret in the URL is the key.',
    querystring: calendarFeedQuerySchema,
    response: {
      200: z.string().describe('The feed, as text/calendar.'),
      ...problemResponses(400, 404),
    },
  });

  app.get(
    '/feeds/:file',
    { schema: { ...docs('All my tasks with due dates as an iCalendar feed'), params: fileParams } },
    async (request, reply) => {
      const owner = await ownerOf(icsName(request.params.file));
      const tasks = await feedRepository.dueTasks(db, owner.user_id);
      return send(request.headers['if-none-match'], reply, {
        name: ALL_TASKS_NAME,
        tasks,
        view: request.query.view ?? 'todos',
        since: owner.rotated_at,
      });
    },
  );

  app.get(
    '/feeds/:token/projects/:file',
    { schema: { ...docs("One project's tasks as an iCalendar feed"), params: projectFileParams } },
    async (request, reply) => {
      const owner = await ownerOf(request.params.token);
      const id = icsName(request.params.file);
      if (id === undefined || !/^[1-9]\d{0,15}$/.test(id)) throw feedNotFound();
      // Membership is checked on every read: someone removed from the project stops getting it at their next refresh.
      const project = await feedRepository.memberProject(db, owner.user_id, Number(id));
      if (!project) throw feedNotFound();
      const view = request.query.view ?? 'todos';
      const tasks = await feedRepository.projectTasks(db, project.id, view === 'events');
      return send(request.headers['if-none-match'], reply, { name: `Doable: ${project.name}`, tasks, view, since: owner.rotated_at });
    },
  );

  async function send(
    ifNoneMatch: string | undefined,
    reply: FastifyReply,
    feed: { name: string; tasks: TaskRecord[]; view: FeedView; since: Date },
  ) {
    // iCalendar's writer (ical.js) loads with the first feed read, not at start (docs/benchmarks.md, embedded mode).
    const { feedCalendar } = await import('./feed-calendar.ts');
    const body = feedCalendar({ name: feed.name, tasks: feed.tasks.map((task) => toTaskDto(task)), view: feed.view, origin: deps.origin });
    const etag = feedEtag(body);
    // A deleted task leaves no newer updated_at behind, so Last-Modified is informative only: 304 follows the ETag.
    const lastModified = new Date(Math.max(feed.since.getTime(), ...feed.tasks.map((task) => task.updated_at.getTime())));
    reply
      .header('etag', etag)
      .header('last-modified', lastModified.toUTCString())
      // The URL is a secret: shared caches must not keep it; clients revalidate with the ETag.
      .header('cache-control', 'private, no-cache');
    if (matchesIfNoneMatch(ifNoneMatch, etag)) return reply.code(304).send();
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="doable.ics"').send(body);
  }
}
