import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from './paths.ts';

/** Debian's Chromium (installed by `.ci/run`), which every browser test drives through playwright-core. */
export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, quiet (no updates, sync or first-run pages); `args`: more command-line switches. */
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

export const SCREENSHOTS = join(repoRoot, 'reports', 'screenshots');

/** Saves `reports/screenshots/<name>.png`: the whole page, or what is in view (a modal dialog covers only that). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
