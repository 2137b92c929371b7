import { chatRequestSchema, chatResponseSchema, conversationListSchema, conversationSchema } from '@doable/contracts';
import { problemResponses } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withChangeOrigin } from '../http/change-origin.ts';
import type { ChatService } from './chat-service.ts';

const tags = ['chat'];

/** Chat in plain English (offline interpreter or a configured model) and the stored conversations. */
export function registerChatRoutes(parent: FastifyInstance, deps: { chat: ChatService }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  app.post('/chat', {
    schema: {
      tags,
      summary: 'Send a chat message; the assistant acts on your tasks and replies',
      body: chatRequestSchema,
      response: { 200: chatResponseSchema, ...problemResponses(400, 401, 404) },
    },
    // Tasks changed by a chat message were changed through chat, whatever signed the request in.
    handler: (request) => withChangeOrigin({ channel: 'chat' }, () => deps.chat.chat(request.userId, request.body)),
  });
  app.get('/conversations', {
    schema: { tags, summary: 'Your conversations, most recent first', response: { 200: conversationListSchema, ...problemResponses(401) } },
    handler: (request) => deps.chat.listConversations(request.userId),
  });
  app.get('/conversations/:id', {
    schema: {
      tags,
      summary: 'A conversation with its messages',
      params: z.object({ id: z.uuid().describe('Conversation id') }),
      response: { 200: conversationSchema, ...problemResponses(400, 401, 404) },
    },
    handler: (request) => deps.chat.getConversation(request.userId, request.params.id),
  });
}
