export { aTask } from './builders.ts';
export type { ApiClient, ApiResponse } from './http-client.ts';
export { createApiClient, signUp } from './http-client.ts';
export { createTestDatabase } from './postgres-database.ts';
export type { CommandResult } from './run-command.ts';
export { runCommand } from './run-command.ts';
export { ensureSchemathesis, SCHEMATHESIS_VERSION } from './schemathesis.ts';
export type { ChatCompletionRequest, ChatMessage } from './scripted-chat-model.ts';
export { startScriptedChatModel, toolCallMessage } from './scripted-chat-model.ts';
