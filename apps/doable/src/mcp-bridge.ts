import type { Readable, Writable } from 'node:stream';
import { ConfigError, type Logger } from '@doable/platform';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ErrorCode, isJSONRPCRequest, isJSONRPCResultResponse, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export interface McpBridgeOptions {
  /** The Doable server's address (e.g. http://127.0.0.1:3000); its Streamable HTTP endpoint is `/mcp`. */
  serverUrl: string;
  apiKey: string;
  logger: Logger;
  /** What to do when the server stops answering, appended to the error (depends on how it was found). */
  whenUnreachable: string;
  stdin?: Readable;
  stdout?: Writable;
}

export interface McpBridge {
  close(): Promise<void>;
}

/**
 * `doable mcp` beside a running server: relays every JSON-RPC message between stdio and the server's `/mcp`
 * endpoint with the API key as bearer token, without opening the data folder. The server is stateless, so a
 * restarted server is picked up by the next message. stdout carries the protocol only.
 */
export async function startMcpBridge(options: McpBridgeOptions): Promise<McpBridge> {
  const { logger } = options;
  const endpoint = mcpEndpoint(options.serverUrl);
  await checkServer(endpoint, options.apiKey);
  const upstream = new StreamableHTTPClientTransport(endpoint, {
    requestInit: { headers: { authorization: `Bearer ${options.apiKey}` } },
  });
  const downstream = new StdioServerTransport(options.stdin, options.stdout);
  const initializeIds = new Set<string | number>();
  let reachable = true;

  const forward = async (message: JSONRPCMessage) => {
    if (isJSONRPCRequest(message) && message.method === 'initialize') initializeIds.add(message.id);
    try {
      await upstream.send(message);
      if (!reachable) logger.warn({ server: endpoint.origin }, 'the Doable server answers again');
      reachable = true;
    } catch (error) {
      const problem = describeFailure(error, endpoint, options.whenUnreachable);
      // Said once per outage on stderr; every request that fails still gets its own JSON-RPC error.
      if (reachable || !problem.unreachable) logger.error({ server: endpoint.origin }, problem.message);
      reachable = !problem.unreachable;
      if (isJSONRPCRequest(message)) {
        await downstream.send({ jsonrpc: '2.0', id: message.id, error: { code: problem.code, message: problem.message } });
      }
    }
  };

  upstream.onmessage = (message) => {
    // The client transport sends the negotiated version on later requests, as a client would.
    if (isJSONRPCResultResponse(message) && initializeIds.delete(message.id)) {
      const version = (message.result as { protocolVersion?: unknown }).protocolVersion;
      if (typeof version === 'string') upstream.setProtocolVersion(version);
    }
    void downstream.send(message);
  };
  // Failed sends are answered in `forward`; this reports the rest (e.g. a server stream that broke).
  upstream.onerror = (error) => logger.debug({ err: error }, 'MCP upstream');
  downstream.onmessage = (message) => void forward(message);
  downstream.onerror = (error) => logger.warn({ err: error }, 'unreadable message from the MCP client');

  await upstream.start();
  await downstream.start();
  logger.info({ server: endpoint.origin }, `doable mcp: relaying to the Doable server at ${endpoint.origin}`);
  return {
    async close() {
      await downstream.close();
      await upstream.close();
    },
  };
}

function mcpEndpoint(serverUrl: string): URL {
  const base = new URL(serverUrl);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/mcp`;
  return base;
}

/** Fails start-up with a clear message when nothing answers at the address or the key is refused. */
async function checkServer(endpoint: URL, apiKey: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'ping' }),
    });
  } catch (error) {
    throw new ConfigError(`No Doable server answers at ${endpoint.origin} (${causeOf(error)}).`);
  }
  await response.body?.cancel();
  if (response.status === 401) {
    throw new ConfigError(`DOABLE_API_KEY was not accepted by the Doable server at ${endpoint.origin} (unknown, expired or revoked key).`);
  }
  if (!response.ok) throw new ConfigError(`The Doable server at ${endpoint.origin} answered ${response.status} on ${endpoint.pathname}.`);
}

function describeFailure(error: unknown, endpoint: URL, whenUnreachable: string): { message: string; code: number; unreachable: boolean } {
  if (error instanceof StreamableHTTPError && error.code === 401) {
    return {
      message: 'The API key is no longer valid (revoked or expired); create a new one.',
      code: ErrorCode.InvalidRequest,
      unreachable: false,
    };
  }
  if (error instanceof StreamableHTTPError) {
    return {
      message: `The Doable server at ${endpoint.origin} failed: ${error.message}`,
      code: ErrorCode.InternalError,
      unreachable: false,
    };
  }
  return {
    message: `The Doable server at ${endpoint.origin} does not answer (${causeOf(error)}). ${whenUnreachable}`,
    code: ErrorCode.ConnectionClosed,
    unreachable: true,
  };
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
