import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Project, Task } from '@doable/contracts';
import { startTestApp, type TestApp, type TestAppOptions } from '@doable/doable/testing';
import { launchChromium, screenshot } from '@doable/stack/testing';
import { aClientAddress } from '@doable/test-kit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/**
 * The embedded app on its PostgreSQL server (a temporary data folder), and Debian's Chromium driving it (`args`: more
 * command-line switches; `appOptions`: more for the app, such as a clock).
 */
export async function startBrowserStack(
  args: string[] = [],
  appOptions: Partial<TestAppOptions> = {},
): Promise<{ app: TestApp; browser: Browser; stop: () => Promise<void> }> {
  const app = await startTestApp({ kind: 'embedded', postgresUrl: '', ...appOptions });
  const browser = await launchChromium(args);
  return {
    app,
    browser,
    async stop() {
      await browser.close();
      await app.stop();
    },
  };
}

let users = 0;

/** A user's tasks as the API lists them (all statuses unless `query` says otherwise). */
export async function tasksOf(app: TestApp, token: string, query = 'status=all'): Promise<Task[]> {
  return (await app.api.get<{ items: Task[] }>(`/api/v1/tasks?${query}`, token)).body.items;
}

/** A cookie as a browser keeps it, from one `Set-Cookie` header. */
export interface SessionCookie {
  name: string;
  value: string;
  httpOnly: boolean;
  sameSite: 'Lax' | 'Strict' | 'None';
}

export interface TestUser {
  /** The session's bearer token, for calls to the API from the test. */
  token: string;
  /** The same session's cookies, as better-auth set them on sign-up: what the web app signs in with. */
  cookies: SessionCookie[];
  email: string;
}

export function toSessionCookies(setCookie: string[]): SessionCookie[] {
  return setCookie.flatMap((header) => {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const flags = attributes.map((attribute) => attribute.toLowerCase());
    if (at < 1 || flags.includes('max-age=0')) return [];
    const sameSite = flags.find((flag) => flag.startsWith('samesite='))?.slice('samesite='.length);
    return [
      {
        name: pair.slice(0, at),
        value: pair.slice(at + 1),
        httpOnly: flags.includes('httponly'),
        sameSite: sameSite === 'strict' ? 'Strict' : sameSite === 'none' ? 'None' : 'Lax',
      },
    ];
  });
}

export const PASSWORD = 'correct horse battery';

/** A new account made through the API: its bearer token and its session cookie. */
export async function newUser(app: TestApp, name = 'Ada'): Promise<TestUser> {
  users += 1;
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}.${users}.${Date.now()}@example.test`;
  // Each from a client address of its own (the test app trusts loopback as a proxy): sign-up is limited to 3 per 10 s per address.
  const response = await app.api.call('POST', '/api/auth/sign-up/email', { name, email, password: PASSWORD }, undefined, {
    'x-forwarded-for': aClientAddress(),
  });
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status}`);
  const cookies = toSessionCookies(response.headers.getSetCookie());
  if (cookies.length === 0) throw new Error('sign-up set no session cookie');
  return { token: response.body.token, cookies, email };
}

export interface PageOptions {
  /** Opens the page signed in as this user (with the session cookie the web app uses). */
  signedInAs?: Pick<TestUser, 'cookies'>;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  timezoneId?: string;
  /** The browser's "now" (Date.now, new Date()), held still; timers keep running. The machine's clock otherwise. */
  now?: Date;
}

/** A fresh browser context (own storage and cookies), signed in when a user is given. */
export async function openPage(
  browser: Browser,
  app: TestApp,
  path = '/',
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: app.url,
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timezoneId ?? 'Europe/Paris',
    locale: 'en-GB',
  });
  if (options.signedInAs) {
    await context.addCookies(options.signedInAs.cookies.map((cookie) => ({ ...cookie, url: app.url })));
  }
  if (options.now) await context.clock.setFixedTime(options.now);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

/** The titles in the list, top to bottom. */
export async function listedTitles(page: Page): Promise<string[]> {
  await page.locator('section[aria-label="Tasks"][aria-busy="false"]').waitFor();
  return page.locator('.task-title').allTextContents();
}

/** Waits until the list shows exactly these titles (the list refreshes after a debounce or a request). */
export async function expectTitles(page: Page, expected: string[], timeoutMs = 8000): Promise<void> {
  await expect.poll(() => listedTitles(page), { timeout: timeoutMs, interval: 100, message: 'the titles in the list' }).toEqual(expected);
}

/**
 * Sends a message to the open assistant and waits for its answer, returning its text. The log is busy while the last
 * conversation is fetched and while an answer is on its way; the "…" shown meanwhile is an assistant bubble too
 * (`.pending`), so the answers are counted without it, once the history is in.
 */
export async function askAssistant(page: Page, message: string): Promise<string> {
  const answers = page.locator('.bubble.assistant:not(.pending)');
  await page.locator('.chat-log:not([aria-busy="true"])').waitFor({ timeout: 30_000 });
  const before = await answers.count();
  await page.getByLabel('Message the assistant').fill(message);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => answers.count(), { timeout: 30_000, message: "the assistant's answer" }).toBe(before + 1);
  return (await answers.last().textContent()) ?? '';
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Through the DevTools protocol, not an inline <script>: the page's Content-Security-Policy would refuse that.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations as AxeViolation[];
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Fails with each serious or critical axe-core violation named (rule, help, elements) when the page has any. */
export async function expectAxeClean(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/** A project of the user's, made through the API. */
export async function createProject(app: TestApp, user: TestUser, name: string, extra: object = {}): Promise<Project> {
  return (await app.api.post<Project>('/api/v1/projects', { name, ...extra }, user.token)).body;
}

/** Waits until the page's `/ws` connection said hello (the app then shows changes made elsewhere). */
export async function waitUntilLive(page: Page, timeoutMs = 8000): Promise<void> {
  await page.locator('.live-status[data-live="live"]').waitFor({ state: 'attached', timeout: timeoutMs });
}

/** Counts the page's answered GET requests for `path` from now on (`count` grows as they come). */
export function countResponses(page: Page, path: string): { count: number } {
  const counter = { count: 0 };
  page.on('response', (response) => {
    if (response.request().method() === 'GET' && new URL(response.url()).pathname === path) counter.count += 1;
  });
  return counter;
}

/** Records the messages the page receives on `/ws` from now on; reloads the page so the socket is seen from its start. */
export async function recordLiveMessages(
  page: Page,
): Promise<{ type: string; event?: { task_id?: number; user_id?: string; event_type?: string } }[]> {
  const messages: { type: string }[] = [];
  page.on('websocket', (socket) => {
    if (!new URL(socket.url()).pathname.startsWith('/ws')) return;
    socket.on('framereceived', (frame) => {
      if (typeof frame.payload === 'string') messages.push(JSON.parse(frame.payload));
    });
  });
  await page.reload();
  return messages;
}

export { launchChromium, screenshot };
