import {
  changeMemberRoleBodySchema,
  createdInviteLinkSchema,
  createInvitationBodySchema,
  createInviteLinkBodySchema,
  createProjectBodySchema,
  invitationListSchema,
  invitationSchema,
  inviteLinkListSchema,
  invitePreviewSchema,
  inviteTokenSchema,
  listProjectsQuerySchema,
  projectIdTextSchema,
  projectListSchema,
  projectMemberListSchema,
  projectMemberSchema,
  projectOrderBodySchema,
  projectSchema,
  transferOwnershipBodySchema,
  updateProjectBodySchema,
  userIdSchema,
} from '@doable/contracts';
import { problemResponses } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProjectService } from './project-service.ts';

const tags = ['projects'];
const project = z.object({ id: projectIdTextSchema.describe('Project id') });
const member = project.extend({ user_id: userIdSchema.describe('Member user id') });
const idOf = (what: string) => projectIdTextSchema.describe(what);
const invitation = z.object({ id: idOf('Invitation id') });
const projectInvitation = project.extend({ invitation_id: idOf('Invitation id') });
const projectLink = project.extend({ link_id: idOf('Invite link id') });
const token = z.object({ token: inviteTokenSchema });
const noContent = { 204: z.null().describe('Done.') };

/** REST ↔ project service: validation and status codes only; the rules and the access policy live in the service. */
export function registerProjectRoutes(parent: FastifyInstance, deps: { projects: ProjectService }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const { projects } = deps;

  app.get('/projects', {
    schema: {
      tags,
      summary: 'My projects, in my sidebar order (the Inbox first)',
      querystring: listProjectsQuerySchema,
      response: { 200: projectListSchema, ...problemResponses(400, 401) },
    },
    handler: (request) => projects.listProjects(request.userId, request.query),
  });

  app.post('/projects', {
    schema: {
      tags,
      summary: 'Create a project',
      body: createProjectBodySchema,
      response: { 201: projectSchema, ...problemResponses(400, 401) },
    },
    handler: async (request, reply) => reply.code(201).send(await projects.createProject(request.userId, request.body)),
  });

  app.put('/projects/order', {
    schema: {
      tags,
      summary: 'Set my sidebar order',
      body: projectOrderBodySchema,
      response: { ...noContent, ...problemResponses(400, 401, 422) },
    },
    handler: async (request, reply) => {
      await projects.setOrder(request.userId, request.body.project_ids);
      return reply.code(204).send(null);
    },
  });

  app.get('/projects/:id', {
    schema: { tags, summary: 'Read a project', params: project, response: { 200: projectSchema, ...problemResponses(400, 401, 404) } },
    handler: (request) => projects.getProject(request.userId, request.params.id),
  });

  app.patch('/projects/:id', {
    schema: {
      tags,
      summary: 'Rename, recolour or archive a project (owner)',
      params: project,
      body: updateProjectBodySchema,
      response: { 200: projectSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => projects.updateProject(request.userId, request.params.id, request.body),
  });

  app.delete('/projects/:id', {
    schema: {
      tags,
      summary: 'Delete a project and its tasks (owner; not the Inbox)',
      params: project,
      response: { ...noContent, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await projects.deleteProject(request.userId, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/projects/:id/members', {
    schema: {
      tags,
      summary: "A project's members",
      params: project,
      response: { 200: projectMemberListSchema, ...problemResponses(400, 401, 404) },
    },
    handler: (request) => projects.listMembers(request.userId, request.params.id),
  });

  app.patch('/projects/:id/members/:user_id', {
    schema: {
      tags,
      summary: "Change a member's role (owner)",
      params: member,
      body: changeMemberRoleBodySchema,
      response: { 200: projectMemberSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => projects.changeRole(request.userId, request.params.id, request.params.user_id, request.body.role),
  });

  app.delete('/projects/:id/members/:user_id', {
    schema: {
      tags,
      summary: 'Remove a member (owner), or leave (yourself)',
      params: member,
      response: { ...noContent, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await projects.removeMember(request.userId, request.params.id, request.params.user_id);
      return reply.code(204).send(null);
    },
  });

  app.post('/projects/:id/transfer', {
    schema: {
      tags,
      summary: 'Transfer ownership to another member (owner)',
      params: project,
      body: transferOwnershipBodySchema,
      response: { 200: projectSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request) => projects.transferOwnership(request.userId, request.params.id, request.body.user_id),
  });

  app.get('/projects/:id/invitations', {
    schema: {
      tags,
      summary: "A project's pending invitations (owner)",
      params: project,
      response: { 200: invitationListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => projects.listInvitations(request.userId, request.params.id),
  });

  app.post('/projects/:id/invitations', {
    schema: {
      tags,
      summary: 'Invite someone by email (owner)',
      params: project,
      body: createInvitationBodySchema,
      response: { 201: invitationSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => reply.code(201).send(await projects.inviteByEmail(request.userId, request.params.id, request.body)),
  });

  app.delete('/projects/:id/invitations/:invitation_id', {
    schema: {
      tags,
      summary: 'Withdraw an invitation (owner)',
      params: projectInvitation,
      response: { ...noContent, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await projects.revokeInvitation(request.userId, request.params.id, request.params.invitation_id);
      return reply.code(204).send(null);
    },
  });

  app.get('/projects/:id/invite-links', {
    schema: {
      tags,
      summary: "A project's invite links, without their tokens (owner)",
      params: project,
      response: { 200: inviteLinkListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => projects.listInviteLinks(request.userId, request.params.id),
  });

  app.post('/projects/:id/invite-links', {
    schema: {
      tags,
      summary: 'Create an invite link; its token is shown only in this answer (owner)',
      params: project,
      body: createInviteLinkBodySchema,
      response: { 201: createdInviteLinkSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await projects.createInviteLink(request.userId, request.params.id, request.body)),
  });

  app.delete('/projects/:id/invite-links/:link_id', {
    schema: {
      tags,
      summary: 'Revoke an invite link (owner)',
      params: projectLink,
      response: { ...noContent, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await projects.revokeInviteLink(request.userId, request.params.id, request.params.link_id);
      return reply.code(204).send(null);
    },
  });

  app.get('/invitations', {
    schema: { tags, summary: 'Invitations waiting for me', response: { 200: invitationListSchema, ...problemResponses(401) } },
    handler: (request) => projects.myInvitations(request.userId),
  });

  app.post('/invitations/:id/accept', {
    schema: {
      tags,
      summary: 'Accept an invitation',
      params: invitation,
      response: { 200: projectSchema, ...problemResponses(400, 401, 404) },
    },
    handler: (request) => projects.acceptInvitation(request.userId, request.params.id),
  });

  app.post('/invitations/:id/decline', {
    schema: { tags, summary: 'Decline an invitation', params: invitation, response: { ...noContent, ...problemResponses(400, 401, 404) } },
    handler: async (request, reply) => {
      await projects.declineInvitation(request.userId, request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/invites/:token', {
    schema: {
      tags,
      summary: 'What an invite link offers',
      params: token,
      response: { 200: invitePreviewSchema, ...problemResponses(400, 401, 404, 410) },
    },
    handler: (request) => projects.previewInvite(request.userId, request.params.token),
  });

  app.post('/invites/:token/accept', {
    schema: {
      tags,
      summary: 'Join a project through an invite link',
      params: token,
      response: { 200: projectSchema, ...problemResponses(400, 401, 404, 410) },
    },
    handler: (request) => projects.acceptInvite(request.userId, request.params.token),
  });
}
