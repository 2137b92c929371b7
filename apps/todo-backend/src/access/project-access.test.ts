import { describe, expect, it } from 'vitest';
import { ForbiddenError } from './access-errors.ts';
import { assertRoleAllows, requiredRole, roleAllows } from './project-access.ts';

describe('the project access table', () => {
  it('lets every member read, owners and editors write tasks, and only the owner manage', () => {
    expect(['owner', 'editor', 'viewer'].map((role) => roleAllows(role as 'owner', 'read'))).toEqual([true, true, true]);
    expect(['owner', 'editor', 'viewer'].map((role) => roleAllows(role as 'owner', 'writeTasks'))).toEqual([true, true, false]);
    expect(['owner', 'editor', 'viewer'].map((role) => roleAllows(role as 'owner', 'manageProject'))).toEqual([true, false, false]);
  });

  it('names the least role a permission needs in its 403', () => {
    expect([requiredRole('read'), requiredRole('writeTasks'), requiredRole('manageProject')]).toEqual(['viewer', 'editor', 'owner']);
    const refusal = (() => {
      try {
        assertRoleAllows('viewer', 'writeTasks');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(refusal).toMatchObject({ status: 403, code: 'forbidden', requiredRole: 'editor' });
    expect((refusal as Error).message).toBe('Only an editor or the owner of the project can do this; you are a viewer here.');
    expect(() => assertRoleAllows('editor', 'manageProject')).toThrow("Only the project's owner can do this; you are an editor here.");
  });
});
