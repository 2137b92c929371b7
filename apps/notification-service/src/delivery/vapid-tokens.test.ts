import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { createVapidTokens, VAPID_RENEW_MARGIN_SECONDS, VAPID_TOKEN_LIFETIME_SECONDS } from './vapid-tokens.ts';

const vapid = webpush.generateVAPIDKeys();
const subject = 'mailto:test@doable.invalid';

function claims(authorization: string): { aud: string; exp: number } {
  const jwt = /^vapid t=([^,]+), k=/.exec(authorization)?.[1] ?? '';
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as { aud: string; exp: number };
}

describe('VAPID tokens', () => {
  it('signs once per push service origin and reuses the token until shortly before it expires', () => {
    // Near the real time: web-push refuses an expiry more than 24 hours from its own clock.
    let now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const tokens = createVapidTokens({ vapid, subject, clock: () => now });
    const first = tokens.authorization('https://push.example');
    expect(claims(first)).toMatchObject({ aud: 'https://push.example', exp: now.getTime() / 1000 + VAPID_TOKEN_LIFETIME_SECONDS });

    now = new Date(now.getTime() + (VAPID_TOKEN_LIFETIME_SECONDS - VAPID_RENEW_MARGIN_SECONDS - 1) * 1000);
    expect(tokens.authorization('https://push.example')).toBe(first);

    const other = tokens.authorization('https://other-push.example');
    expect(claims(other).aud).toBe('https://other-push.example');
    expect(tokens.size).toBe(2);

    now = new Date(now.getTime() + 1000);
    const renewed = tokens.authorization('https://push.example');
    expect(renewed).not.toBe(first);
    expect(claims(renewed).exp).toBe(now.getTime() / 1000 + VAPID_TOKEN_LIFETIME_SECONDS);
  });
});
