import { aTask, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';
import { expectCleanRefusal, expectNeverBlocked, expectNoLeak, probeHealthWhile, sendJsonText, sendRaw } from './hostile-client.ts';

const cursorOf = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Hostile requests through every door: [what, method, path, body]. A string body is sent as it is. */
function hostileRequests(ownTaskId: number): [string, string, string, unknown][] {
  const id = ownTaskId;
  return [
    // Ids: decimal digits only, never coerced, never a 500 past the integer range.
    ['hex id', 'GET', '/api/v1/tasks/0x10', undefined],
    ['exponent id', 'GET', '/api/v1/tasks/1e1', undefined],
    ['negative id', 'GET', '/api/v1/tasks/-1', undefined],
    ['fractional id', 'GET', '/api/v1/tasks/1.5', undefined],
    ['huge id', 'GET', '/api/v1/tasks/99999999999999999999999999', undefined],
    ['NUL id', 'GET', '/api/v1/tasks/1%00', undefined],
    ['huge id on complete', 'PATCH', '/api/v1/tasks/9223372036854775808/complete', {}],
    // Cursors: well-formed JSON with hostile values, and garbage.
    [
      'cursor zone out of range',
      'GET',
      `/api/v1/tasks?sort=due_date&order=asc&cursor=${cursorOf(['due_date', 'asc', '2030-01-01 00:00:00+99', 1])}`,
      undefined,
    ],
    [
      'cursor infinite relevance',
      'GET',
      `/api/v1/tasks?search=x&cursor=${encodeURIComponent(Buffer.from('["relevance","desc",1e999,1]').toString('base64url'))}`,
      undefined,
    ],
    ['cursor relevance 1e999 text', 'GET', `/api/v1/tasks?search=x&cursor=${cursorOf(['relevance', 'desc', '1e999', 1])}`, undefined],
    ['cursor NUL title', 'GET', `/api/v1/tasks?sort=title&order=asc&cursor=${cursorOf(['title', 'asc', 'a\u0000b', 1])}`, undefined],
    [
      'cursor month 13',
      'GET',
      `/api/v1/tasks?sort=created_at&order=desc&cursor=${cursorOf(['created_at', 'desc', '2030-13-45 25:61:61+00', 1])}`,
      undefined,
    ],
    ['cursor id beyond bigint', 'GET', `/api/v1/tasks?sort=title&order=asc&cursor=${cursorOf(['title', 'asc', 'a', 1e300])}`, undefined],
    ['cursor garbage', 'GET', '/api/v1/tasks?cursor=%E2%80%AE%00%FF', undefined],
    // Query strings.
    ['limit as exponent', 'GET', '/api/v1/tasks?limit=1e3', undefined],
    ['negative limit', 'GET', '/api/v1/tasks?limit=-1', undefined],
    ['sort by prototype', 'GET', '/api/v1/tasks?sort=__proto__', undefined],
    ['status twice', 'GET', '/api/v1/tasks?status=all&status=pending', undefined],
    ['ten thousand tags', 'GET', `/api/v1/tasks?tags=${'a,'.repeat(10_000)}`, undefined],
    ['long search', 'GET', `/api/v1/tasks?search=${'x'.repeat(10_000)}`, undefined],
    ['search with NUL', 'GET', '/api/v1/tasks?search=a%00b', undefined],
    ['search with lone surrogate', 'GET', '/api/v1/tasks?search=%ED%A0%80', undefined],
    ['bad due_before', 'GET', '/api/v1/tasks?due_before=yesterday-ish', undefined],
    // Bodies.
    ['deep JSON on the API', 'POST', '/api/v1/tasks', deepJson(100_000)],
    ['deep JSON on sign-in', 'POST', '/api/auth/sign-in/email', deepJson(100_000)],
    ['deep JSON on sign-up', 'POST', '/api/auth/sign-up/email', deepJson(100_000)],
    ['truncated JSON', 'POST', '/api/v1/tasks', '{"title": "unterminated'],
    ['NUL in a title', 'POST', '/api/v1/tasks', aTask({ title: 'a\u0000b' })],
    ['lone surrogate in a title', 'POST', '/api/v1/tasks', aTask({ title: 'half \ud800 a pair' })],
    ['NUL in a tag', 'POST', '/api/v1/tasks', aTask({ tags: ['ho\u0000me'] })],
    ['title of 100,000 characters', 'POST', '/api/v1/tasks', aTask({ title: 'x'.repeat(100_000) })],
    ['a thousand tags', 'POST', '/api/v1/tasks', aTask({ tags: Array.from({ length: 1000 }, (_, i) => `t${i}`) })],
    ['due date past year 9999', 'POST', '/api/v1/tasks', aTask({ due_date: '+275760-09-13T00:00:00Z' })],
    ['due date year 0', 'POST', '/api/v1/tasks', aTask({ due_date: '0000-01-01T00:00:00Z' })],
    ['reminder a lifetime before', 'POST', '/api/v1/tasks', aTask({ due_date: '2031-01-01T00:00:00Z', remind_before: '99999999d' })],
    [
      'rule that never occurs at its interval',
      'POST',
      '/api/v1/tasks/recurring',
      { title: 'never', pattern: 'FREQ=DAILY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', due_date: '2031-01-01T09:00:00Z' },
    ],
    ['rule every second', 'POST', '/api/v1/tasks/recurring', { title: 'busy', pattern: 'FREQ=SECONDLY', due_date: '2031-01-01T09:00:00Z' }],
    [
      'rule with a huge interval',
      'POST',
      '/api/v1/tasks/recurring',
      { title: 'slow', pattern: 'FREQ=YEARLY;INTERVAL=999999999', due_date: '2031-01-01T09:00:00Z' },
    ],
    [
      'prototype keys in a body',
      'PATCH',
      `/api/v1/tasks/${id}`,
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    ],
    ['wrong types', 'PATCH', `/api/v1/tasks/${id}`, { title: { $gt: '' }, completed: 'yes', tags: 'home' }],
    ['tags edit with both forms', 'PATCH', `/api/v1/tasks/${id}/tags`, { tags: ['a'], add: ['b'] }],
    ['object as an email', 'POST', '/api/auth/sign-in/email', { email: { $gt: '' }, password: 'x' }],
    [
      'NUL in a sign-up name',
      'POST',
      '/api/auth/sign-up/email',
      { name: 'Mal\u0000lory', email: 'nul@example.test', password: 'correct horse battery' },
    ],
    ['NUL in an API key name', 'POST', '/api/auth/api-key/create', { name: 'desk\u0000top' }],
    // Chat: the action and the stored conversation never disagree.
    ['chat with a lone surrogate', 'POST', '/api/v1/chat', { message: 'add buy \udc00 milk tomorrow' }],
    ['chat of 100,000 characters', 'POST', '/api/v1/chat', { message: 'add '.repeat(25_000) }],
    ['chat in an unknown conversation', 'POST', '/api/v1/chat', { message: 'show my tasks', conversation_id: '../../etc/passwd' }],
    // Web Push: no endpoint inside the network, none with credentials.
    ...[
      'https://127.0.0.1/push',
      'https://[::1]/push',
      'https://localhost/push',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.1/push',
      'https://192.168.1.1/push',
      'https://0x7f000001/push',
      'https://2130706433/push',
      'https://[::ffff:127.0.0.1]/push',
      'https://user:pass@push.example.com/push',
      'http://push.example.com/push',
      'https://push.example.com/\u0000',
    ].map((endpoint): [string, string, string, unknown] => [
      `push endpoint ${endpoint}`,
      'POST',
      '/api/v1/push/subscribe',
      {
        endpoint,
        keys: {
          p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
          auth: 'tBHItJI5svbpez7KI4CCXg',
        },
      },
    ]),
    ['unsubscribe with NUL', 'POST', '/api/v1/push/unsubscribe', { endpoint: 'https://push.example.com/a\u0000b' }],
  ];
}

describe.each(STORAGE_KINDS)('hostile requests on %s', (kind) => {
  let t: TestApp;
  let token: string;
  let ownTask: { id: number; title: string };

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api, 'Target'));
    ownTask = (await t.api.post('/api/v1/tasks', aTask({ title: 'Keep me intact', tags: ['home'] }), token)).body;
  });
  afterAll(() => t?.stop());

  it('refuses every hostile request with problem details, never a server error, while /healthz keeps answering', async () => {
    const requests = hostileRequests(ownTask.id);
    const { healthMs } = await probeHealthWhile(t.url, async () => {
      for (const [what, method, path, body] of requests) {
        const response =
          typeof body === 'string' ? await sendJsonText(t.url, method, path, body, token) : await t.api.call(method, path, body, token);
        expectCleanRefusal(response, what);
      }
    });
    expectNeverBlocked(healthMs);
    // Nothing was coerced into a real id: `0x10` and `1e1` did not answer someone's task.
    for (const path of ['/api/v1/tasks/0x10', '/api/v1/tasks/1e1']) expect((await t.api.get(path, token)).status).not.toBe(200);
  });

  it('is still correct afterwards: the task is intact, nothing was polluted, nothing half-done was kept', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const task = await t.api.get(`/api/v1/tasks/${ownTask.id}`, token);
    expect(task.body).toMatchObject({ title: 'Keep me intact', tags: ['home'], completed: false });
    const list = await t.api.get('/api/v1/tasks?status=all&limit=200', token);
    const titles: string[] = list.body.items.map((item: { title: string }) => item.title);
    // The refused chat message created nothing (the lone surrogate never reached the interpreter's actions).
    expect(titles.filter((title) => title.includes('milk'))).toEqual([]);
    const created = await t.api.post('/api/v1/tasks', aTask({ title: 'After the storm' }), token);
    expect(created.status).toBe(201);
    expect((await t.api.get(`/api/v1/tasks/${created.body.id}`, token)).body.title).toBe('After the storm');
    expect((await fetch(new URL('/healthz', t.url))).status).toBe(200);
  });

  it('answers malformed HTTP (bad Host, oversized headers, broken request line) with problem details', async () => {
    const cases: [string, string][] = [
      ['malformed Host on auth', 'GET /api/auth/get-session HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n'],
      ['Host with a path', 'GET /api/auth/get-session HTTP/1.1\r\nHost: evil.example/x?y\r\nConnection: close\r\n\r\n'],
      ['oversized headers', `GET /api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ${'a'.repeat(70_000)}\r\nConnection: close\r\n\r\n`],
      ['broken request line', 'GET\r\n\r\n'],
    ];
    for (const [what, request] of cases) {
      const response = await sendRaw(t.url, request);
      expect(response.status, `${what}: ${response.raw.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, what).toBeLessThan(500);
      expect(response.headers.get('content-type') ?? '', `${what}: ${response.raw.slice(0, 300)}`).toContain('application/problem+json');
      expectNoLeak(response.raw, what);
    }
    expect((await fetch(new URL('/healthz', t.url))).status).toBe(200);
  });
});
