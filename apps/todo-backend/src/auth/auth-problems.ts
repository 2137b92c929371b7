import { STATUS_CODES } from 'node:http';
import { sendProblem } from '@doable/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface BetterAuthError {
  message?: unknown;
  code?: unknown;
  /** The API key plugin's 429: `{tryAgainIn}` in milliseconds. */
  details?: { tryAgainIn?: unknown };
}

/** Seconds to wait, for `Retry-After`; the API key plugin's window when better-auth gives none. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

function retryAfterOf(response: Response, body: BetterAuthError): string {
  const header = response.headers.get('x-retry-after') ?? response.headers.get('retry-after');
  if (header && /^\d+$/.test(header)) return header;
  const tryAgainIn = body.details?.tryAgainIn;
  if (typeof tryAgainIn === 'number' && tryAgainIn >= 0) return String(Math.ceil(tryAgainIn / 1000));
  return String(DEFAULT_RETRY_AFTER_SECONDS);
}

function originOf(request: FastifyRequest): string | undefined {
  const { origin, referer } = request.headers;
  if (typeof origin === 'string' && origin !== 'null') return origin;
  if (typeof referer !== 'string') return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** What a person can act on, for the refusals whose bare message does not say what to do. */
function detailFor(
  status: number,
  code: string | undefined,
  message: string | undefined,
  request: FastifyRequest,
  retryAfter: string | null,
) {
  if (code === 'INVALID_ORIGIN') {
    const origin = originOf(request) ?? 'this page';
    return (
      `Sign-in is not allowed from ${origin}: it is not an address this server trusts. If that is the address people ` +
      `open, set PUBLIC_URL=${origin}; to allow it besides the public URL, add it to TRUSTED_ORIGINS (comma-separated), then restart.`
    );
  }
  if (code === 'MISSING_OR_NULL_ORIGIN') {
    return 'A request that carries cookies must send the Origin of a trusted page; scripts should send no cookie and use `Authorization: Bearer <token>`.';
  }
  if (status === 429) {
    // better-auth's own limiter sends no code: it counts per client address.
    const what = code ? (message ?? 'Too many requests.') : 'Too many requests from this address.';
    return `${what} Try again in ${retryAfter} seconds.`;
  }
  return message;
}

/**
 * Sends better-auth's error answer (`{message, code}`, a bare 429, an empty 404) as RFC 9457 problem details,
 * keeping better-auth's `code` and every `Set-Cookie`; a 429 says when to retry in `Retry-After`.
 */
export async function sendAuthProblem(reply: FastifyReply, request: FastifyRequest, response: Response) {
  const text = await response.text();
  let body: BetterAuthError = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (typeof parsed === 'object' && parsed !== null) body = parsed as BetterAuthError;
  } catch {
    // Not JSON (better-call's plain "Not Found"): the status speaks for itself.
  }
  const status = response.status;
  const code = typeof body.code === 'string' ? body.code : undefined;
  const message = typeof body.message === 'string' && body.message ? body.message : undefined;
  const retryAfter = status === 429 ? retryAfterOf(response, body) : null;
  if (retryAfter) reply.header('retry-after', retryAfter);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const detail = detailFor(status, code, message, request, retryAfter);
  return sendProblem(reply, request, {
    status,
    title: STATUS_CODES[status] ?? 'Error',
    code: code ?? (status === 429 ? 'rate_limited' : status === 404 ? 'route_not_found' : 'auth_error'),
    ...(detail ? { detail } : {}),
  });
}
