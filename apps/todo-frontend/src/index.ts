export { registerApiForwarding } from './api-forwarding.ts';
export { todoFrontendSettings } from './config.ts';
export { registerWebApp, WEB_APP_DIST } from './web-app.ts';
