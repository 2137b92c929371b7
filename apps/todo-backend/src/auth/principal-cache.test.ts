import { describe, expect, it } from 'vitest';
import { credentialKeyOf, type Principal, PrincipalCache } from './principal-cache.ts';

const alice: Principal = { userId: 'alice', scope: 'write', via: 'session' };
const bob: Principal = { userId: 'bob', scope: 'read', via: 'api-key' };

function cacheAt(start = 1_000_000, options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = start;
  const cache = new PrincipalCache({ ttlMs: options.ttlMs ?? 10_000, maxEntries: options.maxEntries ?? 100, now: () => now });
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('the verified-credential cache', () => {
  it('answers with a principal until its lifetime is over, then no more', () => {
    const { cache, advance } = cacheAt();
    cache.set('k', alice, cache.begin());
    advance(9_999);
    expect(cache.get('k')).toEqual(alice);
    advance(1);
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never keeps a principal past its session’s or key’s own expiry', () => {
    const { cache, advance } = cacheAt(1_000_000);
    cache.set('soon', alice, cache.begin(), new Date(1_002_000));
    cache.set('gone', bob, cache.begin(), new Date(1_000_000));
    expect(cache.get('gone')).toBeUndefined();
    advance(1_999);
    expect(cache.get('soon')).toEqual(alice);
    advance(1);
    expect(cache.get('soon')).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const { cache } = cacheAt(0, { maxEntries: 2 });
    cache.set('a', alice, cache.begin());
    cache.set('b', bob, cache.begin());
    expect(cache.get('a')).toEqual(alice); // a is now the most recently used
    cache.set('c', bob, cache.begin());
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(alice);
    expect(cache.get('c')).toEqual(bob);
  });

  it('forgets every credential of a user at once, and only theirs', () => {
    const { cache } = cacheAt();
    cache.set('alice-session', alice, cache.begin());
    cache.set('alice-key', { ...alice, via: 'api-key', scope: 'read' }, cache.begin());
    cache.set('bob-key', bob, cache.begin());
    cache.forgetUser('alice');
    expect(cache.get('alice-session')).toBeUndefined();
    expect(cache.get('alice-key')).toBeUndefined();
    expect(cache.get('bob-key')).toEqual(bob);
  });

  it('does not store what a lookup found when a revocation happened while it ran', () => {
    const { cache } = cacheAt();
    const generation = cache.begin();
    cache.forgetUser('alice'); // the sign-out lands between the lookup's read and its store
    cache.set('k', alice, generation);
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', alice, cache.begin());
    expect(cache.get('k')).toEqual(alice);
  });

  it('keeps nothing with a lifetime of 0', () => {
    const { cache } = cacheAt(0, { ttlMs: 0 });
    cache.set('k', alice, cache.begin());
    expect(cache.get('k')).toBeUndefined();
  });
});

describe('the cache key of a request’s credentials', () => {
  it('differs for every credential header and is not the credential itself', () => {
    const keys = [
      credentialKeyOf(new Headers({ authorization: 'Bearer abc' })),
      credentialKeyOf(new Headers({ authorization: 'Bearer abd' })),
      credentialKeyOf(new Headers({ cookie: 'better-auth.session_token=abc' })),
      credentialKeyOf(new Headers({ 'x-api-key': 'abc' })),
      credentialKeyOf(new Headers({ 'x-api-key': 'abc', authorization: 'Bearer abc' })),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).not.toContain('abc');
    expect(credentialKeyOf(new Headers({ authorization: 'Bearer abc' }))).toBe(keys[0]);
  });

  it('is undefined for a request without credentials', () => {
    expect(credentialKeyOf(new Headers({ accept: 'application/json' }))).toBeUndefined();
  });
});
