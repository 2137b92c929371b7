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

export { allowApp, pkcePair } from '@doable/test-kit';
