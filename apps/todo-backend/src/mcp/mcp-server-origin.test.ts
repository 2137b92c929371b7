import type { ChangeOrigin } from '@doable/contracts';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { expect, it } from 'vitest';
import { ToolError } from '../assistant/task-tools/index.ts';
import { currentChangeOrigin } from '../http/change-origin.ts';
import { createMcpServer, type McpToolContext } from './mcp-server.ts';

it('a tool runs as a change made through MCP by the client that introduced itself, over any transport', async () => {
  const seen: (ChangeOrigin | undefined)[] = [];
  // Whatever service the tool calls first records the origin it runs under, then stops the call.
  const recorder = new Proxy(
    {},
    {
      get: () => async () => {
        seen.push(currentChangeOrigin());
        throw new ToolError('stopped here');
      },
    },
  );
  const context = async () =>
    ({
      userId: 'u1',
      tasks: recorder,
      projects: recorder,
      timeZone: 'UTC',
      now: new Date('2030-01-01T00:00:00Z'),
    }) as unknown as McpToolContext;
  const server = createMcpServer(context);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'Claude Desktop', version: '1.0.0' });
  await client.connect(clientSide);
  try {
    const result = await client.callTool({ name: 'complete_task', arguments: { task_id: 1 } });
    expect(result.isError).toBe(true);
    expect(seen[0]).toEqual({ channel: 'mcp', client: 'Claude Desktop' });
    expect(currentChangeOrigin()).toBeUndefined();
  } finally {
    await client.close();
    await server.close();
  }
});
