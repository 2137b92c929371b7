import { createHash, randomBytes } from 'node:crypto';
import type { OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { ClientMetadataDocument } from './oauth-client-peer.ts';

/**
 * The MCP SDK's client side of OAuth, as an assistant implements it: the client id is its metadata document's URL,
 * tokens and the PKCE verifier are kept in memory, and "opening the browser" records the authorization URL for the
 * test to walk through.
 */
export class InMemoryOAuthClientProvider implements OAuthClientProvider {
  authorizationUrl: URL | undefined;
  private information: OAuthClientInformationMixed | undefined;
  private saved: OAuthTokens | undefined;
  private verifier = '';
  private readonly document: ClientMetadataDocument;

  constructor(document: ClientMetadataDocument) {
    this.document = document;
  }

  get clientMetadataUrl() {
    return this.document.client_id;
  }
  get redirectUrl() {
    return this.document.redirect_uris[0];
  }
  get clientMetadata(): OAuthClientMetadata {
    const { client_id: _id, ...metadata } = this.document;
    return metadata;
  }
  clientInformation() {
    return this.information;
  }
  saveClientInformation(information: OAuthClientInformationMixed) {
    this.information = information;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery') {
    if (scope === 'all' || scope === 'tokens') this.saved = undefined;
    if (scope === 'all' || scope === 'client') this.information = undefined;
  }
}

/** A PKCE pair (RFC 7636, S256). */
export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/**
 * A user allows an app, by HTTP as their browser would (authorize, then Allow on the consent page): resolves to
 * the authorization code the app gets back, with the PKCE verifier that redeems it.
 */
export async function allowApp(options: {
  appUrl: string;
  sessionToken: string;
  document: ClientMetadataDocument;
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
  const answer = await fetch(`${options.appUrl}/api/auth/oauth2/consent`, {
    method: 'POST',
    headers: { ...authorization, accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ accept: true, oauth_query: consentPage.search.slice(1) }),
  });
  if (answer.status !== 200) throw new Error(`consent failed: ${answer.status} ${await answer.text()}`);
  const code = new URL(((await answer.json()) as { url: string }).url).searchParams.get('code');
  if (!code) throw new Error('consent gave no code');
  return { code, verifier: pkce.verifier };
}
