export { websocketServiceSettings } from './config.ts';
export type { LiveMessage } from './live-message.ts';
export type { LiveUpdatesModule, LiveUpdatesOptions } from './live-updates-module.ts';
export { createLiveUpdatesModule } from './live-updates-module.ts';
export { LIVE_UPDATES_CONSUMER } from './subscriptions.ts';
