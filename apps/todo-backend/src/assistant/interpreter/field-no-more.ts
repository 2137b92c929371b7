// A field taken off a task, with "any more" after the task: "no deadline on the roadmap anymore", "no reminders for
// the retro any more", "remove the due date from 5 now". The last words say since when, not which task: the task ends
// before them.

const FIELD_OFF_ANY_MORE =
  /^((?:no\s+(?:more\s+)?|(?:remove|clear|delete|drop|cancel|turn\s+off|take\s+off)\s+(?:the\s+|its\s+|my\s+)?)(?:deadline|due\s+date|date|reminders?|alerts?|tags?|labels?)\s+(?:on|for|from|of)\s+.+?)\s+(?:any\s*more|now|from\s+now\s+on|going\s+forward)$/i;

/** The sentence without the words after its task, or undefined when it is not so said. */
export function fieldNoMore(text: string): string | undefined {
  return FIELD_OFF_ANY_MORE.exec(text.trim())?.[1];
}
