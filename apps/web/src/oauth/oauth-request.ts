/** The consent page of the OAuth flow; the server sends the browser here with the signed authorization request. */
export const CONSENT_PATH = '/oauth/consent';

/** What each scope lets an app do, in the words the consent screen and the connected apps list use. */
export const SCOPE_WORDS: Record<string, string> = {
  'tasks:read': 'See your tasks and tags',
  'tasks:write': 'Add, change, complete and delete your tasks',
  offline_access: 'Stay connected until you disconnect it, without asking you again',
};

export const scopeWords = (scope: string) => SCOPE_WORDS[scope] ?? `Use “${scope}”`;

/**
 * The signed authorization request in this page's address (the server added `sig`), to hand back when signing in
 * or answering consent; undefined when the page was not opened by the authorization flow.
 */
export function signedOAuthQuery(search = location.search): string | undefined {
  const params = new URLSearchParams(search);
  return params.has('sig') ? params.toString() : undefined;
}

/** The host of a URL, or the text itself when it is not one (a client id that is not a URL). */
export function hostOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).host;
  } catch {
    return value;
  }
}
