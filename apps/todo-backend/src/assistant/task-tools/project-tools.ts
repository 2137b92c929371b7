import {
  createProjectInputSchema,
  listProjectsInputSchema,
  type Project,
  projectListSchema,
  projectSchema,
  shareProjectInputSchema,
  shareProjectOutputSchema,
} from '@doable/contracts';
import { formatLocal } from '../dates.ts';
import { resolveProject } from './project-arguments.ts';
import { toDurationSeconds } from './tool-arguments.ts';
import { type ToolDefinition, ToolError } from './tool-definition.ts';

function describeProject(project: Project): string {
  const parts = [`#${project.id} ${project.emoji ? `${project.emoji} ` : ''}"${project.name}"`];
  if (project.is_inbox) parts.push('your Inbox');
  else if (project.role !== 'owner') parts.push(`shared with you as ${project.role}`);
  else if (project.member_count > 1) parts.push(`shared with ${project.member_count - 1} other${project.member_count === 2 ? '' : 's'}`);
  parts.push(`${project.open_task_count} open task${project.open_task_count === 1 ? '' : 's'}`);
  if (project.archived) parts.push('archived');
  return parts.join(', ');
}

export const listProjectsTool: ToolDefinition<typeof listProjectsInputSchema> = {
  name: 'list_projects',
  effect: 'read',
  title: 'List projects',
  description: 'Your projects (the Inbox first, then your sidebar order) with your role, members and open task counts.',
  input: listProjectsInputSchema,
  output: projectListSchema,
  async run(ctx, args) {
    const list = await ctx.projects.listProjects(ctx.userId, { archived: args.archived ?? 'false' });
    const what = args.archived === 'true' ? 'archived projects' : 'projects';
    if (list.items.length === 0) return { structured: list, summary: `No ${what}.` };
    return { structured: list, summary: `${list.items.length} ${what}:\n${list.items.map((p) => `- ${describeProject(p)}`).join('\n')}` };
  },
};

export const createProjectTool: ToolDefinition<typeof createProjectInputSchema> = {
  name: 'create_project',
  effect: 'create',
  title: 'Create a project',
  description: 'Create a project (a list of tasks you can share) with an optional colour (#rrggbb) and emoji; you are its owner.',
  input: createProjectInputSchema,
  output: projectSchema,
  async run(ctx, args) {
    const project = await ctx.projects.createProject(ctx.userId, args);
    return { structured: project, summary: `Created project ${describeProject(project)}.` };
  },
};

export const shareProjectTool: ToolDefinition<typeof shareProjectInputSchema> = {
  name: 'share_project',
  effect: 'create',
  title: 'Share a project',
  description:
    'Share a project you own: invite someone by email (they accept it in Doable), or make an invite link (link: true) whose URL anyone signed in can open; role editor (default) or viewer.',
  input: shareProjectInputSchema,
  output: shareProjectOutputSchema,
  async run(ctx, args) {
    if ((args.email === undefined) === (args.link !== true)) {
      throw new ToolError('Give either email (to invite one person) or link: true (to make an invite link), not both.');
    }
    if (args.email !== undefined && (args.expires_in !== undefined || args.max_uses !== undefined)) {
      throw new ToolError('expires_in and max_uses apply to invite links only.');
    }
    const project = await resolveProject(ctx, args.project);
    if (project.is_inbox) throw new ToolError('Your Inbox cannot be shared; create a project and share that.');
    const role = args.role ?? 'editor';
    if (args.email !== undefined) {
      const invitation = await ctx.projects.inviteByEmail(ctx.userId, project.id, { email: args.email.toLowerCase(), role });
      return {
        structured: { invitation },
        summary: `Invited ${invitation.email} to "${project.name}" as ${role}. They will see the invitation when they sign in with that email.`,
      };
    }
    const link = await ctx.projects.createInviteLink(ctx.userId, project.id, {
      role,
      ...(args.expires_in !== undefined ? { expires_in: toDurationSeconds(args.expires_in) } : {}),
      ...(args.max_uses !== undefined ? { max_uses: args.max_uses } : {}),
    });
    const limits = [
      link.expires_at ? `works until ${formatLocal(link.expires_at, ctx.timeZone)}` : 'does not expire',
      link.max_uses ? `for ${link.max_uses} use${link.max_uses === 1 ? '' : 's'}` : 'for any number of people',
    ];
    return {
      structured: { invite_link: link },
      summary: `Invite link to "${project.name}" as ${role} (${limits.join(', ')}): ${link.url}\nIt is shown only this once; revoke it from the project's sharing settings.`,
    };
  },
};
