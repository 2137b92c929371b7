import { describe, expect, it } from 'vitest';
import { durationSchema, formatDuration, parseDuration } from './duration.ts';

describe('durations', () => {
  it.each([
    ['30m', 1_800],
    ['1h', 3_600],
    ['1d', 86_400],
    ['1w', 604_800],
    ['1h30m', 5_400],
    ['2d12h', 216_000],
    ['0m', 0],
    [' 1H ', 3_600],
  ])('parses %j as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', 'soon', '1', '1x', 'h1', '1m1h', '-1h', '1.5h'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    [5_400, '1h30m'],
    [86_400, '1d'],
    [0, '0m'],
    [90_000, '1d1h'],
    [604_800, '1w'],
  ])('formats %i seconds as %j', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('round-trips through the schema and caps at a year', () => {
    expect(durationSchema.parse('1d')).toBe(86_400);
    expect(durationSchema.safeParse('53w').success).toBe(false);
    expect(durationSchema.safeParse('52w').success).toBe(true);
  });
});
