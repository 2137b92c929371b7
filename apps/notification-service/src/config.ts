import { databaseUrlSetting, serviceConfigSchema } from '@doable/platform';
import { vapidKeysPaired, vapidSettings } from './vapid-settings.ts';

/** The notification service's settings (environment variables). */
export const notificationServiceSettings = serviceConfigSchema({
  DATABASE_URL: databaseUrlSetting,
  ...vapidSettings,
}).refine(...vapidKeysPaired);
