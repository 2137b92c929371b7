import { databaseUrlSetting, serviceConfigSchema } from '@doable/platform';

/** The recurring-task service's settings (environment variables). */
export const recurringTaskServiceSettings = serviceConfigSchema({ DATABASE_URL: databaseUrlSetting });
