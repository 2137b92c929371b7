import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import type { Said as Row } from './said-rows.ts';

// Questions about one's reminders, as people used to a voice assistant ask them: the tasks due then, never a reminder
// set on a task named by the question's words. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['what are my reminders for today', 'filter_tasks', { due: 'today' }],
  // The same shape with other days and other ways of asking.
  ['what are my reminders for tomorrow', 'filter_tasks', { due: 'tomorrow' }],
  ['what reminders do i have today', 'filter_tasks', { due: 'today' }],
  ['show me my reminders for this week', 'filter_tasks', { due: 'this_week' }],
  ['do i have any reminders tomorrow?', 'filter_tasks', { due: 'tomorrow' }],
  ['any reminders today', 'filter_tasks', { due: 'today' }],
  ['read me my reminders', 'list_tasks', {}],
  ['what are my reminders', 'list_tasks', {}],
  // A reminder about a task is still searched for.
  ['do i have a reminder about the dentist', 'search_tasks', { query: 'dentist' }],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('questions about reminders', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it.each(['what are my reminders for today', 'show me my reminders for this week'])('sets no reminder from "%s"', (phrase) => {
    const reading = read(phrase);
    expect(reading.kind === 'call' && reading.tool).not.toBe('set_reminder');
  });
});
