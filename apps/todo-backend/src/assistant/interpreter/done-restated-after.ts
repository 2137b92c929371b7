// "cross the milk off, got it", "tick the butter off - bought it", "mark the bread done, picked it up", "check off W-9,
// received it this morning": after a request to tick a task off, a short clause that says the thing is had or done
// restates the request; it names no task and points back at none ("it" there is the task just named). The sentence is
// read without it.

/** A request to tick off a task, said in full before the clause. */
const TICK_REQUEST =
  /^(?:please\s+)?(?:(?:tick|cross|check|strike|mark)\s+(?:off\s+)?\S.*?(?:\s+(?:off|done|complete|completed|finished|as\s+done))?|(?:complete|finish)\s+\S.*?)$/i;
/** What the clause says: the thing had, bought, picked up or done, of "it"/"them" or of nothing. */
const RESTATED = String.raw`(?:(?:i'?ve\s+|we'?ve\s+|i\s+|we\s+)?(?:just\s+|already\s+)?(?:got|bought|grabbed|picked(?:\s+up)?|collected|found|done|sorted|did|finished)(?:\s+(?:it|them|that|those|one|some|the\s+lot))?(?:\s+up)?(?:\s+(?:already|now|today|earlier|just\s+now))?|(?:all\s+)?(?:done|sorted|bought|got\s+it))`;
/** "paid it yesterday", "received it this morning", "sent them off": any deed done to "it", and when. */
const DONE_TO_IT = String.raw`(?:i'?ve\s+|we'?ve\s+|i\s+|we\s+)?(?:just\s+|already\s+|finally\s+)?(?:[a-z]{2,}ed|paid|sent|got|bought|did|made|took|gave|rang|wrote|brought|sold)\s+(?:it|them|that)(?:\s+(?:off|in|back|over))?(?:\s+(?:this\s+(?:morning|afternoon|evening)|yesterday|today|earlier|last\s+night|just\s+now|already|now|in\s+the\s+end))?`;
const TAIL = new RegExp(String.raw`\s*(?:[,;.]+|\s[-–—])\s*(?:${RESTATED}|${DONE_TO_IT})[\s!.]*$`, 'i');

/** The request without a clause that restates it, or the sentence as it came. */
export function withoutDoneRestated(text: string): string {
  const tail = TAIL.exec(text);
  if (!tail || tail.index === 0) return text;
  const head = text.slice(0, tail.index).trim();
  return TICK_REQUEST.test(head) ? head : text;
}
