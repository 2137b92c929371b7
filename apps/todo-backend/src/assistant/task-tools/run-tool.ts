import { DomainError, NotFoundError } from '@doable/platform';
import type { z } from 'zod';
import { DateParseError } from '../dates.ts';
import { type ToolContext, ToolError, type ToolResult } from './tool-definition.ts';
import { findTool } from './tool-list.ts';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'invalid_value' && field.endsWith('priority')) return `${field}: use high, medium or low.`;
      if (issue.code === 'unrecognized_keys') return `Unknown argument(s): ${issue.keys.join(', ')}.`;
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join(' ');
}

/** Validates the arguments and runs the tool; every failure the caller can fix becomes a ToolError. */
export async function runTool(name: string, rawArgs: unknown, ctx: ToolContext): Promise<ToolResult> {
  const tool = findTool(name);
  if (!tool) throw new ToolError(`There is no tool "${name}".`);
  const parsed = tool.input.safeParse(rawArgs ?? {});
  if (!parsed.success) throw new ToolError(`Invalid arguments for ${name}: ${describeIssues(parsed.error)}`);
  try {
    return await tool.run(ctx, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) {
      // The same words whether it does not exist or is outside the caller's projects.
      const project = /^Project (\d+) /.exec(error.message);
      if (project) throw new ToolError(`There is no project #${project[1]}.`);
      const id = (parsed.data as { task_id?: number }).task_id;
      throw new ToolError(id === undefined ? error.message : `There is no task #${id}.`);
    }
    if (error instanceof DateParseError) throw new ToolError(error.message);
    if (error instanceof DomainError) {
      const details = error.errors?.map((e) => e.message).join(' ');
      throw new ToolError(details ? `${error.message} ${details}` : error.message);
    }
    throw error;
  }
}
