import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { NotFoundError, RateLimitedError } from '../errors.ts';
import { registerProblemDetails } from './problem-details.ts';

describe('registerProblemDetails', () => {
  it('says when to try again for a refusal that passes, and only then', async () => {
    const app = Fastify();
    registerProblemDetails(app);
    app.get('/limited', async () => {
      throw new RateLimitedError(42);
    });
    app.get('/missing', async () => {
      throw new NotFoundError('Task 7');
    });
    const limited = await app.inject({ method: 'GET', url: '/limited' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('42');
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate_limited', detail: expect.stringContaining('42 seconds') });
    const missing = await app.inject({ method: 'GET', url: '/missing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['retry-after']).toBeUndefined();
  });
});
