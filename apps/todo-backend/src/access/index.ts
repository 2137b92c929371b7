export { ForbiddenError } from './access-errors.ts';
export {
  assertRoleAllows,
  findRole,
  projectNotFound,
  requiredRole,
  requireProjectAccess,
  requireTaskAccess,
  roleAllows,
  taskNotFound,
} from './project-access.ts';
