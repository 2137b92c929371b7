import { createHash, randomBytes } from 'node:crypto';
import {
  type CreatedInviteLink,
  type CreateProjectBody,
  DEFAULT_PROJECT_COLOR,
  type GrantableRole,
  type Invitation,
  type InvitePreview,
  type Project,
  type ProjectMember,
  type UpdateProjectBody,
} from '@doable/contracts';
import { ConflictError, DomainError, NotFoundError } from '@doable/platform';
import { projectNotFound, requireProjectAccess } from '../access/project-access.ts';
import type { Executor } from '../database/executor.ts';
import { taskRepository } from '../tasks/task-repository.ts';
import { publishTaskEvent, taskEvent } from '../tasks/task-service.ts';
import { ensureInbox } from './inbox.ts';
import { GoneError, UnprocessableError } from './project-errors.ts';
import { projectEvent, publishProjectEvents } from './project-events.ts';
import { projectRepository, toInviteLinkDto } from './project-repository.ts';

export interface ProjectServiceOptions {
  db: Executor;
  /** Called after every commit that enqueued events. */
  onCommitted: () => void;
  clock?: () => Date;
  /** The public origin invite link URLs start with (`<origin>/invite/<token>`). */
  publicOrigin: string;
}

const DEFAULT_LINK_LIFETIME_SECONDS = 7 * 24 * 3600;

/** Only a hash of an invite token is stored: a leaked table lets nobody join. */
export const hashInviteToken = (token: string) => createHash('sha256').update(token).digest('hex');

const inboxRefusal = (what: string) => new ConflictError(`The Inbox cannot be ${what}.`);
const linkNotValid = () =>
  new DomainError('not_found', 404, 'This invite link is not valid or was revoked; ask the project’s owner for a new link.');
const invitationNotFound = (id: number) => new NotFoundError(`Invitation ${id}`);

