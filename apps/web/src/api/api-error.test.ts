import { describe, expect, it } from 'vitest';
import { describeError, retryAfterSeconds, toErrorBody } from './api-error.ts';

const headers = (values: Record<string, string>) => new Headers(values);

describe('reading an error answer', () => {
  it('reads problem details: field errors first, then detail, then title', () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      detail: 'Check the fields.',
      errors: [
        { field: 'title', message: 'Too long' },
        { field: 'priority', message: 'Unknown priority' },
      ],
    };
    expect(describeError(400, problem)).toBe('title: Too long; priority: Unknown priority');
    expect(describeError(400, { ...problem, errors: undefined })).toBe('Check the fields.');
    expect(describeError(404, { type: 'about:blank', title: 'Not found', status: 404 })).toBe('Not found');
  });

  it('reads better-auth’s { message, code }', () => {
    const body = toErrorBody(JSON.stringify({ message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' }));
    expect(describeError(401, body)).toBe('Invalid email or password');
  });

  it('says the status when the body is not JSON, is empty, or says nothing', () => {
    expect(describeError(502, toErrorBody('<html>Bad Gateway</html>'))).toBe('Request failed (502)');
    expect(describeError(500, toErrorBody(''))).toBe('Request failed (500)');
    expect(describeError(500, toErrorBody('[1]'))).toBe('Request failed (500)');
    expect(describeError(500, { detail: '  ' })).toBe('Request failed (500)');
  });

  describe('a sign-in from an origin the server does not trust', () => {
    const origin = 'http://192.168.1.20:3000';
    const advice = `To use it at ${origin}, set PUBLIC_URL=${origin} (or add it to TRUSTED_ORIGINS) and restart Doable.`;

    it('names the setting to change, in better-auth’s shape', () => {
      expect(describeError(403, { message: 'Invalid origin', code: 'INVALID_ORIGIN' }, { origin })).toBe(
        `Doable is configured for another address. ${advice}`,
      );
    });

    it('names the setting to change, in the problem details shape, with the configured address when given', () => {
      const problem = {
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'Invalid origin',
        code: 'INVALID_ORIGIN',
        public_url: 'http://localhost:3000',
      };
      expect(describeError(403, problem, { origin })).toBe(`Doable is configured for http://localhost:3000. ${advice}`);
    });

    it('keeps other 403s as the server said them', () => {
      expect(describeError(403, { detail: 'Viewers cannot edit tasks in this project.', code: 'forbidden' }, { origin })).toBe(
        'Viewers cannot edit tasks in this project.',
      );
    });
  });

  describe('too many attempts', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');

    it('says how long to wait, from Retry-After in seconds or as a date', () => {
      expect(describeError(429, {}, { headers: headers({ 'retry-after': '42' }), now })).toBe(
        'Too many attempts; try again in 42 seconds.',
      );
      expect(describeError(429, {}, { headers: headers({ 'retry-after': '1' }), now })).toBe('Too many attempts; try again in 1 second.');
      expect(describeError(429, {}, { headers: headers({ 'retry-after': 'Thu, 03 Dec 2026 10:00:30 GMT' }), now })).toBe(
        'Too many attempts; try again in 30 seconds.',
      );
    });

    it('rounds long waits up to minutes, and never says 0', () => {
      expect(describeError(429, {}, { headers: headers({ 'retry-after': '600' }), now })).toBe(
        'Too many attempts; try again in 10 minutes.',
      );
      expect(describeError(429, {}, { headers: headers({ 'retry-after': '61' }), now })).toBe(
        'Too many attempts; try again in 61 seconds.',
      );
      expect(describeError(429, {}, { headers: headers({ 'retry-after': '0' }), now })).toBe('Too many attempts; try again in 1 second.');
    });

    it('reads better-auth’s X-Retry-After, and says to wait a moment without either', () => {
      const body = { message: 'Too many requests. Please try again later.' };
      expect(describeError(429, body, { headers: headers({ 'x-retry-after': '15' }), now })).toBe(
        'Too many attempts; try again in 15 seconds.',
      );
      expect(describeError(429, body, { headers: headers({}), now })).toBe('Too many attempts; wait a moment and try again.');
      expect(describeError(429, body, { headers: headers({ 'retry-after': 'soon' }), now })).toBe(
        'Too many attempts; wait a moment and try again.',
      );
    });
  });

  it('reads Retry-After per RFC 9110: delay-seconds or an HTTP-date, a past date meaning now', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 09:59:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('-5', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
