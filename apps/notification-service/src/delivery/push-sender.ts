import webpush from 'web-push';
import type { VapidKeys } from '../vapid-keys.ts';

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
  | { result: 'failed'; httpStatus: number; reason: string };

export interface PushMessage {
  payload: string;
  /** Seconds the push service keeps the message for an offline browser. */
  ttl: number;
  urgency: webpush.Urgency;
  /** Collapses an undelivered earlier message with the same topic (RFC 8030 §5.4). */
  topic?: string;
}

/**
 * Encrypts and signs with web-push (RFC 8291 aes128gcm, VAPID), and posts with fetch rather than web-push's own
 * client: fetch has a whole-request timeout and speaks plain HTTP too, which the loopback test push service needs.
 */
export function createPushSender(options: { vapid: VapidKeys; subject: string; timeoutMs: number }) {
  const vapidDetails = { subject: options.subject, ...options.vapid };
  return async (target: PushTarget, message: PushMessage): Promise<PushOutcome> => {
    const details = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      message.payload,
      {
        vapidDetails,
        TTL: message.ttl,
        urgency: message.urgency,
        contentEncoding: 'aes128gcm',
        ...(message.topic ? { topic: message.topic } : {}),
      },
    );
    const headers = Object.fromEntries(
      Object.entries(details.headers)
        .filter(([name]) => name.toLowerCase() !== 'content-length')
        .map(([name, value]) => [name, String(value)]),
    );
    let response: Response;
    try {
      response = await fetch(details.endpoint, {
        method: 'POST',
        headers,
        body: new Uint8Array(details.body),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.body?.cancel();
    } catch (error) {
      return { result: 'retry', httpStatus: null, reason: error instanceof Error ? error.message : String(error) };
    }
    const httpStatus = response.status;
    if (response.ok) return { result: 'sent', httpStatus };
    // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
    if (httpStatus === 404 || httpStatus === 410) return { result: 'gone', httpStatus };
    if (httpStatus === 429 || httpStatus >= 500) return { result: 'retry', httpStatus, reason: `push service answered ${httpStatus}` };
    // 400, 403 (key mismatch), 413: the same request will be refused again.
    return { result: 'failed', httpStatus, reason: `push service answered ${httpStatus}` };
  };
}

export type PushSender = ReturnType<typeof createPushSender>;
