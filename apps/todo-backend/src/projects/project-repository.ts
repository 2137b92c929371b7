import type { Invitation, InviteLink, Project, ProjectMember, ProjectRole } from '@doable/contracts';
import { sql } from 'kysely';
import type { Executor } from '../database/executor.ts';

/** A project as one member sees it: the row, their role and sidebar place, and the counts the sidebar shows. */
interface ProjectViewRow {
  id: number;
  name: string;
  color: string;
  emoji: string | null;
  archived: boolean;
  is_inbox: boolean;
  role: ProjectRole;
  owner_id: string | null;
  member_count: number;
  open_task_count: number;
  created_at: Date;
  updated_at: Date;
}

export function toProjectDto(row: ProjectViewRow): Project {
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    emoji: row.emoji,
    archived: row.archived,
    is_inbox: row.is_inbox,
    role: row.role,
    owner_id: row.owner_id ?? '',
    member_count: row.member_count,
    open_task_count: row.open_task_count,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The caller's projects (or one of them), the Inbox first, then their own sidebar order. */
async function projectViews(ex: Executor, userId: string, where: { projectId?: number; archived?: boolean }): Promise<ProjectViewRow[]> {
  const conditions = [sql`true`];
  if (where.projectId !== undefined) conditions.push(sql`p.id = ${where.projectId}`);
  if (where.archived !== undefined) conditions.push(sql`p.archived = ${where.archived}`);
  const result = await sql<ProjectViewRow>`
    select p.id, p.name, p.color, p.emoji, p.archived, p.inbox_of is not null as is_inbox, m.role,
      (select o.user_id from backend.project_members o where o.project_id = p.id and o.role = 'owner') as owner_id,
      (select count(*)::int from backend.project_members c where c.project_id = p.id) as member_count,
      (select count(*)::int from backend.tasks t where t.project_id = p.id and not t.completed) as open_task_count,
      p.created_at, p.updated_at
    from backend.projects p
    join backend.project_members m on m.project_id = p.id and m.user_id = ${userId}
    where ${sql.join(conditions, sql` and `)}
    order by p.inbox_of is not null desc, m.position, p.id`.execute(ex);
  return result.rows;
}

export const projectRepository = {
  async list(ex: Executor, userId: string, archived: boolean | undefined): Promise<Project[]> {
    return (await projectViews(ex, userId, archived === undefined ? {} : { archived })).map(toProjectDto);
  },

  async view(ex: Executor, userId: string, projectId: number): Promise<Project | undefined> {
    const [row] = await projectViews(ex, userId, { projectId });
    return row ? toProjectDto(row) : undefined;
  },

  /** The row, locked for the change about to be made. */
  async findForUpdate(ex: Executor, projectId: number) {
    return ex
      .selectFrom('projects')
      .select(['id', 'name', 'color', 'emoji', 'archived', 'inbox_of'])
      .where('id', '=', projectId)
      .forUpdate()
      .executeTakeFirst();
  },

  async find(ex: Executor, projectId: number) {
    return ex
      .selectFrom('projects')
      .select(['id', 'name', 'color', 'emoji', 'archived', 'inbox_of'])
      .where('id', '=', projectId)
      .executeTakeFirst();
  },

  /** Where a new project goes in a member's sidebar: after everything already there. */
  async nextPosition(ex: Executor, userId: string): Promise<number> {
    const row = await ex
      .selectFrom('project_members')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (row?.max ?? 0) + 1;
  },

  async addMember(ex: Executor, projectId: number, userId: string, role: ProjectRole, now: Date): Promise<void> {
    const position = await projectRepository.nextPosition(ex, userId);
    await ex.insertInto('project_members').values({ project_id: projectId, user_id: userId, role, position, joined_at: now }).execute();
  },

  async memberRole(ex: Executor, projectId: number, userId: string, options: { forUpdate?: boolean } = {}) {
    let query = ex.selectFrom('project_members').select('role').where('project_id', '=', projectId).where('user_id', '=', userId);
    if (options.forUpdate) query = query.forUpdate();
    return (await query.executeTakeFirst())?.role;
  },

  async members(ex: Executor, projectId: number): Promise<ProjectMember[]> {
    const rows = await ex
      .selectFrom('project_members as m')
      .innerJoin('user as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.name', 'u.email', 'm.role', 'm.joined_at'])
      .where('m.project_id', '=', projectId)
      // The owner first, then in the order people joined.
      .orderBy(sql`m.role = 'owner'`, 'desc')
      .orderBy('m.joined_at')
      .orderBy('m.user_id')
      .execute();
    return rows.map((row) => ({ ...row, joined_at: new Date(row.joined_at).toISOString() }));
  },

  async member(ex: Executor, projectId: number, userId: string): Promise<ProjectMember | undefined> {
    return (await projectRepository.members(ex, projectId)).find((member) => member.user_id === userId);
  },

  async invitations(
    ex: Executor,
    where: { projectId?: number; email?: string; id?: number },
  ): Promise<(Invitation & { invited_by_id: string })[]> {
    let query = ex
      .selectFrom('project_invitations as i')
      .innerJoin('projects as p', 'p.id', 'i.project_id')
      .innerJoin('user as u', 'u.id', 'i.invited_by')
      .select([
        'i.id',
        'i.project_id',
        'p.name as project_name',
        'i.email',
        'i.role',
        'i.invited_by',
        'u.name as inviter_name',
        'i.created_at',
      ])
      .orderBy('i.id');
    if (where.projectId !== undefined) query = query.where('i.project_id', '=', where.projectId);
    if (where.email !== undefined) query = query.where('i.email', '=', where.email);
    if (where.id !== undefined) query = query.where('i.id', '=', where.id);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      project_id: row.project_id,
      project_name: row.project_name,
      email: row.email,
      role: row.role,
      invited_by: { user_id: row.invited_by, name: row.inviter_name },
      invited_by_id: row.invited_by,
      created_at: new Date(row.created_at).toISOString(),
    }));
  },

  async inviteLinks(ex: Executor, projectId: number): Promise<InviteLink[]> {
    const rows = await ex
      .selectFrom('project_invite_links')
      .select(['id', 'project_id', 'role', 'expires_at', 'max_uses', 'uses', 'created_at'])
      .where('project_id', '=', projectId)
      .where('revoked_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map(toInviteLinkDto);
  },
};

const isoOrNull = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function toInviteLinkDto(row: {
  id: number;
  project_id: number;
  role: InviteLink['role'];
  expires_at: Date | string | null;
  max_uses: number | null;
  uses: number;
  created_at: Date | string;
}): InviteLink {
  return {
    id: row.id,
    project_id: row.project_id,
    role: row.role,
    expires_at: isoOrNull(row.expires_at),
    max_uses: row.max_uses,
    uses: row.uses,
    created_at: new Date(row.created_at).toISOString(),
  };
}
