import { ValidationError } from '@doable/platform';
import { z } from 'zod';

// Plain http only for the machine itself: the local test push service speaks nothing else.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isPushEndpoint(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

const endpointSchema = z.string().max(2048).refine(isPushEndpoint, 'Must be an https URL (plain http only on localhost).');

const base64urlKey = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { message: `${what} must be base64url.`, abort: true })
    .refine((value) => Buffer.from(value, 'base64url').length === bytes, `${what} must encode ${bytes} bytes.`);

/** The browser's `PushSubscription.toJSON()`, as the web app posts it. */
export const subscribeBodySchema = z.object({
  endpoint: endpointSchema,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    // An uncompressed P-256 public key and the 16-byte auth secret (RFC 8291).
    p256dh: base64urlKey(65, 'p256dh'),
    auth: base64urlKey(16, 'auth'),
  }),
});

export const unsubscribeBodySchema = z.object({ endpoint: z.string().min(1).max(2048) });

/** Parses a request body, or throws a ValidationError naming each failing field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    'The request is not valid; see errors.',
    parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })),
  );
}
