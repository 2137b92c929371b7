import { serviceConfigSchema } from '@doable/platform';
import { z } from 'zod';
import { WEB_APP_DIST } from './web-app.ts';

/** The frontend's settings; `WEB_ROOT`: the built web app (`npm run build -w apps/web`). */
export const todoFrontendSettings = serviceConfigSchema({ WEB_ROOT: z.string().min(1).default(WEB_APP_DIST) });
