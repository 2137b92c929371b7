import { createHash, randomBytes } from 'node:crypto';

/** What `allowApp` needs of an OAuth client: its id and where it takes the browser back. */
export interface OAuthClientIdentity {
  client_id: string;
  redirect_uris: string[];
}

/** A PKCE pair (RFC 7636, S256). */
export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * A user allows an app, by HTTP as their browser would (authorize, then Allow on the consent page): resolves to
 * the authorization code the app gets back, with the PKCE verifier that redeems it. `consentUrl`, when given, is
 * where the consent is posted (another replica than the one that authorized, say); `appUrl` by default.
 */
export async function allowApp(options: {
  appUrl: string;
  consentUrl?: string;
  sessionToken: string;
  document: OAuthClientIdentity;
  resource: string;
  scope?: string;
}): Promise<{ code: string; verifier: string }> {
  const pkce = pkcePair();
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: options.document.client_id,
    redirect_uri: options.document.redirect_uris[0] ?? '',
    scope: options.scope ?? 'tasks:read tasks:write offline_access',
    state: 'allow-app',
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    resource: options.resource,
  });
  const authorization = { authorization: `Bearer ${options.sessionToken}` };
  const toConsent = await fetch(`${options.appUrl}/api/auth/oauth2/authorize?${params}`, { redirect: 'manual', headers: authorization });
  const consentPage = new URL(toConsent.headers.get('location') ?? '/', options.appUrl);
  if (consentPage.pathname !== '/oauth/consent') throw new Error(`authorize did not lead to consent: ${toConsent.status} ${consentPage}`);
  const answer = await fetch(`${options.consentUrl ?? options.appUrl}/api/auth/oauth2/consent`, {
    method: 'POST',
    headers: { ...authorization, accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ accept: true, oauth_query: consentPage.search.slice(1) }),
  });
  if (answer.status !== 200) throw new Error(`consent failed: ${answer.status} ${await answer.text()}`);
  const code = new URL(((await answer.json()) as { url: string }).url).searchParams.get('code');
  if (!code) throw new Error('consent gave no code');
  return { code, verifier: pkce.verifier };
}
