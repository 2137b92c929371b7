export { notificationServiceSettings } from './config.ts';
export type { RetryPolicy } from './delivery/push-delivery.ts';
export type { NotificationModule, NotificationModuleOptions } from './notification-module.ts';
export { createNotificationModule } from './notification-module.ts';
export type { VapidKeys } from './vapid-keys.ts';
export { vapidFromSettings, vapidKeysPaired, vapidSettings } from './vapid-settings.ts';
