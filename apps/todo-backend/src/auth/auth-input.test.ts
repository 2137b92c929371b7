import { ValidationError } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { checkAuthInput, MAX_AUTH_BODY_DEPTH } from './auth-input.ts';

interface Input {
  url: string;
  body: string | undefined;
}

const ok: Input = { url: '/api/auth/sign-up/email', body: undefined };

function refusal(input: Partial<Input>) {
  try {
    checkAuthInput({ ...ok, ...input });
  } catch (error) {
    if (error instanceof ValidationError) return error.errors;
    throw error;
  }
  return undefined;
}

describe('auth input checks', () => {
  it('accepts an ordinary sign-up, and leaves a body that is not JSON to better-auth', () => {
    expect(refusal({ body: JSON.stringify({ name: 'Ada', email: 'ada@example.test', password: 'correct horse' }) })).toBeUndefined();
    expect(refusal({ body: 'name=Ada' })).toBeUndefined();
  });

  it('refuses the NUL character in a field, a nested field, a key or the query', () => {
    expect(refusal({ body: '{"name":"a\\u0000b"}' })).toEqual([{ field: 'name', message: expect.stringContaining('NUL') }]);
    expect(refusal({ body: '{"metadata":{"tags":["ok","x\\u0000"]}}' })).toEqual([
      { field: 'metadata.tags.1', message: expect.any(String) },
    ]);
    expect(refusal({ body: '{"a\\u0000":1}' })?.[0]?.field).toBe('(body)');
    expect(refusal({ url: '/api/auth/api-key/get?id=%00' })?.[0]?.field).toBe('(query)');
    expect(refusal({ body: 'name=a%00b&email=ada%40example.test' })?.[0]?.field).toBe('(body)');
    expect(refusal({ body: JSON.stringify({ password: 'literally %00 in it' }) })).toBeUndefined();
  });

  it('refuses JSON nested deeper than auth needs without overflowing the stack', () => {
    const deep = `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(refusal({ body: deep })?.[0]?.message).toContain(String(MAX_AUTH_BODY_DEPTH));
    const justEnough = `${'['.repeat(MAX_AUTH_BODY_DEPTH)}${']'.repeat(MAX_AUTH_BODY_DEPTH)}`;
    expect(refusal({ body: justEnough })).toBeUndefined();
  });
});
