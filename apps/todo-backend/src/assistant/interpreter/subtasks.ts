import { DateParseError, resolveDate } from '../dates.ts';
import { NOTE_THEN_COLON } from './notes-said.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { clean, parseTaskRef, SOME_DAY } from './phrases.ts';
import { isWholeDate } from './whole-dates.ts';

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
  // "move it to the day after tomorrow", "… to the week after next": "after" inside a date moves nothing next to another
  // task; 'put "ring before 9" in the notes …': nor does a word inside a quote, which is the quote's.
  if (move?.[1] && move[2] && move[3] && !DATE_BEFORE_AFTER.test(move[1]) && !WEEKDAY_AFTER_NEXT.test(text) && !opensAQuote(move[1])) {
    // "move the vet to after the weekend", "postpone it until after the holidays", "move the vet after monday": a day,
    // not a place beside another task.
    if (LEADS_TO_A_DAY.test(move[1]) || readsAsDay(move[3]) || readsAsDay(`${move[2]} ${move[3]}`))
      return movedToADay(move[1], move[2], move[3]);
    const ref = refArgument(move[3]);
    if (ref === undefined) return { kind: 'help', reason: 'Next to or under which task? Give its number or words of its title.' };
    const where = move[2].toLowerCase();
    const key = where === 'after' ? 'after' : where === 'before' ? 'before' : 'parent';
    return withTask(move[1], { [key]: ref });
  }
  return undefined;
}

/**
 * Words before "after"/"before" that make it part of a date: "the day after tomorrow", "the week after next"; "make the
 * report due before friday": when it is due, never a place beside another task.
 */
const DATE_BEFORE_AFTER = /\bthe\s+(?:day|week|weekend|month|year)$|\s(?:due|deadline)$/i;
/** "(the) monday after next": a day, whatever task is named before it. */
const WEEKDAY_AFTER_NEXT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+after\s+next\b/i;
/** Words that lead to a day: "to after the weekend", "until after the holidays". */
const LEADS_TO_A_DAY = /\s+(?:to|till|until|til|for)$/i;

/** Whether the words are a day the due date can be set to ("after the weekend", "monday"), at whatever time. */
function readsAsDay(words: string): boolean {
  // "after lunch", "after work": an hour of the task's own day, which only the list knows.
  if (/^after\s+(?:lunch|work|school|dinner|supper)$/i.test(words.trim())) return false;
  if (!isWholeDate(words) && !/^after\s+(?:the|this)\s+weekend$/i.test(words.trim())) return false;
  try {
    resolveDate(words, 'UTC', SOME_DAY);
    return true;
  } catch (error) {
    if (error instanceof DateParseError) return false;
    throw error;
  }
}

/** A task moved to a day said by what it follows ("after the weekend"); before a day, or a day unread, is asked. */
function movedToADay(refText: string, where: string, day: string): Interpretation {
  const target = parseTaskRef(refText.replace(LEADS_TO_A_DAY, ''));
  if (!target) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  const date = `${where.toLowerCase()} ${day.trim()}`;
  if (where.toLowerCase() === 'after' && readsAsDay(date)) return { kind: 'call', tool: 'set_due_date', args: { date }, target };
  return { kind: 'help', reason: `To which day? Say the date, for example "move it to monday".` };
}

function withTask(refText: string, args: Record<string, unknown>): Interpretation {
  const target = parseTaskRef(refText);
  if (!target) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  return { kind: 'call', tool: 'move_task', args, target };
}
