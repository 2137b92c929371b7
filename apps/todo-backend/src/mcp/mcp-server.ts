import type { ChangeOrigin } from '@doable/contracts';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, type CallToolResult, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { ApiKeyScope } from '../api-keys/api-key-scope.ts';
import {
  findTool,
  runTool,
  TASK_TOOLS,
  type ToolContext,
  type ToolDefinition,
  ToolError,
  toolJsonSchema,
} from '../assistant/task-tools/index.ts';
import { withChangeOrigin } from '../http/change-origin.ts';
import { givenClientName } from '../http/client-name.ts';
import { readKeyRefusal } from './mcp-caller.ts';
import { registerTaskPrompts } from './mcp-prompts.ts';
import { registerTaskResources } from './mcp-resources.ts';

/** A tool call's context plus the caller's scope: an API key's, or absent (`write`) for a signed-in session. */
export type McpToolContext = ToolContext & { scope?: ApiKeyScope };

const mayRun = (scope: ApiKeyScope | undefined, tool: ToolDefinition) => scope !== 'read' || tool.effect === 'read';

/**
 * The MCP annotations of a tool, all four always given (clients assume the worst for a missing one: not read-only,
 * destructive, not idempotent, open world). `destructiveHint` follows the specification's meaning: true unless the
 * tool's changes are only additive. No tool reaches beyond the user's own Doable data, so `openWorldHint` is false.
 */
export function toolAnnotations(tool: ToolDefinition) {
  return {
    title: tool.title,
    readOnlyHint: tool.effect === 'read',
    destructiveHint: tool.effect === 'overwrite' || tool.effect === 'shift' || tool.effect === 'delete',
    idempotentHint: tool.effect !== 'create' && tool.effect !== 'shift',
    openWorldHint: false,
  };
}

/** The tool list as MCP clients see it (only the read-only tools for a read-only key): JSON Schemas from the contracts. */
export function mcpToolList(scope?: ApiKeyScope) {
  return TASK_TOOLS.filter((tool) => mayRun(scope, tool)).map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: toolJsonSchema(tool.input, 'input') as { type: 'object'; properties?: Record<string, object> },
    outputSchema: toolJsonSchema(tool.output, 'output') as { type: 'object'; properties?: Record<string, object> },
    annotations: toolAnnotations(tool),
  }));
}

/**
 * An MCP server for one user: `context()` gives the tools, resources and prompts the caller's identity, time zone and
 * scope, so each only ever sees that user's tasks. Failures the caller can fix come back as tool errors (`isError`),
 * not crashes; so does a change asked of a read-only key over stdio (over HTTP `/mcp` refuses it first with a 403
 * `insufficient_scope`, see `refuseWritesWithoutWriteScope`). Resources
 * and prompts only read, so any scope may use them.
 */
export function createMcpServer(context: () => Promise<McpToolContext>, version = '1.0.0'): McpServer {
  // The tools keep their own handlers (JSON Schemas from the contracts, the scope filter); resources, prompts and
  // completion use McpServer's registries. `logging` lets a client set a level; the server sends no log messages.
  const mcp = new McpServer(
    { name: 'doable', title: 'Doable', version },
    {
      capabilities: { tools: {}, logging: {} },
      instructions:
        "Manage the user's Doable tasks and projects. Use list_tasks or search_tasks to find a task id before changing it. Tasks live in projects (the user's Inbox unless one is named); name a project by its name or id. Dates accept ISO 8601 or phrases such as \"tomorrow 5pm\" in the user's time zone. Resources doable://tasks/today, doable://tasks/overdue and doable://tasks/{id} hold tasks as JSON, doable://projects the projects, doable://projects/{id}/tasks a project's open tasks.",
    },
  );
  const server = mcp.server;
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: mcpToolList((await context()).scope) }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    try {
      const { name } = request.params;
      const ctx = await context();
      const tool = findTool(name);
      if (tool && !mayRun(ctx.scope, tool)) {
        throw new ToolError(readKeyRefusal(name));
      }
      // One place for /mcp and stdio: a tool's changes were made through MCP, by the client that introduced itself.
      const client = givenClientName(server.getClientVersion()?.name);
      const via: ChangeOrigin = client ? { channel: 'mcp', client } : { channel: 'mcp' };
      const result = await withChangeOrigin(via, () => runTool(name, request.params.arguments ?? {}, ctx));
      return { content: [{ type: 'text', text: result.summary }], structuredContent: result.structured };
    } catch (error) {
      if (error instanceof ToolError) return { isError: true, content: [{ type: 'text', text: error.message }] };
      throw error;
    }
  });
  registerTaskResources(mcp, context);
  registerTaskPrompts(mcp, context);
  return mcp;
}
