import { type OAuthClientPeer, pkcePair, startOAuthClientPeer } from '@doable/doable/testing';
import { freePort } from '@doable/test-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAxeClean, newUser, openPage, PASSWORD, PHONE, screenshot, startBrowserStack, type TestUser } from './harness.ts';

const VARIANTS = [
  { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
] as const;

describe('connecting an assistant: sign-in, consent and connected apps in the browser', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  let peer: OAuthClientPeer;
  let user: TestUser;
  let base: string;
  const saved: string[] = [];

  beforeAll(async () => {
    peer = await startOAuthClientPeer('claude.example.com');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    stack = await startBrowserStack([], { port, baseUrl: base, oauth: { fetchClientMetadata: peer.fetchClientMetadata } });
    user = await newUser(stack.app, 'Ada Lovelace');
  });
  afterAll(async () => {
    await stack?.stop();
    await peer?.stop();
    console.log(`screenshots:\n${saved.join('\n')}`);
  });

  async function check(page: Page, name: string, fullPage = true) {
    await expectAxeClean(page);
    saved.push(await screenshot(page, name, fullPage));
  }

  /** The address an assistant opens in the user's browser to ask for access. */
  function authorizationPath(clientPath: string) {
    const document = peer.publish(clientPath, { client_name: 'Claude', client_uri: 'https://claude.example.com' });
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: document.client_id,
      redirect_uri: peer.redirectUri,
      scope: 'tasks:read tasks:write offline_access',
      state: 'from-the-browser',
      code_challenge: pkcePair().challenge,
      code_challenge_method: 'S256',
      resource: `${base}/mcp`,
    });
    return `/api/auth/oauth2/authorize?${params}`;
  }

  for (const variant of VARIANTS) {
    it(`signs in, shows who asks and for what, and sends the code back on Allow (${variant.name})`, async () => {
      const { context, page } = await openPage(stack.browser, stack.app, authorizationPath(`/${variant.name}.json`), variant);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await page.getByRole('heading', { name: 'Allow Claude to use your tasks?' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Allow' }).isEnabled()).toBe(true);
      const card = page.locator('.consent');
      await expect.poll(() => card.textContent()).toContain('claude.example.com');
      for (const words of ['See your tasks and tags', 'Add, change, complete and delete your tasks', user.email]) {
        expect(await card.textContent()).toContain(words);
      }
      await check(page, `oauth-consent-${variant.name}`);

      await page.getByRole('button', { name: 'Allow' }).click();
      await page.waitForURL((url) => url.href.startsWith(peer.redirectUri));
      const back = new URL(page.url());
      expect(back.searchParams.get('code')).toBeTruthy();
      expect(back.searchParams.get('state')).toBe('from-the-browser');
      await context.close();
    });
  }

  it('sends the user back with access_denied on Deny', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, authorizationPath('/denied.json'), { signedInAs: user });
    await page.getByRole('button', { name: 'Deny' }).click();
    await page.waitForURL((url) => url.href.startsWith(peer.redirectUri));
    const back = new URL(page.url());
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('code')).toBeNull();
    await context.close();
  });

  for (const variant of VARIANTS) {
    it(`lists connected apps and disconnects one (${variant.name})`, async () => {
      const { context, page } = await openPage(stack.browser, stack.app, '/', { ...variant, signedInAs: user });
      await page.getByRole('button', { name: 'Connected apps' }).click();
      const dialog = page.getByRole('dialog', { name: 'Connected apps' });
      await dialog.getByText('Claude').first().waitFor();
      await check(page, `connected-apps-${variant.name}`, false);
      const before = await dialog.getByRole('button', { name: /^Disconnect/ }).count();
      await dialog
        .getByRole('button', { name: /^Disconnect/ })
        .first()
        .click();
      await expect.poll(() => dialog.getByRole('button', { name: /^Disconnect/ }).count()).toBe(before - 1);
      await context.close();
    });
  }
});
