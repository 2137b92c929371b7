import { NOTE_THEN_COLON } from './notes-said.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { clean, parseTaskRef } from './phrases.ts';

// The sentences about subtasks and order: "add a subtask to plan trip: book hotel", "add book hotel under plan trip",
// "move book hotel under plan trip", "move book hotel after pack bags", "move book hotel to the top level".

const unquote = (text: string) => clean(text).replace(/^["'“](.*)["'”]$/, '$1');

function subtask(parentText: string, titleText: string): Interpretation {
  const title = unquote(titleText);
  const target = parseTaskRef(parentText);
  if (!title) return { kind: 'help', reason: 'What is the subtask? Say for example "add a subtask to plan trip: book hotel".' };
  if (!target) return { kind: 'help', reason: 'Under which task? Give its number or words of its title.' };
  return { kind: 'call', tool: 'add_subtask', args: { title }, target };
}

/** Words that open a quote they do not close: what follows, up to its close, is quoted. */
const opensAQuote = (text: string) => (text.match(/["“”]/g) ?? []).length % 2 === 1;

/** A task named inside a move's destination: its id, or its title (the tool finds it). */
function refArgument(text: string): number | string | undefined {
  const ref = parseTaskRef(text);
  if (!ref || 'last' in ref) return undefined;
  return 'id' in ref ? ref.id : ref.title;
}

/** The sentences about subtasks and sibling order, or undefined when the message is about something else. */
export function interpretSubtaskPhrase(text: string): Interpretation | undefined {
  const add =
    /^(?:add|create|make|put)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:subtask|sub-task|sub task|step)s?\s+(?:to|for|under|on|in)\s+(.+?)\s*:\s*(.+)$/i.exec(
      text,
    ) ??
    /^(?:add|create|make|put)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:subtask|sub-task|sub task)\s+(?:called\s+|named\s+)?(.+?)\s+(?:to|for|under|on|in)\s+(.+)$/i.exec(
      text,
    );
  if (add?.[1] && add[2]) {
    // "add a subtask to <parent>: <title>" names the parent first; "add a subtask <title> to <parent>" the title.
    return /:/.test(text) ? subtask(add[1], add[2]) : subtask(add[2], add[1]);
  }
  // "put X under Y" moves an existing task (below); only "add"/"create" make a new one.
  const under = /^(?:add|create)\s+(.+?)\s+(?:under|below|beneath|as a subtask of|as a sub-task of)\s+(.+)$/i.exec(text);
  if (under?.[1] && under[2] && !NOTE_THEN_COLON.test(under[1]) && !opensAQuote(under[1])) return subtask(under[2], under[1]);

  const top = /^(?:move|put)\s+(.+?)\s+(?:to|at)\s+(?:the\s+)?top[\s-]level$/i.exec(text);
  if (top?.[1]) return withTask(top[1], { parent: null });
  const move =
    /^(?:move|put|make)\s+(.+?)\s+(under|below|beneath|inside|after|before|(?:into\s+)?a\s+sub-?\s?task\s+of|as\s+a\s+sub-?\s?task\s+of)\s+(.+)$/i.exec(
      text,
    );
  // "move it to the day after tomorrow", "… to the week after next", "postpone it until after the holidays": "after"
  // inside a date moves nothing next to another task; 'put "ring before 9" in the notes …': nor does a word inside a
  // quote, which is the quote's.
  if (move?.[1] && move[2] && move[3] && !DATE_BEFORE_AFTER.test(move[1]) && !opensAQuote(move[1])) {
    const ref = refArgument(move[3]);
    if (ref === undefined) return { kind: 'help', reason: 'Next to or under which task? Give its number or words of its title.' };
    const where = move[2].toLowerCase();
    const key = where === 'after' ? 'after' : where === 'before' ? 'before' : 'parent';
    return withTask(move[1], { [key]: ref });
  }
  return undefined;
}

/** Words before "after"/"before" that make it part of a date: "the day", "the week", "to", "until". */
const DATE_BEFORE_AFTER = /\b(?:the\s+(?:day|week|weekend|month|year)|to|till|until|til|for)$/i;

function withTask(refText: string, args: Record<string, unknown>): Interpretation {
  const target = parseTaskRef(refText);
  if (!target) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  return { kind: 'call', tool: 'move_task', args, target };
}
