import type { ToolName, ToolOutput } from '@doable/contracts';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

/** An MCP tool call's result, its `structuredContent` typed by the tool's output contract. */
export interface ToolCallResult<Name extends ToolName> {
  isError?: boolean;
  content: { type: string; text?: string }[];
  /** Present when the call succeeded (`isError` not set). */
  structuredContent: ToolOutput<Name>;
}

/** Calls a tool by name; the result is typed from the contracts, not checked (tests assert what they need). */
export async function callTool<Name extends ToolName>(
  client: Client,
  name: Name,
  args: Record<string, unknown> = {},
): Promise<ToolCallResult<Name>> {
  const result: unknown = await client.callTool({ name, arguments: args });
  return result as ToolCallResult<Name>;
}
