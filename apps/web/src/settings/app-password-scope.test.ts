import { describe, expect, it } from 'vitest';
import { scopeOfKey } from './app-password-scope.ts';

describe('the scope an app password shows', () => {
  it('is read only when its permissions hold no write', () => {
    expect(scopeOfKey({ tasks: ['read'] })).toBe('read');
  });
  it('is read and change with write, and for keys from before scopes', () => {
    expect(scopeOfKey({ tasks: ['read', 'write'] })).toBe('write');
    expect(scopeOfKey(null)).toBe('write');
  });
});
