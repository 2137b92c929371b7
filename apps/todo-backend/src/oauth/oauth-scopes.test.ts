import { describe, expect, it } from 'vitest';
import { stepUpScopes, taskScopeOf } from './oauth-scopes.ts';
import { bearerChallenge, resourceMetadataUrlOf } from './protected-resource.ts';

describe('what an OAuth token may do with tasks', () => {
  it('writes with tasks:write, reads with tasks:read alone, and does nothing without either', () => {
    expect(taskScopeOf(['tasks:read', 'tasks:write', 'offline_access'])).toBe('write');
    expect(taskScopeOf(['tasks:write'])).toBe('write');
    expect(taskScopeOf(['tasks:read', 'offline_access'])).toBe('read');
    expect(taskScopeOf(['offline_access'])).toBeUndefined();
    expect(taskScopeOf([])).toBeUndefined();
  });
});

describe('the scopes a step-up asks for', () => {
  it('keeps reading and the refresh token beside the scope that was missing', () => {
    expect(stepUpScopes('tasks:write')).toEqual(['tasks:read', 'tasks:write', 'offline_access']);
    expect(stepUpScopes('tasks:read')).toEqual(['tasks:read', 'offline_access']);
  });
});

describe('the challenge /mcp answers with', () => {
  const base = 'https://todo.example.com/some/path';

  it('points at the /mcp-suffixed protected resource metadata on the public origin', () => {
    expect(resourceMetadataUrlOf(base)).toBe('https://todo.example.com/.well-known/oauth-protected-resource/mcp');
  });

  it('names no error without a credential, invalid_token for a bad one, and the missing scope for too little', () => {
    const metadata = 'resource_metadata="https://todo.example.com/.well-known/oauth-protected-resource/mcp"';
    expect(bearerChallenge(base)).toBe(`Bearer ${metadata}, scope="tasks:read tasks:write offline_access"`);
    expect(bearerChallenge(base, { error: 'invalid_token' })).toBe(
      `Bearer error="invalid_token", ${metadata}, scope="tasks:read tasks:write offline_access"`,
    );
    expect(bearerChallenge(base, { error: 'insufficient_scope', scope: 'tasks:write' })).toBe(
      `Bearer error="insufficient_scope", ${metadata}, scope="tasks:write"`,
    );
  });
});
