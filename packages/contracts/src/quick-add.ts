import { z } from 'zod';
import { plainText, prioritySchema, projectIdSchema, recurrenceBasisSchema, taskSchema } from './task.ts';
import { projectRefSchema } from './tools.ts';

/** The most text one quick-add line may hold (a title of 500 characters plus dates, tags and a description). */
export const QUICK_ADD_MAX_LENGTH = 2000;

const spanSchema = z
  .object({
    start: z.number().int().min(0).describe('First character (UTF-16 offset into `text`).'),
    end: z.number().int().min(0).describe('One past the last character.'),
  })
  .strict()
  .refine((span) => span.end > span.start, { message: 'A span ends after it starts.', path: ['end'] });

export const quickAddBodySchema = z
  .object({
    text: plainText()
      .max(QUICK_ADD_MAX_LENGTH, `A quick-add line has at most ${QUICK_ADD_MAX_LENGTH} characters.`)
      .refine((text) => text.trim() !== '', 'Type what to do, e.g. "call mum tomorrow 6pm #family".')
      .describe('One line in Todoist-style syntax on plain English: "pay rent every month on the 1st p1 @home //transfer".'),
    ignore: z
      .array(spanSchema)
      .max(50)
      .optional()
      .describe('Spans of `text` to keep as plain title text (chips the user rejected); offsets as in `text`.'),
    project_id: projectIdSchema
      .optional()
      .describe(
        'The project the task goes to, with the access rules of POST /tasks (not a member: 404; a viewer: 403); without it, the caller’s Inbox.',
      ),
  })
  .strict();
export type QuickAddBody = z.infer<typeof quickAddBodySchema>;

export const quickAddTokenKindSchema = z.enum(['priority', 'tag', 'project', 'date', 'recurrence', 'reminder', 'description']);
export type QuickAddTokenKind = z.infer<typeof quickAddTokenKindSchema>;

export const quickAddTokenSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string().describe('The characters of `text` this token covers.'),
  kind: quickAddTokenKindSchema,
  value: z
    .string()
    .describe(
      'What it means: a priority, a tag, a project id, an ISO 8601 instant (date; reminder at), a duration (reminder before), a rule (recurrence) or the description.',
    ),
});
export type QuickAddToken = z.infer<typeof quickAddTokenSchema>;

/** The task fields a line means, before anything is stored. */
export const quickAddFieldsSchema = z.object({
  title: z.string(),
  description: z.string(),
  priority: prioritySchema,
  tags: z.array(z.string()),
  due_date: z.string().nullable(),
  recurring: z.string().nullable(),
  recurrence_basis: recurrenceBasisSchema,
  reminder_at: z.string().nullable(),
  remind_before: z.string().nullable(),
  project_id: z
    .number()
    .int()
    .nullable()
    .describe('The project the task goes to: the request’s `project_id`, else the one `#name` names; null means the Inbox.'),
});
export type QuickAddFields = z.infer<typeof quickAddFieldsSchema>;

export const quickAddParseSchema = z.object({ fields: quickAddFieldsSchema, tokens: z.array(quickAddTokenSchema) });
export type QuickAddParse = z.infer<typeof quickAddParseSchema>;

export const quickAddResponseSchema = z.object({ task: taskSchema, parse: quickAddParseSchema });
export type QuickAddResponse = z.infer<typeof quickAddResponseSchema>;

/** The `quick_add` tool's input: the line alone (a client without chips has nothing to reject). */
export const quickAddInputSchema = z
  .object({
    text: plainText()
      .trim()
      .min(1, 'Say what to do.')
      .max(QUICK_ADD_MAX_LENGTH)
      .describe('One line, e.g. "call mum tomorrow 6pm p1 #family remind me 1h before".'),
    project: projectRefSchema.optional().describe('The project to add it to (name or id); without it, your Inbox.'),
  })
  .strict();
