import webpush from 'web-push';
import type { VapidKeys } from '../vapid-keys.ts';

/** How long a signed token is valid: web-push's own default (RFC 8292 allows at most 24 hours). */
export const VAPID_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
/** Signed again this long before it expires, so no request leaves with a token about to lapse (clock skew, queues). */
export const VAPID_RENEW_MARGIN_SECONDS = 60 * 60;
/** Origins kept at most: a few real push services, but endpoints are user input, so the map is bounded. */
const MAX_ORIGINS = 256;

/**
 * The VAPID `Authorization` header per push service origin (the token's audience), signed once and reused until
 * shortly before it expires. Signing is an ECDSA signature per call; push services accept one token for many
 * messages, so signing per message (web-push's `generateRequestDetails` with `vapidDetails`) is wasted work.
 */
export function createVapidTokens(options: { vapid: VapidKeys; subject: string; clock?: () => Date }) {
  const clock = options.clock ?? (() => new Date());
  const byOrigin = new Map<string, { authorization: string; renewAt: number }>();
  return {
    /** The header for a request to `origin` (scheme://host[:port] of the endpoint). */
    authorization(origin: string): string {
      const nowSeconds = Math.floor(clock().getTime() / 1000);
      const cached = byOrigin.get(origin);
      if (cached && nowSeconds < cached.renewAt) return cached.authorization;
      const expiration = nowSeconds + VAPID_TOKEN_LIFETIME_SECONDS;
      const { Authorization } = webpush.getVapidHeaders(
        origin,
        options.subject,
        options.vapid.publicKey,
        options.vapid.privateKey,
        'aes128gcm',
        expiration,
      );
      byOrigin.delete(origin);
      if (byOrigin.size >= MAX_ORIGINS) byOrigin.delete(byOrigin.keys().next().value as string);
      byOrigin.set(origin, { authorization: Authorization, renewAt: expiration - VAPID_RENEW_MARGIN_SECONDS });
      return Authorization;
    },
    /** Origins with a token kept (tests). */
    get size(): number {
      return byOrigin.size;
    },
  };
}

export type VapidTokens = ReturnType<typeof createVapidTokens>;
