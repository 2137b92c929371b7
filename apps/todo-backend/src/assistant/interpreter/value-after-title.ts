import type { ToolName } from '@doable/contracts';
import { type Interpretation, interpret } from './offline-interpreter.ts';
import { escapeRegExp } from './project-names.ts';

// "recycling weekly pls", "make recycling weekly", "taxes high priority", "bike #hobby": a new value said right
// after the whole title of an open task, with no verb, is a change to that task, never a second task of the same name.
// The value is read as said of "it" ("make it weekly"), so every spelling of a date, a level or a rule the interpreter
// knows works here too. Only a change of date, level, rule, tags or reminder is taken this way: a rename or a note
// needs its verb.

/** The changes a bare value can make. */
const VALUE_CHANGES = new Set<ToolName>(['set_due_date', 'postpone_task', 'set_priority', 'update_task', 'add_tag', 'set_reminder']);
/** What may come before the title: "make", then "the" or "my". */
const BEFORE_TITLE = String.raw`^\s*(?:make\s+)?(?:(?:the|my)\s+)?`;
/** A title's end: the sentence goes on after a space or a mark, never inside a word ("call mom's doctor"). */
const TITLE_END = String.raw`(?=$|[\s,:;.!?—–-])`;

const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/^\s*(?:the|my)\s+/, '')
    .replace(/[\s.!?,;:]+$/, '')
    .trim();

/** The value said of "it": tags as a tag request, a reminder as one about it, anything else after "make it". */
function saidOfIt(value: string): string {
  if (/^(?:#[\p{L}\p{N}_-]+[\s,]*)+$/u.test(value)) return `tag it ${value.match(/[\p{L}\p{N}_-]+/gu)?.join(' and ')}`;
  const reminder = /^(?:remind|ping|nudge|alert)\s+me\b/i.exec(value);
  if (reminder) return `remind me about it${value.slice(reminder[0].length)}`;
  // "taxes - make that urgent", "the gutters, let's say friday": the value after its own verb.
  return `make it ${value.replace(/^(?:(?:let'?s\s+|lets\s+)?say|(?:make|set|mark)\s+(?:it|that|this)(?:\s+(?:to|as))?)\s+/i, '')}`;
}

const addsATask = (reading: Interpretation) =>
  reading.kind === 'call' && (reading.tool === 'add_task' || reading.tool === 'create_recurring');

/** A reading that may be a value said after an open task's title: a new task, or a sentence not understood. */
export const mayBeValueAfterTitle = (reading: Interpretation) => reading.kind === 'help' || addsATask(reading);

/**
 * The change a message makes to the one open task whose whole title it starts with, when the interpreter read it as a
 * new task (the same title) or could not read it. Undefined when no open title starts it, or what follows is no value.
 */
export function changeAfterTitle(message: string, reading: Interpretation, openTitles: readonly string[]): Interpretation | undefined {
  if (!mayBeValueAfterTitle(reading)) return undefined;
  // The longest title first: "water the tomatoes" before "water".
  const titles = [...new Set(openTitles.map(titleKey))].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const title of titles) {
    const words = title.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
    const start = new RegExp(`${BEFORE_TITLE}${words}${TITLE_END}`, 'iu').exec(message);
    if (!start) continue;
    // A new task read with a title of its own ("call mom about dinner" beside "Call mom") stays new.
    if (reading.kind === 'call' && titleKey(String(reading.args.title ?? '')).replace(/^make\s+(?:(?:the|my)\s+)?/, '') !== title) continue;
    const value = message
      .slice(start[0].length)
      .replace(/^[\s,:;—–-]+/, '')
      .trim();
    if (!value) return undefined;
    const change = interpret(saidOfIt(value));
    if (change.kind !== 'call' || !change.target || !('last' in change.target) || !VALUE_CHANGES.has(change.tool)) return undefined;
    if ('title' in change.args || 'description' in change.args) return undefined;
    return { ...change, target: { title } };
  }
  return undefined;
}