/** Projects, members, invitations and invite links; each use case takes the acting user first and asks the policy. */
export function createProjectService(options: ProjectServiceOptions) {
  const { db } = options;
  const clock = options.clock ?? (() => new Date());

  async function inTransaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    const result = await db.transaction().execute(work);
    options.onCommitted();
    return result;
  }

  async function view(ex: Executor, userId: string, projectId: number): Promise<Project> {
    const project = await projectRepository.view(ex, userId, projectId);
    if (!project) throw projectNotFound(projectId);
    return project;
  }

  /** The project row locked for a change the caller's role must allow; the Inbox refuses sharing changes. */
  async function lockedProject(trx: Executor, userId: string, projectId: number, permission: 'read' | 'writeTasks' | 'manageProject') {
    await requireProjectAccess(trx, userId, projectId, permission);
    const project = await projectRepository.findForUpdate(trx, projectId);
    if (!project) throw projectNotFound(projectId);
    return project;
  }

  async function sharable(trx: Executor, userId: string, projectId: number) {
    const project = await lockedProject(trx, userId, projectId, 'manageProject');
    if (project.inbox_of !== null) throw inboxRefusal('shared');
    return project;
  }

  /** Unassigns a member who leaves, with an `updated` event per task so every view follows. */
  async function unassign(trx: Executor, actorId: string, projectId: number, memberId: string, now: Date): Promise<void> {
    for (const task of await taskRepository.unassign(trx, projectId, memberId, now)) {
      await publishTaskEvent(trx, taskEvent('updated', task, actorId, now, ['assignee_id']));
    }
  }

  /** Adds the user as a member (or leaves an existing membership as it is) and returns the project as they see it. */
  async function join(trx: Executor, userId: string, projectId: number, role: GrantableRole, actorId: string, now: Date) {
    const existing = await projectRepository.memberRole(trx, projectId, userId);
    if (!existing) {
      const project = await projectRepository.findForUpdate(trx, projectId);
      if (!project) throw projectNotFound(projectId);
      await projectRepository.addMember(trx, projectId, userId, role, now);
      await publishProjectEvents(trx, [projectEvent('member_added', project, actorId, now, { user_id: userId, role })]);
    }
    return view(trx, userId, projectId);
  }

  /** An invite link by token, locked, when it still works: unknown or revoked → 404, expired or used up → 410. */
  async function usableLink(trx: Executor, token: string, now: Date) {
    const link = await trx
      .selectFrom('project_invite_links')
      .selectAll()
      .where('token_hash', '=', hashInviteToken(token))
      .forUpdate()
      .executeTakeFirst();
    if (!link || link.revoked_at !== null) throw linkNotValid();
    if (link.expires_at !== null && new Date(link.expires_at).getTime() <= now.getTime()) {
      throw new GoneError('This invite link has expired; ask the project’s owner for a new link.');
    }
    if (link.max_uses !== null && link.uses >= link.max_uses) {
      throw new GoneError('This invite link has been used as many times as it allows; ask the project’s owner for a new link.');
    }
    return link;
  }

  return {
    async listProjects(userId: string, query: { archived: 'false' | 'true' | 'all' }): Promise<{ items: Project[] }> {
      await ensureInbox(db, userId, clock(), options.onCommitted);
      const archived = query.archived === 'all' ? undefined : query.archived === 'true';
      return { items: await projectRepository.list(db, userId, archived) };
    },

    async createProject(userId: string, body: CreateProjectBody): Promise<Project> {
      return inTransaction(async (trx) => {
        const now = clock();
        await ensureInbox(trx, userId, now);
        const project = await trx
          .insertInto('projects')
          .values({
            name: body.name,
            color: body.color ?? DEFAULT_PROJECT_COLOR,
            emoji: body.emoji ?? null,
            created_at: now,
            updated_at: now,
          })
          .returning(['id', 'name', 'color', 'emoji', 'archived'])
          .executeTakeFirstOrThrow();
        await projectRepository.addMember(trx, project.id, userId, 'owner', now);
        await publishProjectEvents(trx, [
          projectEvent('project_created', project, userId, now),
          projectEvent('member_added', project, userId, now, { user_id: userId, role: 'owner' }),
        ]);
        return view(trx, userId, project.id);
      });
    },

    async getProject(userId: string, projectId: number): Promise<Project> {
      await requireProjectAccess(db, userId, projectId, 'read');
      return view(db, userId, projectId);
    },

    async updateProject(userId: string, projectId: number, body: UpdateProjectBody): Promise<Project> {
      return inTransaction(async (trx) => {
        const project = await lockedProject(trx, userId, projectId, 'manageProject');
        if (project.inbox_of !== null) {
          if (body.name !== undefined && body.name !== project.name) throw inboxRefusal('renamed');
          if (body.archived === true) throw inboxRefusal('archived');
        }
        const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
        if (Object.keys(changes).length === 0) return view(trx, userId, projectId);
        const now = clock();
        const updated = await trx
          .updateTable('projects')
          .set({ ...changes, updated_at: now })
          .where('id', '=', projectId)
          .returning(['id', 'name', 'color', 'emoji', 'archived'])
          .executeTakeFirstOrThrow();
        await publishProjectEvents(trx, [projectEvent('project_updated', updated, userId, now)]);
        return view(trx, userId, projectId);
      });
    },

    /** Deletes the project and its tasks, a `deleted` event for each task, then `project_deleted`. */
    async deleteProject(userId: string, projectId: number): Promise<void> {
      await inTransaction(async (trx) => {
        const project = await lockedProject(trx, userId, projectId, 'manageProject');
        if (project.inbox_of !== null) throw inboxRefusal('deleted');
        const now = clock();
        for (const task of await taskRepository.deleteInProject(trx, projectId)) {
          await publishTaskEvent(trx, taskEvent('deleted', task, userId, now));
        }
        await trx.deleteFrom('projects').where('id', '=', projectId).execute();
        await publishProjectEvents(trx, [projectEvent('project_deleted', project, userId, now)]);
      });
    },

    /**
     * The caller's own sidebar order: the listed projects first, in that order, the rest after in their old order
     * (the Inbox is always shown first). An id that is not one of theirs is refused the same way whether or not it
     * exists.
     */
    async setOrder(userId: string, projectIds: number[]): Promise<void> {
      await inTransaction(async (trx) => {
        const mine = await trx
          .selectFrom('project_members')
          .select('project_id')
          .where('user_id', '=', userId)
          .orderBy('position')
          .orderBy('project_id')
          .forUpdate()
          .execute();
        const known = new Set(mine.map((row) => row.project_id));
        const foreign = projectIds.filter((id) => !known.has(id));
        if (foreign.length > 0) {
          throw new UnprocessableError(`Project ${foreign[0]} is not one of your projects.`, [
            { field: 'project_ids', message: `Not one of your projects: ${foreign.join(', ')}.` },
          ]);
        }
        const listed = [...new Set(projectIds)];
        const order = [...listed, ...mine.map((row) => row.project_id).filter((id) => !listed.includes(id))];
        for (const [index, projectId] of order.entries()) {
          await trx
            .updateTable('project_members')
            .set({ position: index + 1 })
            .where('user_id', '=', userId)
            .where('project_id', '=', projectId)
            .execute();
        }
      });
    },

    async listMembers(userId: string, projectId: number): Promise<{ items: ProjectMember[] }> {
      await requireProjectAccess(db, userId, projectId, 'read');
      return { items: await projectRepository.members(db, projectId) };
    },

    async changeRole(userId: string, projectId: number, memberId: string, role: GrantableRole): Promise<ProjectMember> {
      return inTransaction(async (trx) => {
        const project = await lockedProject(trx, userId, projectId, 'manageProject');
        const current = await projectRepository.memberRole(trx, projectId, memberId, { forUpdate: true });
        if (!current) throw new NotFoundError(`Member ${memberId}`);
        if (current === 'owner') throw new ConflictError('The owner’s role changes only by transferring ownership.');
        if (current !== role) {
          const now = clock();
          await trx
            .updateTable('project_members')
            .set({ role })
            .where('project_id', '=', projectId)
            .where('user_id', '=', memberId)
            .execute();
          await publishProjectEvents(trx, [projectEvent('member_role_changed', project, userId, now, { user_id: memberId, role })]);
        }
        const member = await projectRepository.member(trx, projectId, memberId);
        if (!member) throw new NotFoundError(`Member ${memberId}`);
        return member;
      });
    },

    /** The owner removes a member, or a member leaves (removes themself); the owner must transfer ownership first. */
    async removeMember(userId: string, projectId: number, memberId: string): Promise<void> {
      await inTransaction(async (trx) => {
        const leaving = memberId === userId;
        const project = await lockedProject(trx, userId, projectId, leaving ? 'read' : 'manageProject');
        const role = await projectRepository.memberRole(trx, projectId, memberId, { forUpdate: true });
        if (!role) throw new NotFoundError(`Member ${memberId}`);
        if (role === 'owner') throw new ConflictError('The owner cannot leave the project: transfer ownership first.');
        const now = clock();
        await trx.deleteFrom('project_members').where('project_id', '=', projectId).where('user_id', '=', memberId).execute();
        // The removal's event goes out before the unassignments' (the same key keeps them in that order), so the
        // live delivery has stopped sending this project to the one removed by the time those task updates come.
        await publishProjectEvents(trx, [projectEvent('member_removed', project, userId, now, { user_id: memberId, role })]);
        await unassign(trx, userId, projectId, memberId, now);
      });
    },

    /** Makes another member the owner; the old owner stays, as an editor. */
    async transferOwnership(userId: string, projectId: number, newOwnerId: string): Promise<Project> {
      return inTransaction(async (trx) => {
        const project = await sharable(trx, userId, projectId);
        if (newOwnerId === userId) return view(trx, userId, projectId);
        const role = await projectRepository.memberRole(trx, projectId, newOwnerId, { forUpdate: true });
        if (!role) {
          throw new UnprocessableError('Ownership goes only to a member of the project.', [{ field: 'user_id', message: 'Not a member.' }]);
        }
        const now = clock();
        // The old owner steps down first: the one-owner index holds at every statement.
        const setRole = (memberId: string, newRole: 'owner' | 'editor') =>
          trx
            .updateTable('project_members')
            .set({ role: newRole })
            .where('project_id', '=', projectId)
            .where('user_id', '=', memberId)
            .execute();
        await setRole(userId, 'editor');
        await setRole(newOwnerId, 'owner');
        await publishProjectEvents(trx, [
          projectEvent('member_role_changed', project, userId, now, { user_id: userId, role: 'editor' }),
          projectEvent('member_role_changed', project, userId, now, { user_id: newOwnerId, role: 'owner' }),
        ]);
        return view(trx, userId, projectId);
      });
    },

    async listInvitations(userId: string, projectId: number): Promise<{ items: Invitation[] }> {
      await requireProjectAccess(db, userId, projectId, 'manageProject');
      return { items: (await projectRepository.invitations(db, { projectId })).map(withoutInviterId) };
    },

    /**
     * Invites an email address: the same answer whether or not an account has it (no account enumeration); an
     * account made later with that email sees the invitation. Inviting the same address again updates the role.
     */
    async inviteByEmail(userId: string, projectId: number, body: { email: string; role: GrantableRole }): Promise<Invitation> {
      return inTransaction(async (trx) => {
        const project = await sharable(trx, userId, projectId);
        const now = clock();
        const email = body.email.toLowerCase();
        const row = await trx
          .insertInto('project_invitations')
          .values({ project_id: projectId, email, role: body.role, invited_by: userId, created_at: now })
          .onConflict((oc) => oc.columns(['project_id', 'email']).doUpdateSet({ role: body.role, invited_by: userId }))
          .returning('id')
          .executeTakeFirstOrThrow();
        const invitee = await trx
          .selectFrom('user')
          .select('id')
          .where(({ fn }) => fn('lower', ['email']), '=', email)
          .executeTakeFirst();
        if (invitee) {
          await publishProjectEvents(trx, [
            projectEvent('invitation_created', project, userId, now, { user_id: invitee.id, role: body.role }),
          ]);
        }
        const [invitation] = await projectRepository.invitations(trx, { id: row.id });
        if (!invitation) throw new Error('invitation vanished');
        return withoutInviterId(invitation);
      });
    },

    async revokeInvitation(userId: string, projectId: number, invitationId: number): Promise<void> {
      await inTransaction(async (trx) => {
        await requireProjectAccess(trx, userId, projectId, 'manageProject');
        const deleted = await trx
          .deleteFrom('project_invitations')
          .where('id', '=', invitationId)
          .where('project_id', '=', projectId)
          .returning('id')
          .executeTakeFirst();
        if (!deleted) throw invitationNotFound(invitationId);
      });
    },

    /** The invitations waiting for the caller: those to their account's email. */
    async myInvitations(userId: string): Promise<{ items: Invitation[] }> {
      const email = await emailOf(db, userId);
      return { items: (await projectRepository.invitations(db, { email })).map(withoutInviterId) };
    },

    async acceptInvitation(userId: string, invitationId: number): Promise<Project> {
      return inTransaction(async (trx) => {
        const invitation = await myInvitation(trx, userId, invitationId);
        await trx.deleteFrom('project_invitations').where('id', '=', invitationId).execute();
        return join(trx, userId, invitation.project_id, invitation.role, invitation.invited_by_id, clock());
      });
    },

    async declineInvitation(userId: string, invitationId: number): Promise<void> {
      await inTransaction(async (trx) => {
        await myInvitation(trx, userId, invitationId);
        await trx.deleteFrom('project_invitations').where('id', '=', invitationId).execute();
      });
    },

    async listInviteLinks(userId: string, projectId: number) {
      await requireProjectAccess(db, userId, projectId, 'manageProject');
      return { items: await projectRepository.inviteLinks(db, projectId) };
    },

    /** A new link: the token (32 random bytes) is in this answer only; the database keeps its SHA-256. */
    async createInviteLink(
      userId: string,
      projectId: number,
      body: {
        role: GrantableRole;
        expires_in?: number | null | undefined;
        expires_at?: Date | null | undefined;
        max_uses?: number | null | undefined;
      },
    ): Promise<CreatedInviteLink> {
      return inTransaction(async (trx) => {
        await sharable(trx, userId, projectId);
        const now = clock();
        const expiresAt = body.expires_at ?? new Date(now.getTime() + (body.expires_in ?? DEFAULT_LINK_LIFETIME_SECONDS) * 1000);
        const token = randomBytes(32).toString('base64url');
        const row = await trx
          .insertInto('project_invite_links')
          .values({
            project_id: projectId,
            token_hash: hashInviteToken(token),
            role: body.role,
            created_by: userId,
            expires_at: expiresAt,
            max_uses: body.max_uses ?? null,
            created_at: now,
          })
          .returning(['id', 'project_id', 'role', 'expires_at', 'max_uses', 'uses', 'created_at'])
          .executeTakeFirstOrThrow();
        return { ...toInviteLinkDto(row), token, url: `${options.publicOrigin.replace(/\/+$/, '')}/invite/${token}` };
      });
    },

    async revokeInviteLink(userId: string, projectId: number, linkId: number): Promise<void> {
      await inTransaction(async (trx) => {
        await requireProjectAccess(trx, userId, projectId, 'manageProject');
        const link = await trx
          .updateTable('project_invite_links')
          .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(clock())) }))
          .where('id', '=', linkId)
          .where('project_id', '=', projectId)
          .returning('id')
          .executeTakeFirst();
        if (!link) throw new NotFoundError(`Invite link ${linkId}`);
      });
    },

    async previewInvite(userId: string, token: string): Promise<InvitePreview> {
      return db.transaction().execute(async (trx) => {
        const link = await usableLink(trx, token, clock());
        const project = await projectRepository.find(trx, link.project_id);
        if (!project) throw linkNotValid();
        const inviter = await trx.selectFrom('user').select(['id', 'name']).where('id', '=', link.created_by).executeTakeFirst();
        const members = await projectRepository.members(trx, link.project_id);
        return {
          project_id: project.id,
          project_name: project.name,
          color: project.color,
          emoji: project.emoji,
          role: link.role,
          invited_by: { user_id: link.created_by, name: inviter?.name ?? '' },
          member_count: members.length,
          expires_at: link.expires_at === null ? null : new Date(link.expires_at).toISOString(),
          already_member: members.some((member) => member.user_id === userId),
        };
      });
    },

    /** Joins through a link, using one of its uses; a member already in the project gets it back without using one. */
    async acceptInvite(userId: string, token: string): Promise<Project> {
      return inTransaction(async (trx) => {
        const now = clock();
        const link = await usableLink(trx, token, now);
        if (await projectRepository.memberRole(trx, link.project_id, userId)) return view(trx, userId, link.project_id);
        await trx
          .updateTable('project_invite_links')
          .set({ uses: link.uses + 1 })
          .where('id', '=', link.id)
          .execute();
        return join(trx, userId, link.project_id, link.role, link.created_by, now);
      });
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;

function withoutInviterId({ invited_by_id: _id, ...invitation }: Invitation & { invited_by_id: string }): Invitation {
  return invitation;
}

async function emailOf(ex: Executor, userId: string): Promise<string> {
  const user = await ex.selectFrom('user').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
  return user.email.toLowerCase();
}

/** An invitation to the caller's email; anyone else's is a 404, like one that does not exist. */
async function myInvitation(trx: Executor, userId: string, invitationId: number) {
  const [invitation] = await projectRepository.invitations(trx, { id: invitationId, email: await emailOf(trx, userId) });
  if (!invitation) throw invitationNotFound(invitationId);
  return invitation;
}
