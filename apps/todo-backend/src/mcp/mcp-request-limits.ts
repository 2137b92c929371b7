import { DomainError } from '@doable/platform';

/** Caps on `/mcp`: tool calls per user per minute, and messages per JSON-RPC batch where batches are allowed. */
export interface McpLimits {
  toolCallsPerMinute?: number;
  maxBatch?: number;
  clock?: () => Date;
}

export const DEFAULT_TOOL_CALLS_PER_MINUTE = 120;
export const DEFAULT_MAX_BATCH = 10;

// MCP 2025-06-18 removed JSON-RPC batching; a client that negotiated it (or later) sends one message per POST.
const FIRST_VERSION_WITHOUT_BATCHES = '2025-06-18';

export class BatchRefusedError extends DomainError {
  constructor(message: string) {
    super('batch_refused', 400, message);
  }
}

export class ToolCallsRateLimitedError extends DomainError {
  override readonly retryAfterSeconds: number;

  constructor(perMinute: number, retryAfterSeconds: number) {
    super('tool_calls_rate_limited', 429, `At most ${perMinute} MCP tool calls a minute per user: try again in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * The JSON-RPC messages of a POST body. A batch is refused under a protocol version without batches, when empty
 * (JSON-RPC calls that an invalid request) and past `maxBatch` messages. Anything else is left to the SDK.
 */
export function messagesOf(body: unknown, protocolVersion: string | undefined, maxBatch: number): unknown[] {
  if (!Array.isArray(body)) return [body];
  if (protocolVersion !== undefined && protocolVersion >= FIRST_VERSION_WITHOUT_BATCHES) {
    throw new BatchRefusedError(
      `MCP has no JSON-RPC batches since protocol version ${FIRST_VERSION_WITHOUT_BATCHES} (this request uses ${protocolVersion}): send one message per request.`,
    );
  }
  if (body.length === 0) throw new BatchRefusedError('An empty batch is not a valid JSON-RPC request.');
  if (body.length > maxBatch) throw new BatchRefusedError(`A batch may hold at most ${maxBatch} messages; this one has ${body.length}.`);
  return body;
}

export function countToolCalls(messages: unknown[]): number {
  return messages.filter((message) => (message as { method?: unknown } | null)?.method === 'tools/call').length;
}
