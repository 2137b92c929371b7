import { describe, expect, it } from 'vitest';
import { clientName, givenClientName } from './client-name.ts';

describe('the client name read from a User-Agent', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0', 'Thunderbird'],
    ['DAVx5/4.4.2-ose (2024/09/12; dav4jvm; okhttp/4.12.0) Android/14', 'DAVx⁵'],
    ['iOS/17.5 (21F79) dataaccessd/1.0', 'Apple Reminders'],
    ['macOS/14.5 (23F79) remindd/1', 'Apple Reminders'],
    ['macOS/14.5 (23F79) CalendarAgent/988', 'Apple Calendar'],
    ['Evolution/3.52.2', 'Evolution'],
  ])('names a known app: %s', (header, name) => {
    expect(clientName(header)).toBe(name);
  });

  it('falls back to the first product token without its version, truncated', () => {
    expect(clientName('python-requests/2.32.3')).toBe('python-requests');
    expect(clientName('curl/8.5.0')).toBe('curl');
    expect(clientName(`${'a'.repeat(200)}/1`)).toHaveLength(80);
  });

  it('gives nothing for a missing header or one without a product token, never the raw header', () => {
    expect(clientName(undefined)).toBeUndefined();
    expect(clientName('')).toBeUndefined();
    expect(clientName('<script>alert(1)</script>')).toBeUndefined();
    expect(clientName('(my phone) Foo/1')).toBeUndefined();
  });
});

describe('the name an MCP client gives itself', () => {
  it('is kept without control characters, trimmed and truncated', () => {
    expect(givenClientName('Claude Desktop')).toBe('Claude Desktop');
    expect(givenClientName(' evil\u0000\u001b[31m ')).toBe('evil[31m');
    expect(givenClientName('x'.repeat(200))).toHaveLength(80);
    expect(givenClientName('   ')).toBeUndefined();
    expect(givenClientName(undefined)).toBeUndefined();
  });
});
