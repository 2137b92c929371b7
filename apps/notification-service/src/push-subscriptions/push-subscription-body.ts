import { z } from 'zod';

// Plain http only for the machine itself, and only when allowed: the local test push service speaks nothing else,
// and a real browser's push service is always https.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isPushEndpoint(value: string, allowLoopbackHttp: boolean): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (allowLoopbackHttp && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

const base64urlKey = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { message: `${what} must be base64url.`, abort: true })
    .refine((value) => Buffer.from(value, 'base64url').length === bytes, `${what} must encode ${bytes} bytes.`);

/** The browser's `PushSubscription.toJSON()`, as the web app posts it. */
export function subscribeBodySchema(options: { allowLoopbackHttp: boolean }) {
  return z.object({
    endpoint: z
      .string()
      .max(2048)
      .refine((value) => isPushEndpoint(value, options.allowLoopbackHttp), 'Must be the https URL of a push service.')
      .describe('The push service URL from `PushSubscription.endpoint`.'),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      // An uncompressed P-256 public key and the 16-byte auth secret (RFC 8291).
      p256dh: base64urlKey(65, 'p256dh'),
      auth: base64urlKey(16, 'auth'),
    }),
  });
}

export const unsubscribeBodySchema = z.object({ endpoint: z.string().min(1).max(2048) });

export const publicKeyResponseSchema = z.object({ public_key: z.string().describe('VAPID public key: the `applicationServerKey`.') });
export const subscribedResponseSchema = z.object({ id: z.number().int() });
export const subscriptionListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), endpoint_host: z.string(), created_at: z.string() })),
});
