import { originListSetting, serviceConfigSchema } from '@doable/platform';

/** The websocket service's settings; `ALLOWED_ORIGINS`: browser origins allowed to open `/ws` besides its own. */
export const websocketServiceSettings = serviceConfigSchema({ ALLOWED_ORIGINS: originListSetting });
