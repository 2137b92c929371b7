import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, databaseUrlSetting, parseConfig, portSetting } from './config.ts';

const schema = z.object({
  PORT: portSetting.default(3000),
  OPENAI_API_KEY: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['info', 'debug']).default('info'),
});

describe('parseConfig', () => {
  it('treats a setting set to nothing as unset, so its default applies', () => {
    expect(parseConfig(schema, { OPENAI_API_KEY: '', PORT: '', LOG_LEVEL: '  ' })).toEqual({ PORT: 3000, LOG_LEVEL: 'info' });
  });

  it('keeps every setting that has a value', () => {
    expect(parseConfig(schema, { OPENAI_API_KEY: 'sk-1', PORT: '8080', LOG_LEVEL: 'debug' })).toEqual({
      PORT: 8080,
      OPENAI_API_KEY: 'sk-1',
      LOG_LEVEL: 'debug',
    });
  });

  it('asks for a required setting that is set to nothing as if it were missing', () => {
    const required = z.object({ DATABASE_URL: databaseUrlSetting });
    expect(() => parseConfig(required, { DATABASE_URL: '' })).toThrow(ConfigError);
    expect(() => parseConfig(required, { DATABASE_URL: '' })).toThrow('Set DATABASE_URL to the PostgreSQL URL');
  });

  it('names every bad setting', () => {
    expect(() => parseConfig(schema, { PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT: .*\n {2}LOG_LEVEL: /);
  });
});
