import { databaseUrlSetting, serviceConfigSchema } from '@doable/platform';

/** The audit service's settings (environment variables). */
export const auditServiceSettings = serviceConfigSchema({ DATABASE_URL: databaseUrlSetting });
