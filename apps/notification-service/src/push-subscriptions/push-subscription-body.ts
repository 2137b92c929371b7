import { z } from 'zod';
import { ENDPOINT_CHARACTERS, endpointSyntaxProblem, MAX_ENDPOINT_LENGTH } from '../push-endpoints/push-endpoint.ts';

const base64urlKey = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { message: `${what} must be base64url.`, abort: true })
    .refine((value) => Buffer.from(value, 'base64url').length === bytes, `${what} must encode ${bytes} bytes.`);

/**
 * The browser's `PushSubscription.toJSON()`, as the web app posts it. Only what needs no lookup is checked here; the
 * route then checks where the endpoint's host points (`permittedAddresses`).
 */
export function subscribeBodySchema(options: { allowLoopback: boolean }) {
  return z.object({
    endpoint: z
      .string()
      .max(MAX_ENDPOINT_LENGTH, { abort: true })
      .superRefine((value, context) => {
        const problem = endpointSyntaxProblem(value, options.allowLoopback);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .describe('The push service URL from `PushSubscription.endpoint`: https, on a public address.'),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      // An uncompressed P-256 public key and the 16-byte auth secret (RFC 8291).
      p256dh: base64urlKey(65, 'p256dh'),
      auth: base64urlKey(16, 'auth'),
    }),
  });
}

// Not held to today's endpoint rules: a browser must be able to forget a subscription whatever it was stored as.
export const unsubscribeBodySchema = z.object({
  endpoint: z
    .string()
    .min(1)
    .max(MAX_ENDPOINT_LENGTH)
    .regex(ENDPOINT_CHARACTERS, 'Must be a URL of printable ASCII characters, without spaces or control characters.'),
});

export const publicKeyResponseSchema = z.object({ public_key: z.string().describe('VAPID public key: the `applicationServerKey`.') });
export const subscribedResponseSchema = z.object({ id: z.number().int() });
export const subscriptionListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), endpoint_host: z.string(), created_at: z.string() })),
});
