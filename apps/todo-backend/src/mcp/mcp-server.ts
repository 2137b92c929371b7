import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, type CallToolResult, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { runTool, TASK_TOOLS, type ToolContext, ToolError, toolJsonSchema } from '../assistant/task-tools.ts';

const READ_ONLY = new Set(['list_tasks', 'search_tasks', 'filter_tasks', 'sort_tasks', 'list_tags']);

/** The tool list as MCP clients see it: JSON Schemas generated from the contracts' zod schemas. */
export function mcpToolList() {
  return TASK_TOOLS.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: toolJsonSchema(tool.input, 'input') as { type: 'object'; properties?: Record<string, object> },
    outputSchema: toolJsonSchema(tool.output, 'output') as { type: 'object'; properties?: Record<string, object> },
    annotations: {
      title: tool.title,
      readOnlyHint: READ_ONLY.has(tool.name),
      destructiveHint: tool.name === 'delete_task',
      openWorldHint: false,
    },
  }));
}

/**
 * An MCP server for one user: `context()` gives the tools the caller's identity and time zone, so a tool only
 * ever sees that user's tasks. Failures the caller can fix come back as tool errors (`isError`), not crashes.
 */
export function createMcpServer(context: () => Promise<ToolContext>, version = '1.0.0'): Server {
  const server = new Server(
    { name: 'doable', title: 'Doable', version },
    {
      capabilities: { tools: {} },
      instructions:
        'Manage the user\'s Doable tasks. Use list_tasks or search_tasks to find a task id before changing it. Dates accept ISO 8601 or phrases such as "tomorrow 5pm" in the user\'s time zone.',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: mcpToolList() }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    try {
      const result = await runTool(request.params.name, request.params.arguments ?? {}, await context());
      return { content: [{ type: 'text', text: result.summary }], structuredContent: result.structured };
    } catch (error) {
      if (error instanceof ToolError) return { isError: true, content: [{ type: 'text', text: error.message }] };
      throw error;
    }
  });
  return server;
}
