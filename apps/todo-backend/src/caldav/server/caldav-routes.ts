import { DomainError, isDependencyUnavailable } from '@doable/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../../auth/auth.ts';
import type { Executor } from '../../database/executor.ts';
import { caldavOriginOf, trackChangeOrigin } from '../../http/change-origin.ts';
import type { ProjectService } from '../../projects/project-service.ts';
import type { TaskService } from '../../tasks/task-service.ts';
import { InvalidCalendarDataError } from '../caldav-errors.ts';
import { BASIC_CHALLENGE, davUser } from './dav-auth.ts';
import type { DavContext } from './dav-context.ts';
import { DavError } from './dav-errors.ts';
import { DAV_ROOT, parseDavPath } from './dav-paths.ts';

export interface CaldavRouteOptions {
  auth: Auth;
  db: Executor;
  tasks: TaskService;
  projects: ProjectService;
}

/** What the server answers; anything else under /dav/ is a 405 naming these. */
const ALLOWED = ['OPTIONS', 'GET', 'HEAD', 'PUT', 'DELETE', 'PROPFIND', 'PROPPATCH', 'REPORT', 'MKCALENDAR'];
/** WebDAV methods a client may try that the server does not do (locks, copies, plain collections). */
const REFUSED = ['POST', 'PATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'ACL', 'SEARCH'];
const WITH_BODY = new Set(['PROPFIND', 'PROPPATCH', 'REPORT', 'MKCALENDAR', 'MKCOL', 'LOCK', 'ACL', 'SEARCH']);
const ALLOW = ALLOWED.join(', ');
const DAV_CLASSES = '1, 3, calendar-access';
const XML = 'application/xml; charset=utf-8';
/** Where the server's own message goes in a DAV:error body, beside the precondition element. */
const MESSAGE = '{urn:doable:dav}message' as const;

/**
 * The DAV reader and writer (iCalendar by ical.js, XML by xmldom) load with the first request under /dav/, not at
 * start: a server whose users add no calendar app never needs them (docs/benchmarks.md, embedded mode).
 */
async function loadDav() {
  const [read, write, xml] = await Promise.all([import('./dav-read.ts'), import('./dav-write.ts'), import('./dav-xml.ts')]);
  return { ...read, ...write, ...xml };
}
type Dav = Awaited<ReturnType<typeof loadDav>>;

const multistatus = ({ document }: Dav, reply: FastifyReply, responses: string[]) =>
  reply
    .code(207)
    .type(XML)
    .send(document('multistatus', responses.join('')));

/** DAV errors as clients parse them: the status and, for a precondition, a DAV:error body naming it. */
function sendError(dav: Dav, reply: FastifyReply, request: FastifyRequest, error: unknown) {
  const { document, element, escapeXml } = dav;
  if (error instanceof DavError) {
    const body = document(
      'error',
      (error.condition ? element(error.condition as `{${string}}${string}`, error.conditionBody) : '') +
        element(MESSAGE, escapeXml(error.message)),
    );
    if (error.status === 405) reply.header('allow', ALLOW);
    return reply.code(error.status).type(XML).send(body);
  }
  if (error instanceof InvalidCalendarDataError) {
    return sendError(dav, reply, request, new DavError(403, error.message, `{urn:ietf:params:xml:ns:caldav}${error.precondition}`));
  }
  if (error instanceof DomainError) {
    if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
    // The task service's checks on what a PUT carries (a bad recurrence, a subtask too deep) are calendar data it cannot take.
    const asCalendarData = request.method === 'PUT' && (error.status === 400 || error.status === 422);
    const condition =
      error.status === 403 ? '{DAV:}need-privileges' : asCalendarData ? '{urn:ietf:params:xml:ns:caldav}valid-calendar-data' : undefined;
    return sendError(dav, reply, request, new DavError(asCalendarData ? 403 : error.status, error.message, condition));
  }
  if (isDependencyUnavailable(error)) {
    reply.header('retry-after', '5');
    return sendError(dav, reply, request, new DavError(503, 'The server cannot reach its database; try again shortly.'));
  }
  request.log.error({ err: error }, 'CalDAV request failed');
  return reply
    .code(500)
    .type(XML)
    .send(document('error', element(MESSAGE, 'Something went wrong on the server.')));
}

/**
 * The CalDAV server under `/dav/` and the `/.well-known/caldav` redirect (docs/caldav.md, "The CalDAV server").
 * Registered by the backend, so it is the same in embedded and distributed mode.
 */
export async function registerCaldavRoutes(app: FastifyInstance, options: CaldavRouteOptions): Promise<void> {
  for (const method of [...ALLOWED, ...REFUSED]) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: WITH_BODY.has(method) });
  }
  await app.register(async (dav) => {
    // DAV bodies are XML or iCalendar, often with no or an odd content type: every body is read as text here.
    dav.removeAllContentTypeParsers();
    dav.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    trackChangeOrigin(dav, caldavOriginOf);

    // Apple and DAVx⁵ start from the well-known URL with PROPFIND as often as with GET (RFC 6764 §5); python-caldav
    // sends its PROPFIND body there before following the redirect, so the route reads bodies as the DAV routes do.
    dav.route({
      method: ['GET', 'PROPFIND', 'OPTIONS'],
      url: '/.well-known/caldav',
      exposeHeadRoute: true,
      schema: { hide: true },
      handler: async (_request, reply) => reply.code(301).header('location', DAV_ROOT).send(),
    });

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const dav = await loadDav();
      try {
        return await handle(dav, request, reply);
      } catch (error) {
        return sendError(dav, reply, request, error);
      }
    };
    for (const url of ['/dav', '/dav/*']) {
      dav.route({ method: [...ALLOWED, ...REFUSED], url, exposeHeadRoute: false, schema: { hide: true }, handler });
    }
  });

  async function handle(dav: Dav, request: FastifyRequest, reply: FastifyReply) {
    const { deleteObject, getObject, makeCalendar, parseXml, patchCalendar, propfind, putObject, report } = dav;
    reply.header('dav', DAV_CLASSES);
    const method = request.method;
    if (method === 'OPTIONS') return reply.code(200).header('allow', ALLOW).send();
    if (REFUSED.includes(method)) throw new DavError(405, `${method} is not supported here.`);
    const user = await davUser(options.auth, options.db, request);
    if (!user) {
      reply.header('www-authenticate', BASIC_CHALLENGE);
      throw new DavError(401, 'Sign in with your email and an app password (Settings → Calendar apps).');
    }
    const path = request.url.split('?')[0] ?? '';
    const target = parseDavPath(path);
    if (!target) throw new DavError(404, 'Nothing lives at this URL.');
    const minimal = /\breturn=minimal\b/i.test(String(request.headers.prefer ?? '')) || request.headers.brief === 't';
    const context: DavContext = { db: options.db, tasks: options.tasks, projects: options.projects, user, minimal };
    if (minimal && (method === 'PROPFIND' || method === 'REPORT')) reply.header('preference-applied', 'return=minimal');
    const body = typeof request.body === 'string' ? request.body : undefined;
    reply.header('cache-control', 'no-store');

    switch (method) {
      case 'PROPFIND': {
        const depth = String(request.headers.depth ?? 'infinity').toLowerCase();
        return multistatus(dav, reply, await propfind(context, target, depth, parseXml(body)));
      }
      case 'REPORT':
        return multistatus(dav, reply, await report(context, target, parseXml(body)));
      case 'GET':
      case 'HEAD': {
        if (target.kind !== 'object') {
          return reply.type('text/plain; charset=utf-8').send('This is Doable’s CalDAV server: add it to a calendar or tasks app.\n');
        }
        const rendered = await getObject(context, target);
        reply.header('etag', rendered.etag).type('text/calendar; charset=utf-8');
        return reply.send(method === 'HEAD' ? undefined : rendered.text);
      }
      case 'PUT': {
        if (target.kind !== 'object') throw new DavError(405, 'PUT a task to a resource inside a calendar.');
        const { created, rendered } = await putObject(context, target, request.headers, body ?? '');
        return reply
          .code(created ? 201 : 204)
          .header('etag', rendered.etag)
          .send();
      }
      case 'DELETE': {
        if (target.kind !== 'object') throw new DavError(403, 'Calendars are deleted as projects, in Doable itself.');
        await deleteObject(context, target, request.headers);
        return reply.code(204).send();
      }
      case 'MKCALENDAR':
        await makeCalendar(context, target, parseXml(body));
        return reply.code(201).send();
      case 'PROPPATCH':
        return multistatus(dav, reply, await patchCalendar(context, target, parseXml(body)));
      default:
        throw new DavError(405, `${method} is not supported here.`);
    }
  }
}
