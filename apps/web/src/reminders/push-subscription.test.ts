import { describe, expect, it } from 'vitest';
import { urlBase64ToUint8Array } from './push-subscription.ts';

describe('push subscription', () => {
  it('decodes an unpadded base64url VAPID key into its bytes', () => {
    const bytes = Uint8Array.from({ length: 65 }, (_, i) => (i * 37 + 251) % 256);
    const base64Url = Buffer.from(bytes).toString('base64url');
    expect(base64Url).not.toContain('=');
    expect(urlBase64ToUint8Array(base64Url)).toEqual(bytes);
    expect(urlBase64ToUint8Array('-_8')).toEqual(Uint8Array.from([0xfb, 0xff]));
  });
});
