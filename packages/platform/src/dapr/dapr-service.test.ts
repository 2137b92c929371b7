import { describe, expect, it } from 'vitest';
import { ConfigError, daprAppTokenOf, parseConfig } from '../config.ts';
import { serviceConfigSchema } from './dapr-service.ts';

const schema = serviceConfigSchema({});

describe('a distributed service’s settings', () => {
  it('refuse to start without APP_API_TOKEN, naming it', () => {
    expect(() => parseConfig(schema, {})).toThrow(ConfigError);
    expect(() => parseConfig(schema, {})).toThrow(/APP_API_TOKEN: Set APP_API_TOKEN/);
    expect(() => parseConfig(schema, { APP_API_TOKEN: '' })).toThrow(/APP_API_TOKEN/);
    expect(() => parseConfig(schema, { APP_API_TOKEN_OPTIONAL: 'false' })).toThrow(/APP_API_TOKEN/);
  });

  it('guard the sidecar-only routes with the token when it is set', () => {
    const config = parseConfig(schema, { APP_API_TOKEN: 'the-app-token' });
    expect(daprAppTokenOf(config)).toEqual({ token: 'the-app-token' });
    // A token set wins over the opt-out.
    expect(daprAppTokenOf(parseConfig(schema, { APP_API_TOKEN: 'the-app-token', APP_API_TOKEN_OPTIONAL: 'true' }))).toEqual({
      token: 'the-app-token',
    });
  });

  it('run without a token only when APP_API_TOKEN_OPTIONAL=true says so', () => {
    const config = parseConfig(schema, { APP_API_TOKEN_OPTIONAL: 'true' });
    expect(daprAppTokenOf(config)).toEqual({ optional: true });
    expect(() => daprAppTokenOf({ APP_API_TOKEN_OPTIONAL: false })).toThrow(ConfigError);
  });
});
