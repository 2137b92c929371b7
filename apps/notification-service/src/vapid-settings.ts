import { booleanSetting } from '@doable/platform';
import { z } from 'zod';
import type { VapidKeys } from './vapid-keys.ts';

/**
 * The Web Push settings (design §9 names), shared by the notification service and the embedded app: the VAPID keys
 * and subject, and the opt-in for a local test push service.
 */
export const vapidSettings = {
  VAPID_PUBLIC_KEY: z.string().min(1).optional(),
  VAPID_PRIVATE_KEY: z.string().min(1).optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:)/, 'Use a mailto: or https: URL push services can reach you at.')
    .optional(),
  /** Only for a local test push service: push endpoints on this machine, plain http included. Never in production. */
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: booleanSetting.default(false),
};

type VapidEnv = {
  VAPID_PUBLIC_KEY?: string | undefined;
  VAPID_PRIVATE_KEY?: string | undefined;
  VAPID_SUBJECT?: string | undefined;
  PUSH_ALLOW_LOOPBACK_ENDPOINTS?: boolean | undefined;
};

/** For `.refine`: both keys or neither. */
export const vapidKeysPaired = [
  (env: VapidEnv) => Boolean(env.VAPID_PUBLIC_KEY) === Boolean(env.VAPID_PRIVATE_KEY),
  { message: 'Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither (a pair is then generated and kept).' },
] as const;

/** The module options the settings give: configured keys (else generated and kept), the contact subject, the opt-in. */
export function vapidFromSettings(env: VapidEnv): { vapid?: VapidKeys; vapidSubject?: string; allowLoopbackEndpoints?: boolean } {
  return {
    ...(env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
      ? { vapid: { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY } }
      : {}),
    ...(env.VAPID_SUBJECT ? { vapidSubject: env.VAPID_SUBJECT } : {}),
    ...(env.PUSH_ALLOW_LOOPBACK_ENDPOINTS ? { allowLoopbackEndpoints: true } : {}),
  };
}
