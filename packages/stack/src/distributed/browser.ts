import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../paths.ts';

/** Debian's Chromium, as the web app's browser tests use it (apps/web/e2e/harness.ts). */
export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, with the switches of the web app's browser tests (`launchChromium` there). */
export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/** Saves `reports/screenshots/<name>.png` of what is in view, beside the web app's browser tests' screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, 'reports', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
