import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, createLogger, createServiceServer } from '@doable/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app.ts';

describe('the web app’s files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'doable-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1.js"></script>');
    writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(root, 'sw.js'), 'self.addEventListener("push", () => {})');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('come with the strict policy (no inline script), nosniff, no framing and no referrer', async () => {
    const app = createServiceServer({ name: 'todo-frontend', logger: createLogger({ name: 'test', level: 'silent' }) });
    expect(await registerWebApp(app, root)).toBe(true);
    for (const url of ['/', '/?status=pending', '/tasks/7', '/assets/app-1.js', '/sw.js', '/assets/missing-2.js']) {
      const res = await app.inject({ url });
      expect(res.headers, url).toMatchObject({
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
    }
    expect((await app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
  });
});
