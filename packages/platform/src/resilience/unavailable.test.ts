import { describe, expect, it } from 'vitest';
import { isDependencyUnavailable } from './unavailable.ts';

describe('isDependencyUnavailable', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['refused on every address', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])],
    ['a crashed server', Object.assign(new Error('terminating connection due to unexpected postmaster exit'), { code: '57P01' })],
    ['a server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a cut connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a wrapped cause', new Error('session lookup failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })],
  ])('is true for %s', (_name, error) => {
    expect(isDependencyUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bug', new TypeError('x is undefined')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isDependencyUnavailable(error)).toBe(false);
  });
});
