import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The client metadata document an assistant publishes (CIMD): its `client_id` is the document's own https URL. */
export interface ClientMetadataDocument {
  client_id: string;
  client_name: string;
  client_uri?: string;
  redirect_uris: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: 'none';
  scope?: string;
}

/**
 * A stand-in for an assistant's web presence, on loopback: it serves client metadata documents (as if from
 * `https://<host>/…`) and receives the authorization redirect at `/callback`. `fetchClientMetadata` is the transport
 * Doable is given in tests: it answers for the peer's documents, so no test reaches the network.
 */
export async function startOAuthClientPeer(host = 'assistant.example.com') {
  const documents = new Map<string, ClientMetadataDocument>();
  const fetched: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://peer').pathname;
    const document = documents.get(path);
    if (!document) {
      response.writeHead(path === '/callback' ? 200 : 404, { 'content-type': 'text/plain' }).end(path === '/callback' ? 'ok' : 'not found');
      return;
    }
    fetched.push(path);
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=300' }).end(JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const peerOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const redirectUri = `${peerOrigin}/callback`;

  return {
    redirectUri,
    /** Every path a document was fetched from, in order. */
    fetched,
    /** Publishes a document at `https://<host><path>` and returns it (its `client_id` is that URL). */
    publish(path: string, overrides: Partial<ClientMetadataDocument> = {}): ClientMetadataDocument {
      const document: ClientMetadataDocument = {
        client_id: `https://${host}${path}`,
        client_name: 'Test Assistant',
        client_uri: `https://${host}`,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
        ...overrides,
      };
      documents.set(path, document);
      return document;
    },
    async fetchClientMetadata(input: Request | string | URL, init?: RequestInit): Promise<Response> {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.host !== host) return new Response('unknown host', { status: 502 });
      return fetch(`${peerOrigin}${url.pathname}${url.search}`, { ...init, redirect: 'manual' });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type OAuthClientPeer = Awaited<ReturnType<typeof startOAuthClientPeer>>;
