import { formatDuration, meSchema, updateMeBodySchema } from '@doable/contracts';
import { problemResponses } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Executor } from '../database/executor.ts';
import { settingsRepository, type UserSettings } from './settings-repository.ts';

function toMe(user: { id: string; name: string; email: string }, settings: UserSettings) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    time_zone: settings.time_zone,
    default_remind_before: settings.default_remind_before_seconds === null ? null : formatDuration(settings.default_remind_before_seconds),
  };
}

/** The signed-in user's profile and settings (time zone, default reminder offset). */
export function registerMeRoutes(parent: FastifyInstance, deps: { db: Executor }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  app.get('/me', {
    schema: { tags: ['me'], summary: 'Who I am and my settings', response: { 200: meSchema, ...problemResponses(401) } },
    handler: async (request) =>
      toMe(await settingsRepository.findProfile(db, request.userId), await settingsRepository.find(db, request.userId)),
  });

  app.patch('/me', {
    schema: {
      tags: ['me'],
      summary: 'Change my time zone or default reminder offset',
      body: updateMeBodySchema,
      response: { 200: meSchema, ...problemResponses(400, 401) },
    },
    handler: async (request) => {
      const changes: Partial<UserSettings> = {};
      if (request.body.time_zone !== undefined) changes.time_zone = request.body.time_zone;
      if (request.body.default_remind_before !== undefined) changes.default_remind_before_seconds = request.body.default_remind_before;
      const settings =
        Object.keys(changes).length > 0
          ? await settingsRepository.save(db, request.userId, changes)
          : await settingsRepository.find(db, request.userId);
      return toMe(await settingsRepository.findProfile(db, request.userId), settings);
    },
  });
}
