import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import webpush from 'web-push';
import type { ResolvedAddress } from '../push-endpoints/host-resolver.ts';
import { type EndpointPolicy, EndpointRefusedError, permittedAddresses } from '../push-endpoints/push-endpoint.ts';
import type { VapidKeys } from '../vapid-keys.ts';
import { createVapidTokens } from './vapid-tokens.ts';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What one attempt at the push service came to: `retry` is worth another try, `failed` never will be. */
export type PushOutcome =
  | { result: 'sent'; httpStatus: number }
  | { result: 'gone'; httpStatus: number }
  | { result: 'retry'; httpStatus: number | null; reason: string }
  | { result: 'failed'; httpStatus: number | null; reason: string };

export interface PushMessage {
  payload: string;
  /** Seconds the push service keeps the message for an offline browser. */
  ttl: number;
  urgency: webpush.Urgency;
  /** Collapses an undelivered earlier message with the same topic (RFC 8030 §5.4). */
  topic?: string;
}

/**
 * Encrypts with web-push (RFC 8291 aes128gcm: a fresh ECDH key pair per message, as the RFC requires), signs with a
 * VAPID token kept per push service origin (`createVapidTokens`), and posts with node:http(s) rather than web-push's own
 * client: a whole-request timeout, plain http for the loopback test push service, and a lookup pinned to the addresses
 * `permittedAddresses` checked, so the request goes nowhere else (no second DNS answer, no internal address).
 */
export function createPushSender(options: {
  vapid: VapidKeys;
  subject: string;
  timeoutMs: number;
  endpoints: EndpointPolicy;
  clock?: () => Date;
}) {
  const tokens = createVapidTokens({ vapid: options.vapid, subject: options.subject, ...(options.clock ? { clock: options.clock } : {}) });
  return async (target: PushTarget, message: PushMessage): Promise<PushOutcome> => {
    if (!URL.canParse(target.endpoint)) return { result: 'failed', httpStatus: null, reason: 'endpoint is not a URL' };
    const url = new URL(target.endpoint);
    let addresses: ResolvedAddress[];
    try {
      addresses = await permittedAddresses(url, options.endpoints);
    } catch (error) {
      // Where the host points now is not allowed (it was when subscribed: DNS changed, perhaps on purpose).
      if (error instanceof EndpointRefusedError) {
        return { result: 'failed', httpStatus: null, reason: `endpoint refused: ${error.message}` };
      }
      return { result: 'retry', httpStatus: null, reason: errorReason(error, url, target.endpoint) };
    }
    let details: webpush.RequestDetails;
    try {
      details = webpush.generateRequestDetails(
        { endpoint: url.href, keys: { p256dh: target.p256dh, auth: target.auth } },
        message.payload,
        {
          // No signing here (null, web-push's documented way to skip it): the cached token is added below.
          vapidDetails: null as unknown as undefined,
          TTL: message.ttl,
          urgency: message.urgency,
          contentEncoding: 'aes128gcm',
          ...(message.topic ? { topic: message.topic } : {}),
        },
      );
    } catch (error) {
      // The stored keys or the message cannot be encrypted: no retry changes that.
      return { result: 'failed', httpStatus: null, reason: errorReason(error, url, target.endpoint) };
    }
    const headers = Object.fromEntries(Object.entries(details.headers).map(([name, value]) => [name, String(value)]));
    headers.Authorization = tokens.authorization(url.origin);
    let httpStatus: number;
    try {
      httpStatus = await post(url, addresses, headers, details.body ?? Buffer.alloc(0), options.timeoutMs);
    } catch (error) {
      return { result: 'retry', httpStatus: null, reason: errorReason(error, url, target.endpoint) };
    }
    if (httpStatus >= 200 && httpStatus < 300) return { result: 'sent', httpStatus };
    // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
    if (httpStatus === 404 || httpStatus === 410) return { result: 'gone', httpStatus };
    if (httpStatus === 429 || httpStatus >= 500) return { result: 'retry', httpStatus, reason: `push service answered ${httpStatus}` };
    // 400, 403 (key mismatch), 413, and redirects (never followed): the same request will be refused again.
    return { result: 'failed', httpStatus, reason: `push service answered ${httpStatus}` };
  };
}

/** One POST whose connection can only go to `addresses`; resolves with the status, without reading the body. */
function post(url: URL, addresses: ResolvedAddress[], headers: Record<string, string>, body: Buffer, timeoutMs: number): Promise<number> {
  // For a host name the socket asks this lookup, which answers only with the addresses already checked. (An IP
  // literal is connected to as it is, and was checked as it is.)
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) return callback(null, addresses);
    const [first] = addresses as [ResolvedAddress];
    callback(null, first.address, first.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers, lookup: pinned, signal: AbortSignal.timeout(timeoutMs) }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

/** What went wrong, for the log: never the endpoint's path, which is as good as a password for that browser. */
function errorReason(error: unknown, url: URL, endpoint: string): string {
  const text = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error);
  const secret = `${url.pathname}${url.search}`;
  const redacted = text.replaceAll(endpoint, url.origin).replaceAll(url.href, url.origin);
  return secret.length > 1 ? redacted.replaceAll(secret, '/…') : redacted;
}

export type PushSender = ReturnType<typeof createPushSender>;
