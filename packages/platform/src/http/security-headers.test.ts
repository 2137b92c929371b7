import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerProblemDetails } from './problem-details.ts';
import { CONTENT_SECURITY_POLICY, registerSecurityHeaders } from './security-headers.ts';

const DOCS_HTML =
  '<!doctype html><html><body><div id="app"></div><script src="js/scalar.js"></script><script>start()</script></body></html>';

async function anApp() {
  const app = Fastify();
  registerSecurityHeaders(app, { inlineScriptPages: ['/docs'] });
  registerProblemDetails(app);
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<!doctype html><div id="root"></div>'));
  app.get('/api/v1/tasks', async () => ({ items: [] }));
  app.get('/api/v1/boom', async () => {
    throw new Error('boom');
  });
  await app.register(async (docs) => {
    docs.get('/docs/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(DOCS_HTML));
    docs.get('/docs/js/scalar.js', async (_request, reply) => reply.type('application/javascript').send('start = () => {}'));
  });
  app.get('/docsearch', async (_request, reply) => reply.type('text/html').send('<script>alert(1)</script>'));
  return app;
}

describe('security headers', () => {
  it('give the page, the API, errors and 404s the strict policy, nosniff, no framing and no referrer', async () => {
    const app = await anApp();
    for (const url of ['/', '/api/v1/tasks', '/api/v1/boom', '/nowhere', '/docs/js/scalar.js', '/docsearch']) {
      const res = await app.inject({ url });
      expect(res.headers, url).toMatchObject({
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('allow the API reference page exactly its own inline script, by hash, and inline styles; nothing else', async () => {
    const app = await anApp();
    const res = await app.inject({ url: '/docs/' });
    const hash = createHash('sha256').update('start()').digest('base64');
    const policy = String(res.headers['content-security-policy']);
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");
    expect(policy).not.toContain("'unsafe-inline' 'sha256");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy.replace(` 'sha256-${hash}'`, '').replace(" 'unsafe-inline'", '')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
