import { randomUUID } from 'node:crypto';
import type { Problem } from '@doable/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../errors.ts';
import { isDependencyUnavailable } from '../resilience/unavailable.ts';

/** Seconds a client is asked to wait before retrying while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  426: 'Upgrade Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'type' | 'title'> & { title?: string; type?: string },
) {
  const body: Problem = {
    type: problem.type ?? 'about:blank',
    title: problem.title ?? TITLES[problem.status] ?? 'Error',
    ...problem,
    instance: request.url.split('?')[0],
  };
  return reply.code(problem.status).type('application/problem+json').send(body);
}

function fieldOf(context: string | undefined, path: string): string {
  const field = path.replace(/^\//, '').replaceAll('/', '.');
  if (context === 'body' || context === undefined) return field || '(body)';
  return field || `(${context})`;
}

/**
 * Turns every failure into RFC 9457 problem details: validation with the failing fields, domain errors with their
 * code, an unreachable database as 503 with `Retry-After`, anything unexpected as a bare 500 whose correlation id leads to the log line (never a stack trace).
 */
export function registerProblemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        field: fieldOf(error.validationContext, issue.instancePath),
        message: issue.message ?? 'Invalid value.',
      }));
      return sendProblem(reply, request, {
        status: 400,
        code: 'validation_failed',
        detail: 'The request is not valid; see errors.',
        errors,
      });
    }
    if (error instanceof DomainError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(reply, request, {
        status: error.status,
        code: error.code,
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
    if (isDependencyUnavailable(error)) {
      // Not the request's fault and not a bug: the database is down or restarting. Say so, and when to try again.
      request.log.warn({ err: error }, 'database unreachable');
      reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return sendProblem(reply, request, {
        status: 503,
        code: 'database_unavailable',
        detail: "Doable can't reach its database right now; try again in a few seconds.",
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, wrong content type, body too large): safe to explain.
      return sendProblem(reply, request, { status, code: error.code?.toLowerCase() ?? 'bad_request', detail: error.message });
    }
    const correlationId = randomUUID();
    request.log.error({ err: error, correlationId }, 'unhandled error');
    return sendProblem(reply, request, {
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side.',
      correlation_id: correlationId,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      status: 404,
      code: 'route_not_found',
      detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
}
