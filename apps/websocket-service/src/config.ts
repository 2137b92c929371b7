import { databaseUrlSetting, originListSetting, serviceConfigSchema } from '@doable/platform';

/**
 * The websocket service's settings; `ALLOWED_ORIGINS`: browser origins allowed to open `/ws` besides its own;
 * `DATABASE_URL`: where its membership view lives (schema `live`).
 */
export const websocketServiceSettings = serviceConfigSchema({ ALLOWED_ORIGINS: originListSetting, DATABASE_URL: databaseUrlSetting });
