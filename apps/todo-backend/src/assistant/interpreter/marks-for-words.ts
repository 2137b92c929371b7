// A texter says some requests with an emoji or a slang verb in place of the word: "❗" is urgent, "📅" before a task
// and a day moves it there, "⏰" first is "remind me", "yeet" gets rid of a thing. Put back into the words the rest of the interpreter reads, and
// only where the mark stands for the request: a feeling emoji ("😭", "💀") says nothing and is left to the readers of
// reactions.

const URGENT_MARK = String.raw`(?:❗|‼|❕|🚨)\uFE0F?`;
/** "❗ the bus pass thing", "the maths one ❗❗": a task said as one, marked urgent, with no verb of its own. */
const TASK_SAID = String.raw`(?:(?:the|my|that|this)\s+[^❗‼❕🚨]+?|(?:task\s+|#)?\d+|it|that)`;
const URGENT_TASK_FIRST = new RegExp(String.raw`^\s*(?:${URGENT_MARK}\s*)+(${TASK_SAID})\s*$`, 'iu');
const URGENT_TASK_LAST = new RegExp(String.raw`^\s*(${TASK_SAID})\s*(?:${URGENT_MARK}\s*)+(?:(?:pls|plz|please|ty|thx)\s*)?$`, 'iu');
/** "add revise for the test ❗❗": a task to add, marked urgent after its words. */
const URGENT_ADD_LAST = new RegExp(
  String.raw`^(\s*(?:please\s+|pls\s+|plz\s+)?(?:add|create|new|put|todo|remind\s+me)\b.*?\S)\s*(?:${URGENT_MARK}\s*)+$`,
  'iu',
);
/** "📅 dentist thing to next tues": a calendar before a task and where it goes, as "move" would say it. */
const DATE_MARK_MOVE = /^\s*(?:📅|🗓|📆)\uFE0F?\s*(?!(?:move|push|put|change|set|add|what|whats|what's|show)\b)(\S.*?\s+to\s+\S.*)$/iu;
/** "yeet the gym task", "yeet it": thrown away, so deleted ("yeet everything" is every task, asked as any bulk delete is). */
const YEET = /^(\s*(?:please\s+|pls\s+|plz\s+)?)yeet(?:\s+out)?\s+(?=\S)/i;

/** "⏰ 15 min before standup", "⏰ call mum at 6": an alarm clock first says "remind me". */
const ALARM_FIRST = /^\s*⏰\uFE0F?\s*(?!remind\b)/iu;

/** "gimme the top 5", "lemme see today's": a slang "give me" or "let me" at the start, said in full. */
const GIMME_LEMME = /^(\s*(?:please\s+|pls\s+|plz\s+|ok\s+|okay\s+)?)(gimme|lemme)\b/i;

/** The message with marks and slang verbs that stand for a request said in words. */
export function marksInWords(message: string): string {
  return message
    .replace(URGENT_TASK_FIRST, '$1 is urgent')
    .replace(URGENT_TASK_LAST, '$1 is urgent')
    .replace(URGENT_ADD_LAST, '$1 urgent')
    .replace(DATE_MARK_MOVE, 'move $1')
    .replace(YEET, '$1delete ')
    .replace(ALARM_FIRST, 'remind me ')
    .replace(GIMME_LEMME, (_said, lead: string, slang: string) => `${lead}${/^g/i.test(slang) ? 'give' : 'let'} me`);
}
