import { z } from 'zod';
import { durationSchema } from './duration.ts';
import { isoDateTimeSchema, plainText } from './task.ts';

/**
 * Projects and sharing (design §10). A project is a list of tasks with members; each user has one Inbox project,
 * made with the account, that cannot be deleted, archived, renamed or shared.
 */

export const projectRoleSchema = z
  .enum(['owner', 'editor', 'viewer'])
  .describe('`owner`: everything, sharing included; `editor`: create, edit, complete, delete and move tasks; `viewer`: read only.');
export type ProjectRole = z.infer<typeof projectRoleSchema>;

/** The roles an owner can give a member or an invitation; ownership moves only by transfer. */
export const grantableRoleSchema = z.enum(['editor', 'viewer']);
export type GrantableRole = z.infer<typeof grantableRoleSchema>;

/** Which roles may do what: the one table every interface asks (REST, chat, MCP, WebSocket). */
export const PROJECT_PERMISSIONS = {
  read: ['owner', 'editor', 'viewer'],
  writeTasks: ['owner', 'editor'],
  manageProject: ['owner'],
} as const satisfies Record<string, readonly ProjectRole[]>;
export type ProjectPermission = keyof typeof PROJECT_PERMISSIONS;

export const projectNameSchema = plainText()
  .trim()
  .min(1, 'The project name cannot be empty.')
  .max(120, 'The project name has at most 120 characters.');
export const projectColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Give the colour as #rrggbb, e.g. #3b82f6.')
  .transform((color) => color.toLowerCase());
export const projectEmojiSchema = plainText().trim().min(1).max(16, 'The emoji has at most 16 characters.');
export const DEFAULT_PROJECT_COLOR = '#808080';

export const projectSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  color: z.string().describe('#rrggbb'),
  emoji: z.string().nullable(),
  archived: z.boolean(),
  is_inbox: z.boolean().describe('The caller’s own Inbox: cannot be deleted, archived, renamed or shared.'),
  role: projectRoleSchema.describe('The caller’s role in the project.'),
  owner_id: z.string(),
  member_count: z.number().int(),
  open_task_count: z.number().int().describe('Tasks not yet completed.'),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

/** `GET /projects`: the caller's projects in their own sidebar order, the Inbox first. */
export const projectListSchema = z.object({ items: z.array(projectSchema) });
export type ProjectList = z.infer<typeof projectListSchema>;

export const listProjectsQuerySchema = z
  .object({ archived: z.enum(['false', 'true', 'all']).default('false').describe('`true` lists only archived projects.') })
  .strict();

export const createProjectBodySchema = z
  .object({ name: projectNameSchema, color: projectColorSchema.optional(), emoji: projectEmojiSchema.nullable().optional() })
  .strict();
export type CreateProjectBody = z.infer<typeof createProjectBodySchema>;

export const updateProjectBodySchema = z
  .object({
    name: projectNameSchema.optional(),
    color: projectColorSchema.optional(),
    emoji: projectEmojiSchema.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

/** `PUT /projects/order`: the caller's sidebar order, every project id they see once (the Inbox stays first). */
export const projectOrderBodySchema = z.object({ project_ids: z.array(z.number().int().min(1)).max(1000) }).strict();

export const transferOwnershipBodySchema = z.object({ user_id: z.string().min(1).max(64) }).strict();

export const projectMemberSchema = z.object({
  user_id: z.string(),
  name: z.string(),
  email: z.string(),
  role: projectRoleSchema,
  joined_at: z.string(),
});
export type ProjectMember = z.infer<typeof projectMemberSchema>;
export const projectMemberListSchema = z.object({ items: z.array(projectMemberSchema) });

export const changeMemberRoleBodySchema = z.object({ role: grantableRoleSchema }).strict();

/** An invitation to one person, by email; pending until they accept or decline, or the owner revokes it. */
export const invitationSchema = z.object({
  id: z.number().int(),
  project_id: z.number().int(),
  project_name: z.string(),
  email: z.string(),
  role: grantableRoleSchema,
  invited_by: z.object({ user_id: z.string(), name: z.string() }),
  created_at: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });

export const createInvitationBodySchema = z
  .object({
    email: z.email('Give an email address such as sam@example.com.').max(254).toLowerCase(),
    role: grantableRoleSchema.default('editor'),
  })
  .strict();

/** An invite link: anyone signed in who holds its token may join, until it expires, is used up or revoked. */
export const inviteLinkSchema = z.object({
  id: z.number().int(),
  project_id: z.number().int(),
  role: grantableRoleSchema,
  expires_at: z.string().nullable(),
  max_uses: z.number().int().nullable(),
  uses: z.number().int(),
  created_at: z.string(),
});
export type InviteLink = z.infer<typeof inviteLinkSchema>;
export const inviteLinkListSchema = z.object({ items: z.array(inviteLinkSchema) });

/** The answer to creating a link: the only time its token is shown (only a hash is stored). */
export const createdInviteLinkSchema = inviteLinkSchema.extend({
  token: z.string(),
  url: z.string().describe('The web page that shows and accepts the invitation.'),
});
export type CreatedInviteLink = z.infer<typeof createdInviteLinkSchema>;

export const createInviteLinkBodySchema = z
  .object({
    role: grantableRoleSchema.default('editor'),
    expires_in: durationSchema.nullable().optional().describe('How long the link works, e.g. `7d`; null or absent: 7 days.'),
    expires_at: isoDateTimeSchema.nullable().optional(),
    max_uses: z.number().int().min(1).max(1000).nullable().optional().describe('Null: no limit.'),
  })
  .strict()
  .refine((body) => body.expires_in == null || body.expires_at == null, {
    message: 'Give either expires_in or expires_at, not both.',
    path: ['expires_at'],
  });

/** `GET /invites/{token}`: what the link offers, for the invite page. */
export const invitePreviewSchema = z.object({
  project_id: z.number().int(),
  project_name: z.string(),
  color: z.string(),
  emoji: z.string().nullable(),
  role: grantableRoleSchema,
  invited_by: z.object({ user_id: z.string(), name: z.string() }),
  member_count: z.number().int(),
  expires_at: z.string().nullable(),
  already_member: z.boolean(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

// Tokens are 32 random bytes in base64url (43 characters); the cap keeps junk out of the hash lookup.
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invite link is not valid.');
