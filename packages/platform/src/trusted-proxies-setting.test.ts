import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseConfig, trustedProxiesSetting } from './config.ts';

const schema = z.object({ TRUSTED_PROXIES: trustedProxiesSetting });

describe('trustedProxiesSetting (TRUSTED_PROXIES)', () => {
  it('is empty by default and takes IP addresses and CIDR ranges, comma-separated', () => {
    expect(parseConfig(schema, {}).TRUSTED_PROXIES).toEqual([]);
    expect(parseConfig(schema, { TRUSTED_PROXIES: '127.0.0.1, ::1,10.0.0.0/8,fd00::/8' }).TRUSTED_PROXIES).toEqual([
      '127.0.0.1',
      '::1',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
  });

  it('names every entry that is not an address or a range', () => {
    expect(() => parseConfig(schema, { TRUSTED_PROXIES: '127.0.0.1,ingress,10.0.0.0/33' })).toThrow(ConfigError);
    expect(() => parseConfig(schema, { TRUSTED_PROXIES: 'ingress' })).toThrow(/"ingress" is not an IP address or CIDR range/);
  });
});
