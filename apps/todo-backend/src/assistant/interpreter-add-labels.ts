import * as chrono from 'chrono-node';

// How people say a task to add besides the verb: when it is due as a label before the words ("a todo for Friday:
// collect the blazer", "new task for next monday - renew the gym pass", "on my list for tomorrow: buy a mop") and a
// wish that something gets done ("make sure I pay the window cleaner", "remember I need to buy a charger", "I also
// need to buy stamps"). Each gives the words the caller reads the task from, dates and all.

/** "for Friday: …", "on my list for tomorrow: …", "next monday - …": a label before a colon or a dash. */
const LABEL_FIRST =
  /^(?:(?:on|to|onto)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list\s+)?(?:for|on|by|due)?\s*([^:–—-]+?)\s*(?::|\s[-–—])\s+(.+)$/i;

/**
 * The words of a task whose due date is said as a label before them, with the date after the title ("for Friday:
 * collect the blazer" → "collect the blazer Friday"), or the words as they are. Only a label that is all date is
 * moved: "note to Sam: call back" keeps its words.
 */
export function dateLabelLast(body: string): string {
  const label = LABEL_FIRST.exec(body);
  const when = label?.[1]?.trim();
  if (!label?.[2] || !when) return body;
  const read = chrono.parse(when, new Date(), { forwardDate: true });
  if (read.length !== 1 || read[0]?.text.length !== when.length) return body;
  return `${label[2].trim()} ${when}`;
}

/**
 * "make sure I pay the window cleaner", "ensure that we renew the lease", "make sure to call the vet", "can you make
 * sure I don't forget to call the bank", "remember I need to buy a new charger", "I also need to buy stamps".
 */
const WISH =
  /^(?:(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:(?:i|we)\s+(?:(?:don'?t|do\s+not)\s+forget\s+to\s+|remember\s+to\s+)?|to\s+)|remember\s+(?:that\s+)?(?:i|we)\s+(?:also\s+|really\s+|still\s+)?(?:need|have|must|should|gotta|got)\s+(?:to\s+)?|(?:i|we)\s+(?:also|really|still|definitely|just)\s+(?:need|have|must|should|gotta|got)\s+(?:to\s+)?)(.+)$/i;

/** The words of the task a wish names, or undefined. */
export function wishedTask(text: string): string | undefined {
  return WISH.exec(text)?.[1];
}
