import { dateAtEnd } from './whole-dates.ts';

// "complete 4, not 5", "cancel friday drinks but keep the dentist", "the dishes are done but not the laundry": the
// tail names what is left as it is. It is no part of the task named before it, nor of a title or a time; the request is
// read without it.

/** ", not 5", " but not the laundry", " but keep the dentist", ", not 8": a task or a number, never a level or a state. */
const CONTRAST_TAIL =
  /(?:\s*,\s*(?:but\s+)?|\s+but\s+)(?:not|keep|leave)\s+(?:(?:the|my|that|this|those|these)\s+[\p{L}\p{N}' -]+|(?:task\s+)?#?\d{1,4}(?::\d\d)?(?:\s*(?:am|pm))?)[.!]*$/iu;

const LEVEL_OR_STATE =
  /\b(?:that|this|so|too)\s+(?:urgent|important|high|low|bad|big|much|many|busy|pressing|serious|critical|essential|necessary|done|finished|late|early|soon|hard|easy|quick|long)\b/i;

const ASKED = /^(?:show|list|display|find|search|filter|sort|what|what's|whats|which|any|how|when|where|is|are|do|does|did|have|has)\b/i;

/** "delete 8 rather than moving it", "… instead of renaming it": the change not made, said after the one made. */
const RATHER_THAN_TAIL = /\s*,?\s+(?:rather\s+than|instead\s+of)\s+[a-z]+ing\s+(?:it|that|this|them)[.!]*$/i;

/**
 * "bin day is thursday now, not wednesday — update the bins one pls", "the tax return deadline is 31st jan, put that as
 * the date": news of a change, then a bare ask to make it.
 * The ask names the task the news is about and nothing new: the news is read alone.
 */
const MAKE_IT_SO_TAIL =
  /\s*(?:[—–;]|\s-|,|\.)\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:(?:update|change|fix|amend|edit)\s+(?:it|that|the\s+[\p{L}\p{N}' -]+?\s+(?:one|task))|(?:put|set|make|use)\s+(?:that|it|this)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:due\s+)?(?:date|deadline))(?:\s+(?:pls|please|thanks|thx|accordingly))?[.!?]*$/iu;

/** The sentence without a tail that only says what is not meant, or as it came. */
export function withoutContrast(text: string): string {
  const makeItSo = MAKE_IT_SO_TAIL.exec(text);
  if (makeItSo && makeItSo.index > 0 && /\s(?:is|are)\s/i.test(text.slice(0, makeItSo.index))) return text.slice(0, makeItSo.index);
  const rather = RATHER_THAN_TAIL.exec(text);
  if (rather && rather.index > 0) return text.slice(0, rather.index);
  const tail = CONTRAST_TAIL.exec(text);
  if (!tail || tail.index === 0) return text;
  // "but not that urgent", "not this important": "that" and "this" there say how much, of a level or a state.
  if (LEVEL_OR_STATE.test(tail[0])) return text;
  const head = text.slice(0, tail.index);
  // "show tasks due today, not the completed ones": a question or a listing says what to leave out; it is read whole.
  if (ASKED.test(head)) return text;
  // "the school run is at 8:15 tomorrow, not 8:30": a time against the time just said is a move, read elsewhere.
  if (/\d/.test(tail[0]) && dateAtEnd(head) && /\d:\d\d|\d\s*(?:am|pm)\b/i.test(head)) return text;
  // "it's not the report, not the gym": a head that says "not" itself is read whole.
  if (/\b(?:not|n't|never|no)\b/i.test(head)) return text;
  // 'rename it to "milk, not bread"': inside a quoted value the words are the value's; so are they after a colon that
  // opens one ("add a note to the fence task: 2 coats, not 3").
  if ((head.match(/["“”]/g) ?? []).length % 2 === 1 || /:\s/.test(head)) return text;
  return head;
}
