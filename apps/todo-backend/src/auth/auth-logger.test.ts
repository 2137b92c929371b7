import { Writable } from 'node:stream';
import { createLogger } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { toBetterAuthLogger } from './auth-logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: toBetterAuthLogger(createLogger({ name: 'test', level: 'debug', destination })) };
}

describe("better-auth's logger", () => {
  it('writes structured lines of the better-auth component, with its notes and safe details', () => {
    const { lines, logger } = capture();
    logger.log('warn', 'Blocked cross-site navigation login attempt', { secFetchSite: 'cross-site', sessionToken: 'secret-token' });
    logger.log('info', 'If it is a valid URL, add it', 'Current list of trustedOrigins: http://localhost:3000');
    expect(lines[0]).toMatchObject({ level: 40, component: 'better-auth', msg: 'Blocked cross-site navigation login attempt' });
    expect(lines[0]?.details).toEqual({ secFetchSite: 'cross-site' });
    expect(lines[1]?.msg).toBe('If it is a valid URL, add it Current list of trustedOrigins: http://localhost:3000');
  });

  it("logs a database error's message and code, never the statement's parameters", () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      query: 'insert into "backend"."apikey" ("name", "key") values ($1, $2)',
      params: ['k\u0000', 'RLqIBTwVhSDPUVH0cD4pZw3eUJB30g4xw-bgqBBw4gs'],
    });
    logger.log('error', 'Failed to create user', error);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'Failed to create user', err: { message: error.message, code: '22021' } });
    expect(JSON.stringify(lines)).not.toContain('RLqIBTwVhSDPUVH0cD4pZw3eUJB30g4xw');
    expect(JSON.stringify(lines)).not.toContain('insert into');
  });
});
