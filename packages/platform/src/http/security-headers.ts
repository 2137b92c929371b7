import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/**
 * The policy of every response: the web app loads only its own scripts, styles, fonts, workers and manifest,
 * talks only to its own origin (`/api`, `/ws`), and may not be framed. No inline script or style anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

/** Headers every response carries, also the ones Node writes itself for a request it cannot parse. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Task titles and ids appear in URLs (`/?task=7`); links out of the app need not tell where they came from.
  'referrer-policy': 'no-referrer',
};

export interface SecurityHeadersOptions {
  /**
   * Path prefixes of pages rendered with inline scripts and styles (the API reference at `/docs`). Their HTML
   * answers allow exactly their own inline scripts (by hash) and inline styles; nothing else is relaxed.
   */
  inlineScriptPages?: string[];
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The relaxed policy of a page whose HTML is `html`: its inline scripts by hash, inline styles (set at run time). */
export function inlinePagePolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' ')).replace(
    "style-src 'self'",
    "style-src 'self' 'unsafe-inline'",
  );
}

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Adds the security headers to every response of `app` (registered before its routes and plugins, so it covers
 * them all, errors and 404s included).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeadersOptions = {}): void {
  const inlinePages = options.inlineScriptPages ?? [];
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    const path = request.url.split('?')[0] ?? '/';
    const isHtml = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
    if (isHtml && typeof payload === 'string' && inlinePages.some((prefix) => isUnder(path, prefix))) {
      reply.header('content-security-policy', inlinePagePolicy(payload));
    }
    return payload;
  });
}
