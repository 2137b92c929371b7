import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { ChatMessage, ToolCallRecord } from '@doable/contracts';
import type { Logger } from '@doable/platform';
import { generateText, jsonSchema, type ModelMessage, stepCountIs, type ToolSet, tool } from 'ai';
import { runTool, TASK_TOOLS, type ToolContext, ToolError, toolJsonSchema } from '../assistant/task-tools/index.ts';
import type { ConversationState } from './conversation-store.ts';
import type { AgentTurn } from './offline-agent.ts';
import { snapshotBefore, type UndoStep, undo, undoStepAfter } from './undo.ts';

export interface ModelAgentOptions {
  apiKey: string;
  baseUrl: string;
  model: string;
  logger: Logger;
  /** Model round trips per message (each may call tools). */
  maxSteps?: number;
  timeoutMs?: number;
  /** Earlier messages sent with each request. */
  historyLimit?: number;
  /** Characters of earlier messages sent with each request; the oldest are left out first. */
  historyCharLimit?: number;
}

export interface ModelAgent {
  /** `state` carries what "undo" takes back from one message to the next, as in the offline chat. */
  respond(ctx: ToolContext, message: string, history: ChatMessage[], state?: ConversationState): Promise<AgentTurn>;
}

/** What the model (a third party) is told when a tool fails for a reason of ours. */
export const INTERNAL_TOOL_ERROR = 'Something went wrong on our side; try again.';

const SYSTEM = `You are Doable's assistant. You manage the user's tasks only through the tools.
Find a task's id with list_tasks, search_tasks or filter_tasks before changing it; when several tasks match, ask which one.
Tasks live in projects (the user's Inbox unless they name one); pass a project by its name or id, list_projects shows them.
Dates may be ISO 8601 or phrases such as "tomorrow 5pm"; pass the user's words through.
When the user asks to undo or take back what was just done, call undo_last_change (it reverts this conversation's last change).
After acting, confirm in one or two sentences exactly what changed. Never invent tasks or ids.`;

/** The chat's own tool (not an MCP one: it needs the conversation): the offline chat's "undo", offered to the model. */
export const UNDO_TOOL = 'undo_last_change';
const UNDO_DESCRIPTION =
  'Take back the last change made in this conversation (a task added, changed, completed, moved or deleted), as a new change through the same rules. Takes no arguments; says so when there is nothing to undo.';

/** The newest messages of `history` within both limits, oldest first. */
function recentHistory(history: ChatMessage[], limit: number, charLimit: number): ChatMessage[] {
  const recent: ChatMessage[] = [];
  let chars = 0;
  for (const message of history.slice(-limit).reverse()) {
    chars += message.content.length;
    if (chars > charLimit) break;
    recent.unshift(message);
  }
  return recent;
}

/** An OpenAI-compatible model calling the shared task tools, with bounded steps and a timeout. */
export function createModelAgent(options: ModelAgentOptions): ModelAgent {
  const provider = createOpenAICompatible({ name: 'openai', baseURL: options.baseUrl, apiKey: options.apiKey });
  const model = provider.chatModel(options.model);
  const maxSteps = options.maxSteps ?? 6;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const historyLimit = options.historyLimit ?? 20;
  const historyCharLimit = options.historyCharLimit ?? 16_000;

  return {
    async respond(ctx, message, history, state = {}) {
      const calls: ToolCallRecord[] = [];
      // The step that takes back this conversation's last change: carried over, replaced by each change the model makes.
      let undoStep: UndoStep | undefined = state.undo;
      const turnState = (): ConversationState => (undoStep ? { undo: undoStep } : {});
      const tools: ToolSet = Object.fromEntries(
        TASK_TOOLS.map((definition) => [
          definition.name,
          tool({
            description: definition.description,
            inputSchema: jsonSchema(toolJsonSchema(definition.input, 'input') as Parameters<typeof jsonSchema>[0]),
            execute: async (args: unknown) => {
              const record: ToolCallRecord = { name: definition.name, arguments: (args ?? {}) as Record<string, unknown>, ok: false };
              calls.push(record);
              try {
                const before = await snapshotBefore(ctx, definition.name, (args ?? {}) as Record<string, unknown>);
                const result = await runTool(definition.name, args, ctx);
                record.ok = true;
                record.result = result.structured;
                undoStep = (await undoStepAfter(ctx, definition.name, result.structured, before)) ?? undoStep;
                return { summary: result.summary, result: result.structured };
              } catch (error) {
                if (error instanceof ToolError) {
                  record.error = error.message;
                  return { error: error.message };
                }
                // The SDK would send an unexpected error's message (a database or driver detail) to the model: log it here
                // and give the model only a generic message.
                options.logger.error({ err: error, tool: definition.name }, 'chat tool failed unexpectedly');
                record.error = INTERNAL_TOOL_ERROR;
                return { error: INTERNAL_TOOL_ERROR };
              }
            },
          }),
        ]),
      );
      tools[UNDO_TOOL] = tool({
        description: UNDO_DESCRIPTION,
        inputSchema: jsonSchema({ type: 'object', properties: {}, additionalProperties: false }),
        execute: async () => {
          const record: ToolCallRecord = { name: UNDO_TOOL, arguments: {}, ok: false };
          calls.push(record);
          if (!undoStep) {
            record.error = 'There is nothing to undo in this conversation yet.';
            return { error: record.error };
          }
          const step = undoStep;
          undoStep = undefined; // taken back once: a second undo does not redo it
          try {
            const done = await undo(ctx, step);
            record.ok = true;
            record.result = { reply: done.reply };
            // The changes that took it back, as the offline chat lists them.
            calls.push(...done.tool_calls);
            return { summary: done.reply };
          } catch (error) {
            undoStep = step;
            options.logger.error({ err: error, tool: UNDO_TOOL }, 'chat tool failed unexpectedly');
            record.error = INTERNAL_TOOL_ERROR;
            return { error: INTERNAL_TOOL_ERROR };
          }
        },
      });
      const messages: ModelMessage[] = [
        ...recentHistory(history, historyLimit, historyCharLimit).map((m): ModelMessage => ({ role: m.role, content: m.content })),
        { role: 'user', content: message },
      ];
      try {
        const result = await generateText({
          model,
          system: `${SYSTEM}\nThe user's time zone is ${ctx.timeZone}; now is ${ctx.now.toISOString()}.`,
          messages,
          tools,
          stopWhen: stepCountIs(maxSteps),
          maxRetries: 1,
          abortSignal: AbortSignal.timeout(timeoutMs),
        });
        const done = calls.filter((call) => call.ok).map((call) => call.name);
        const reply = result.text.trim() || (done.length > 0 ? `Done: ${done.join(', ')}.` : 'I have nothing to add.');
        return { reply, tool_calls: calls, state: turnState() };
      } catch (error) {
        options.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'chat model call failed');
        const changed = calls.filter((call) => call.ok).map((call) => call.name);
        const reply = `The chat model could not be reached or did not answer in time, so I could not finish.${
          changed.length > 0 ? ` Already done before it failed: ${changed.join(', ')}.` : ' Nothing was changed.'
        } Try again later, or unset OPENAI_API_KEY to use the built-in offline assistant.`;
        return { reply, tool_calls: calls, state: turnState() };
      }
    },
  };
}
