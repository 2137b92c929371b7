import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendAuthProblem } from './auth-problems.ts';

async function problemFor(response: Response, headers: Record<string, string> = {}) {
  const app = Fastify();
  app.post('/api/auth/sign-in/email', (request, reply) => sendAuthProblem(reply, request, response));
  const answer = await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers });
  await app.close();
  return { status: answer.statusCode, headers: answer.headers, body: answer.json() };
}

describe("better-auth's errors as problem details", () => {
  it('keeps the code and the message, with the status title, and passes cookies on', async () => {
    const answer = await problemFor(
      Response.json(
        { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' },
        { status: 401, headers: { 'set-cookie': 'better-auth.session_token=; Max-Age=0' } },
      ),
    );
    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.headers['set-cookie']).toEqual(['better-auth.session_token=; Max-Age=0']);
    expect(answer.body).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      code: 'INVALID_EMAIL_OR_PASSWORD',
      detail: 'Invalid email or password',
      instance: '/api/auth/sign-in/email',
    });
  });

  it('gives every 429 a Retry-After: from better-auth, from the API key plugin, or a minute', async () => {
    const limiter = await problemFor(
      new Response('{"message":"Too many requests. Please try again later."}', { status: 429, headers: { 'x-retry-after': '7' } }),
    );
    expect(limiter.headers['retry-after']).toBe('7');
    expect(limiter.body).toMatchObject({ code: 'rate_limited', detail: 'Too many requests from this address. Try again in 7 seconds.' });

    const apiKey = await problemFor(
      Response.json({ message: 'Rate limit exceeded.', code: 'RATE_LIMITED', details: { tryAgainIn: 4_200 } }, { status: 429 }),
    );
    expect(apiKey.headers['retry-after']).toBe('5');
    expect(apiKey.body).toMatchObject({ code: 'RATE_LIMITED', detail: 'Rate limit exceeded. Try again in 5 seconds.' });

    const bare = await problemFor(Response.json({ message: 'Usage exceeded', code: 'USAGE_EXCEEDED' }, { status: 429 }));
    expect(bare.headers['retry-after']).toBe('60');
  });

  it('names the setting to change when the page is not a trusted origin', async () => {
    const answer = await problemFor(Response.json({ message: 'Invalid origin', code: 'INVALID_ORIGIN' }, { status: 403 }), {
      origin: 'http://192.168.1.23:3000',
    });
    expect(answer.body.detail).toContain('PUBLIC_URL=http://192.168.1.23:3000');
    expect(answer.body.detail).toContain('TRUSTED_ORIGINS');
  });

  it('answers an empty or non-JSON error with its status', async () => {
    const answer = await problemFor(new Response('Not Found', { status: 404 }));
    expect(answer.body).toMatchObject({ status: 404, title: 'Not Found', code: 'route_not_found' });
  });
});
