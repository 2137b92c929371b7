import { isWholeDate } from './whole-dates.ts';

// A question about one's reminders, as people used to a voice assistant ask it: "what are my reminders for today",
// "what reminders do I have tomorrow", "read me my reminders". A reminder is a task's, so the question is about the
// tasks due then, asked the way the listing rules read it; never a reminder set on a task named "what are my".

const ASKED =
  /^((?:what|which)\s+(?:are|r)\s+(?:my|the)|what\s+(?:are\s+)?(?:my\s+)?|(?:show|list|read|tell|give)(?:\s+me)?\s+(?:all\s+)?(?:of\s+)?my|(?:do|have)\s+i\s+(?:got\s+)?(?:any\s+)?|(?:are\s+there\s+)?any)\s*reminders?\b\s*((?:do|have)\s+i\s+(?:got|have)?\s*)?(.*)$/i;

/** "please …", "…, thanks!": politeness around the question, which the listing rules need not see. */
const POLITENESS = /^(?:please|pls|(?:can|could)\s+you\s+(?:tell\s+me\s+)?)\s+|[,.!\s]+(?:please|thanks|thank\s+you|cheers)[!.]*$/gi;

/** The question said of tasks ("what are my tasks for today"), when it asks for reminders at a time or all of them. */
export function remindersAsTasks(message: string): string {
  const asked = ASKED.exec(
    message
      .trim()
      .replace(POLITENESS, '')
      .replace(/[?!.]+$/, ''),
  );
  if (!asked) return message;
  const [, lead = '', have = '', when = ''] = asked;
  const day = when.replace(/^(?:for|on|at|in)\s+/i, '');
  if (day && !isWholeDate(day) && !/^(?:this|next)\s+week$/i.test(day)) return message;
  return `${lead} tasks ${have}${when}`.replace(/\s+/g, ' ').trim();
}
