import type { ProjectRole } from '@doable/contracts';
import { DomainError } from '@doable/platform';

/** A member whose role does not allow the action: 403, naming the role it needs (never said to a non-member). */
export class ForbiddenError extends DomainError {
  readonly requiredRole: ProjectRole;

  constructor(requiredRole: ProjectRole, actualRole: ProjectRole) {
    const needed = requiredRole === 'owner' ? "the project's owner" : 'an editor or the owner of the project';
    super('forbidden', 403, `Only ${needed} can do this; you are a${actualRole === 'editor' ? 'n' : ''} ${actualRole} here.`);
    this.requiredRole = requiredRole;
  }
}
