import type { ProjectEvent } from '@doable/contracts';
import { prepared } from '@doable/db';
import type { Kysely } from 'kysely';
import type { DB as LiveTables } from '../database/tables.generated.ts';

export const LIVE_SCHEMA = 'live';

/**
 * The service's own view of who belongs to which project, fed by `project-events` and read once per delivered task
 * update. Applying an event is idempotent and order-tolerant: each membership row keeps the time of the event that
 * wrote it and ignores older ones, so a redelivery, or a second consumer applying the same stream, changes nothing.
 */
export function createMembershipView(db: Kysely<LiveTables>) {
  async function setMember(projectId: number, userId: string, role: string | null, at: Date): Promise<void> {
    await db
      .insertInto('project_members')
      .values({ project_id: projectId, user_id: userId, role, event_at: at })
      .onConflict((oc) =>
        oc
          .columns(['project_id', 'user_id'])
          .doUpdateSet((eb) => ({ role: eb.ref('excluded.role'), event_at: eb.ref('excluded.event_at') }))
          .whereRef('project_members.event_at', '<=', 'excluded.event_at'),
      )
      .execute();
  }

  return {
    /** Applies one project event to the view; events that do not change membership are ignored. */
    async apply(event: ProjectEvent): Promise<void> {
      const at = new Date(event.timestamp);
      switch (event.event_type) {
        case 'member_added':
        case 'member_role_changed':
          if (event.member) await setMember(event.project_id, event.member.user_id, event.member.role, at);
          return;
        case 'member_removed':
          if (event.member) await setMember(event.project_id, event.member.user_id, null, at);
          return;
        case 'project_deleted':
          // The rows stay: they name whom to tell that the project is gone; membersOf no longer returns them.
          await db
            .insertInto('deleted_projects')
            .values({ project_id: event.project_id, deleted_at: at })
            .onConflict((oc) => oc.column('project_id').doNothing())
            .execute();
          return;
        default:
          return;
      }
    },

    /** The users who may receive the project's updates now: current members of a project that is not deleted. */
    async membersOf(projectId: number): Promise<string[]> {
      const rows = await prepared(
        db
          .selectFrom('project_members')
          .select('user_id')
          .where('project_id', '=', projectId)
          .where('role', 'is not', null)
          .where((eb) => eb.not(eb.exists(eb.selectFrom('deleted_projects').select('project_id').where('project_id', '=', projectId)))),
      ).execute();
      return rows.map((row) => row.user_id);
    },

    /**
     * Who receives a change the actor made to the project: its members now, and the actor unless the view knows they
     * are no longer one. A project just created may not be in the view yet (the two topics are not ordered with each
     * other), so its creator's own tabs are not kept waiting; but someone who has just left, whose leaving unassigned
     * their tasks, must not be sent those updates after being told the project is gone.
     */
    async audienceOf(projectId: number, actorId: string): Promise<string[]> {
      const rows = await prepared(
        db
          .selectFrom('project_members')
          .select(['user_id', 'role'])
          .where('project_id', '=', projectId)
          .where((eb) => eb.or([eb('role', 'is not', null), eb('user_id', '=', actorId)]))
          .where((eb) => eb.not(eb.exists(eb.selectFrom('deleted_projects').select('project_id').where('project_id', '=', projectId)))),
      ).execute();
      const members = rows.filter((row) => row.role !== null).map((row) => row.user_id);
      const actorLeft = rows.some((row) => row.user_id === actorId && row.role === null);
      return actorLeft || members.includes(actorId) ? members : [...members, actorId];
    },

    /** Current members, even of a deleted project: whom to tell that it is gone. */
    async lastMembersOf(projectId: number): Promise<string[]> {
      const rows = await db
        .selectFrom('project_members')
        .select('user_id')
        .where('project_id', '=', projectId)
        .where('role', 'is not', null)
        .execute();
      return rows.map((row) => row.user_id);
    },
  };
}

export type MembershipView = ReturnType<typeof createMembershipView>;
