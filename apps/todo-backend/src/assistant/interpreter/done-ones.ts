// "delete whatever is done", "clear anything that's finished", "bin the stuff I've completed": the tasks already done,
// all of them. Said so ("all completed tasks") the change is confirmed with their count; never a task titled
// "delete whatever" completed.

const DONE_ONES =
  /\b(?:whatever|anything|everything|all\s+(?:the\s+)?(?:stuff|things|ones)|the\s+(?:stuff|things|ones))(?:'s|'re|\s+(?:that\s+|which\s+)?(?:is|are|was|were|has\s+been|have\s+been|i'?ve|i\s+have|we'?ve|we\s+have|i|we))\s+(?:already\s+)?(?:done|finished|completed|ticked\s+off|checked\s+off)\b/i;

/** The words with the tasks already done said as "all completed tasks", or as they came. */
export function doneOnesSaid(text: string): string {
  return text.replace(DONE_ONES, 'all completed tasks');
}
