export type { EmbeddedApp, EmbeddedAppOptions } from './embedded-app.ts';
export { createEmbeddedApp } from './embedded-app.ts';
