import { COUNT_WORD } from '../number-words.ts';
import { stripPoliteness } from './politeness.ts';
import { correctKeywords } from './typos.ts';

// Questions about the list in the words of someone sorting out what matters: "anything critical?", "what's on fire in
// Work", "what's slipping", "which ones did I flag", "the non-urgent stuff", "what's high or medium", "top 3 for
// today", "tagged client and due soon". Said again in the words the filter reads ("high priority", "overdue", "due
// this week"). Only a question is said again: "add Critical Role episode" and "the critical path review can wait" keep
// their words.

/** A sentence asking to see tasks: a question word, a listing verb, or "top 3 …". */
const ASKING = new RegExp(
  String.raw`^(?:what(?:'s|s|\s+is|\s+are)?|which|anything|any|show|list|gimme|give\s+me|how\s+many|is\s+there|are\s+there|top\s+(?:\d{1,3}|${COUNT_WORD}))\b`,
  'i',
);

/** "show the lowest priority first", "critical ones by due date": an order, which the sort rules read. */
const ORDER_ASKED =
  /\b(?:sort|sorted|order(?:ed)?|rank(?:ed)?|by\s+(?:priority|importance|urgency|due|date|deadline|title|name))\b|\b(?:first|at\s+the\s+top|on\s+top)$/i;

/** Each triage word, and what the filter reads for it. */
const SAID_PLAINLY: [RegExp, string][] = [
  // "what's critical", "anything on fire": what matters most.
  [/\b(?:critical|on\s+fire)\b/gi, 'high priority'],
  // "which ones did I flag", "what have I starred": a flag or a star is the high level (priority-said.ts).
  [/\b(?:did|have)\s+(?:i|we)\s+(?:flag(?:ged)?|star(?:red)?)\b/gi, 'are high priority'],
  [/\b(?:flagged|starred)\b/gi, 'high priority'],
  // "what's slipping", "what slipped in Work": what is past its date.
  [/\b(?:slipping|slipped)\b(?!\s+through\b)/gi, 'overdue'],
  // "what's stuck", "what have I been putting off", "what am I avoiding": what is left past its date.
  [
    /\b(?:stuck|(?:been\s+)?(?:putting|put)\s+off|(?:been\s+)?(?:avoiding|dodging|procrastinating(?:\s+on)?))(?=\s*$|\s+(?:in|for|at)\b)/gi,
    'overdue',
  ],
  [/\bnon[\s-]?(?:urgent|important|critical)\b/gi, 'low priority'],
  // "the least important things", "anything less urgent": the low level, never the high one "important" alone says.
  [/\b(?:least|less)\s+(?:urgent|important|critical)\b/gi, 'low priority'],
  // "the lowest priority stuff": the level the filter has.
  [/\b(high|low)est(?=[\s-]+(?:priority|prio)\b)/gi, '$1'],
  // "due soon": within the week.
  [/\bdue\s+soon\b/gi, 'due this week'],
];

/** "what's high or medium in Work", "anything low?": a level said of the tasks asked for is their priority. */
const LEVEL_ASKED =
  /^((?:what(?:'s|s|\s+is|\s+are)|which\s+(?:ones|tasks)\s+are|anything|any)\s+)((?:high|medium|low)(?:\s*(?:,|or|and)\s*(?:high|medium|low))*)\b(?![\s-]*(?:priority|prio)\b)/i;

/** "top 3 for today": the first three of the day's tasks. */
const TOP_FOR_DAY = new RegExp(
  String.raw`^top\s+(\d{1,3}|${COUNT_WORD})\s+(?:for|due)\s+(today|tonight|tomorrow|this\s+week|next\s+week)$`,
  'i',
);

/** The question said in the filter's words, or undefined when it is no question or says no triage word. */
export function triageAsked(sentence: string): string | undefined {
  // "ugh. ok. whats stuck": the question after a greeting or a sigh.
  const said = stripPoliteness(sentence.trim()).replace(/[?!.]+$/, '');
  if (!ASKING.test(said) || ORDER_ASKED.test(said)) return undefined;
  // "top 5 for tmrw": the day in its short spelling too.
  const top = TOP_FOR_DAY.exec(correctKeywords(said));
  if (top?.[1] && top[2]) return `show the first ${top[1]} tasks due ${top[2]}`;
  let plain = said.replace(LEVEL_ASKED, (_all, asked: string, levels: string) => `${asked}${levels} priority`);
  for (const [word, meaning] of SAID_PLAINLY) plain = plain.replace(word, meaning);
  return plain === said ? undefined : plain;
}
