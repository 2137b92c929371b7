// "undo the hem on the curtains - done ✅", "reopen the gym: done": a title, then a dash or a colon, then "done" is a
// report that the task so titled is done. A title may start with a verb that alone would open a task again ("undo",
// "reopen", "restore"); there the verb is the title's, and the task is completed, never reopened.

const TITLE_THEN_DONE = /^(.+?)(?:\s*:|\s+[-–—])\s*(?:all\s+)?(?:done|finished|completed?|sorted)$/i;
const REOPENING_VERB = /^(?:undo|reopen|re-open|uncheck|untick|unmark|uncomplete|un-complete|unfinish|restore)\s+\S/i;

/** The title reported done when it starts with a verb of reopening, or undefined. */
export function reopeningTitleDone(text: string): string | undefined {
  const title = TITLE_THEN_DONE.exec(text.trim())?.[1]?.trim();
  return title && REOPENING_VERB.test(title) ? title : undefined;
}
