import type { Executor } from '../database/executor.ts';

export interface UserSettings {
  time_zone: string;
  default_remind_before_seconds: number | null;
}

export const DEFAULT_SETTINGS: UserSettings = { time_zone: 'UTC', default_remind_before_seconds: null };

export const settingsRepository = {
  /** The better-auth user's public profile. */
  async findProfile(ex: Executor, userId: string): Promise<{ id: string; name: string; email: string }> {
    return ex.selectFrom('user').select(['id', 'name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();
  },

  async find(ex: Executor, userId: string): Promise<UserSettings> {
    const row = await ex
      .selectFrom('user_settings')
      .select(['time_zone', 'default_remind_before_seconds'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ?? DEFAULT_SETTINGS;
  },

  async save(ex: Executor, userId: string, changes: Partial<UserSettings>): Promise<UserSettings> {
    return ex
      .insertInto('user_settings')
      .values({ ...DEFAULT_SETTINGS, ...changes, user_id: userId })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
      .returning(['time_zone', 'default_remind_before_seconds'])
      .executeTakeFirstOrThrow();
  },
};
