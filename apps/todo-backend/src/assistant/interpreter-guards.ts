import type { Interpretation } from './offline-interpreter.ts';

// Sentences the interpreter must not act on, read before any verb is: requests to change every task at once,
// questions about a task, and instructions not to do something. Each answers with a question instead of a call.

const CHANGE_VERB =
  '(?:delete|remove|clear|wipe|erase|empty|trash|purge|nuke|scrap|drop|cancel|complete|finish|close|mark|check\\s+off|tick\\s+off|cross\\s+off)';
/** "delete everything", "clear my list", "mark all as done", "remove all tasks from Groceries". */
const BULK = new RegExp(
  `^${CHANGE_VERB}\\s+(?:out\\s+)?(?:(?:all|every|everything|each)\\b(?!\\s+(?:the\\s+)?(?:tags?|labels?|reminders?)\\b)|(?:my|the)\\s+(?:whole\\s+|entire\\s+|full\\s+)?(?:todo\\s+|to-do\\s+|task\\s+)?list\\b)`,
  'i',
);
/** "is the report done?", "did I finish the slides?", "should I delete the gym task?" ("is there …" is a search). */
const QUESTION = /^(?:is|are|was|were|did|does|has|have|should|shall)\s+(?!there\b)\S+/i;
/** "don't delete the report", "do not mark 5 as done" ("don't remind me about …" and "don't forget to …" are read). */
const NEGATED = new RegExp(
  `^(?:don'?t|do\\s+not|never)\\s+(?:${CHANGE_VERB}|move|rename|tag|untag|change|set|reschedule|postpone)\\b`,
  'i',
);

/** "cancel that", "forget about it": as likely "never mind" as "delete the last task", so neither is done. */
const CANCEL_LAST = /^(?:cancel|forget(?:\s+about)?|scrap)\s+(?:that|it|this)$/i;

export function guardSentence(text: string): Interpretation | undefined {
  if (CANCEL_LAST.test(text)) {
    return { kind: 'help', reason: 'Nothing changed. To delete the task we were talking about, say "delete it".' };
  }
  if (BULK.test(text)) {
    return {
      kind: 'help',
      reason: 'That would change all your tasks at once, so I do it one task at a time: say which task (its number or words of its title).',
    };
  }
  if (NEGATED.test(text)) return { kind: 'help', reason: 'Then I will leave it as it is. What should I do instead?' };
  if (QUESTION.test(text)) {
    return { kind: 'help', reason: 'I can show you: try "search <words>" or "show my tasks"; I change a task only when you ask me to.' };
  }
  return undefined;
}
