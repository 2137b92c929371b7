import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { vapidFromSettings, vapidSettings } from './vapid-settings.ts';

// The notification service and the embedded app both spread these settings and pass `vapidFromSettings` on.
const parse = (env: Record<string, string>) => vapidFromSettings(z.object(vapidSettings).parse(env));

describe('Web Push settings', () => {
  it('keep push endpoints on this machine refused unless PUSH_ALLOW_LOOPBACK_ENDPOINTS opts in', () => {
    expect(parse({})).toEqual({});
    expect(parse({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'false' })).toEqual({});
    expect(parse({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true' })).toEqual({ allowLoopbackEndpoints: true });
    expect(() => parse({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'maybe' })).toThrow();
  });

  it('pass configured keys and subject on', () => {
    expect(parse({ VAPID_PUBLIC_KEY: 'public', VAPID_PRIVATE_KEY: 'private', VAPID_SUBJECT: 'mailto:ops@example.com' })).toEqual({
      vapid: { publicKey: 'public', privateKey: 'private' },
      vapidSubject: 'mailto:ops@example.com',
    });
  });
});
