import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Problem } from '@doable/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem-details.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** What Node's parser refused, by its error code, as the problem a client can act on. */
function clientProblem(code: string | undefined): Problem {
  const problem = (status: number, problemCode: string, detail: string): Problem => ({
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code: problemCode,
    detail,
  });
  if (code === 'HPE_HEADER_OVERFLOW') {
    return problem(431, 'request_header_fields_too_large', 'The request line and headers are too large; send fewer or shorter headers.');
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return problem(408, 'request_timeout', 'The request took too long to arrive.');
  return problem(400, 'malformed_request', 'The request is not valid HTTP/1.1 (request line, header names or values).');
}

/**
 * For Fastify's `clientErrorHandler`: a request Node cannot parse (a bad request line or header, headers too large)
 * never reaches a route, so the answer is written to the socket here, as problem details.
 */
function writeClientErrorProblem(this: FastifyInstance, error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  this.log.debug({ err: error }, 'client error');
  const problem = clientProblem(error.code);
  const body = JSON.stringify(problem);
  if (socket.writable) {
    const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\ncontent-type: application/problem+json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n${headers.join('')}\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** For Fastify's `frameworkErrors`: a URL that does not decode, a parameter too long. */
function sendFrameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  // The router answers before any route, so the app's onSend hooks (security headers) do not run for this reply.
  void sendProblem(reply.headers(SECURITY_HEADERS), request, { status, code: error.code.toLowerCase(), detail: error.message });
}

/**
 * Fastify server options so that what is refused before any route (Node's parser, Fastify's router) still reaches
 * the client as problem details. Node's own Host check answers an empty 400, so it is left to `registerHostCheck`.
 */
export function clientErrorOptions(http: { maxHeaderSize?: number } = {}) {
  return {
    clientErrorHandler: writeClientErrorProblem,
    frameworkErrors: sendFrameworkErrorProblem,
    http: { ...http, requireHostHeader: false },
  };
}

// An authority (RFC 3986 §3.2.2): a name or IPv4 address, or an IPv6 literal in brackets, then an optional port.
const HOST = /^(?:\[[0-9a-f:.]+\]|[a-z0-9\-._~%!$&'()*+,;=]+)(?::\d{1,5})?$/i;

/** Refuses an HTTP/1.1 request whose Host header is missing, repeated or not a host (RFC 9112 §3.2) with 400. */
export function registerHostCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.raw;
    const hosts = raw.rawHeaders.filter((_value, index) => index % 2 === 0 && raw.rawHeaders[index]?.toLowerCase() === 'host');
    const host = raw.headers.host;
    const required = raw.httpVersionMajor > 1 || (raw.httpVersionMajor === 1 && raw.httpVersionMinor >= 1);
    if (hosts.length > 1 || (host === undefined ? required : !HOST.test(host))) {
      return sendProblem(reply, request, {
        status: 400,
        code: 'invalid_host',
        detail: 'Send exactly one Host header naming this server (e.g. `Host: todo.example.com`).',
      });
    }
  });
}
