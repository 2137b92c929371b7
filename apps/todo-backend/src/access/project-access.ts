import { PROJECT_PERMISSIONS, type ProjectPermission, type ProjectRole } from '@doable/contracts';
import { NotFoundError } from '@doable/platform';
import type { Executor } from '../database/executor.ts';
import type { TaskRecord } from '../tasks/task.ts';
import { taskRepository } from '../tasks/task-repository.ts';
import { ForbiddenError } from './access-errors.ts';

/**
 * The one place that decides who may do what in a project (design §10): a member may read; the role decides writes
 * and management; anyone else is told the project (or task) does not exist, exactly as if it did not.
 * REST, chat, MCP and the internal routes all reach projects and tasks through services that ask here.
 */

export function roleAllows(role: ProjectRole, permission: ProjectPermission): boolean {
  return (PROJECT_PERMISSIONS[permission] as readonly ProjectRole[]).includes(role);
}

/** The least role a permission needs, for the 403's message. */
export function requiredRole(permission: ProjectPermission): ProjectRole {
  const roles = PROJECT_PERMISSIONS[permission] as readonly ProjectRole[];
  return roles.includes('viewer') ? 'viewer' : roles.includes('editor') ? 'editor' : 'owner';
}

/** Throws the 403 when a member's role does not allow the permission. */
export function assertRoleAllows(role: ProjectRole, permission: ProjectPermission): void {
  if (!roleAllows(role, permission)) throw new ForbiddenError(requiredRole(permission), role);
}

/** The caller's role in a project, or undefined when they are not a member (or it does not exist). */
export async function findRole(ex: Executor, userId: string, projectId: number): Promise<ProjectRole | undefined> {
  const row = await ex
    .selectFrom('project_members')
    .select('role')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role as ProjectRole | undefined;
}

/** The project's not-found answer: the same whether it does not exist or the caller is not a member. */
export const projectNotFound = (projectId: number) => new NotFoundError(`Project ${projectId}`);
/** The task's not-found answer: the same whether it does not exist or is in a project the caller is not in. */
export const taskNotFound = (taskId: number) => new NotFoundError(`Task ${taskId}`);

/**
 * The caller's role in the project when it allows `permission`; a non-member gets 404, a member without the role
 * 403 naming the role needed. Inside a transaction, `lock` holds the membership row (share lock) so a concurrent
 * removal waits for the change it would have refused.
 */
export async function requireProjectAccess(
  ex: Executor,
  userId: string,
  projectId: number,
  permission: ProjectPermission,
  options: { lock?: boolean } = {},
): Promise<ProjectRole> {
  let query = ex.selectFrom('project_members').select('role').where('project_id', '=', projectId).where('user_id', '=', userId);
  if (options.lock) query = query.forShare();
  const row = await query.executeTakeFirst();
  if (!row) throw projectNotFound(projectId);
  const role = row.role as ProjectRole;
  assertRoleAllows(role, permission);
  return role;
}

/**
 * The task and the caller's role when the role allows `permission`: a task in a project the caller is not in is
 * 404 like a task that does not exist; a viewer asking to write gets 403. `forUpdate` locks the task row and names
 * the caller (`actorName`, for the change's events).
 */
export async function requireTaskAccess(
  ex: Executor,
  userId: string,
  taskId: number,
  permission: ProjectPermission,
  options: { forUpdate?: boolean } = {},
): Promise<{ task: TaskRecord; role: ProjectRole; actorName?: string | undefined }> {
  const found = await taskRepository.findWithRole(ex, userId, taskId, options);
  if (!found) throw taskNotFound(taskId);
  const { role, actor_name, ...task } = found;
  assertRoleAllows(role as ProjectRole, permission);
  return { task, role: role as ProjectRole, ...(actor_name == null ? {} : { actorName: actor_name }) };
}
