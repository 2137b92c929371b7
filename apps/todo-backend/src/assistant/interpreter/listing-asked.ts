import { MONTH_WORD } from '../calendar-words.ts';
import { dayOrMonthAsked } from './days-asked.ts';
import { orderAsked } from './list-order.ts';
import { inPlainWords, NEXT_DAYS, NEXT_HOURS, WEEKDAY } from './query-said.ts';
import { LIST_NOUNS, NOT_TAGS } from './vocabulary.ts';

// Sentences that ask to see tasks in ways the verb rules would misread: a state ("… that isn't done"), a day named
// alone ("tomorrow?"), the list named alone ("todo list"), a wondered question ("I wonder what's due"), a tag looked
// for; and the tags in use asked for ("what labels have I got").

/** "things that are p2", "tasks which are overdue": tasks said with their state, never a task named "things that". */
const THINGS_THAT = /^(?:the\s+|my\s+|all\s+)?(?:tasks|todos|things|stuff|items|ones)\s+(?:that|which|where)\b/i;
/** "what else is there for today", "what else do I have": the rest of the list. */
const WHAT_ELSE = /^what\s+else\b/i;
/** "only the urgent ones", "just the overdue ones please": a kind of task asked for alone. */
const ONLY_KIND =
  /^(?:just|only)\s+(?:the\s+|my\s+)?(?:urgent|important|high|low|medium|overdue|late|done|completed|finished|open|pending|unfinished)\b(?:[\s-]+(?:priority|prio))?\s*(?:ones|tasks|todos|items|stuff|things)?(?:\s+(?:please|pls))?$/i;
/** "show me february", "show me next weekend": a month or a day named alone after a verb of showing. */
const SHOW_WHEN = /^(?:show|give|list)(?:\s+me)?\s+(?!(?:everything|all|tasks|stuff|things|my|the\s+list)\b)(\S.*)$/i;
const MONTH_ALONE = new RegExp(`^${MONTH_WORD}$`, 'i');

/** The listing a month or a day said after "show me" asks for, or undefined. */
function periodShown(text: string): string | undefined {
  const when = SHOW_WHEN.exec(text.trim())?.[1]?.trim();
  if (!when) return undefined;
  if (MONTH_ALONE.test(when)) return `show tasks due in ${when}`;
  const asked = `show tasks due ${when}`;
  return dayOrMonthAsked(asked) !== asked ? asked : undefined;
}

/** "what's on the 1st", "anything on friday week": a question about a day named by its date, read by days-asked.ts. */
const DATE_QUESTION =
  /^(?:what(?:'s|s|\s+is|\s+do\s+(?:i|we)\s+have|\s+have\s+(?:i|we)\s+got)?|anything|any\s+tasks?|plans?|agenda|schedule)\s+(?:on|for)\s+\S/i;
/** "what's on friday", "anything on saturday", "plans for monday": a question about one day. */
const DAY_ASKED = new RegExp(
  String.raw`^(?:what(?:'s|s|\s+is|\s+do\s+(?:i|we)\s+have|\s+have\s+(?:i|we)\s+got)?|anything|any\s+tasks?|plans?|agenda|schedule)\b.*\b(?:on|for)\s+(?:this\s+|next\s+)?${WEEKDAY}$`,
  'i',
);
/** "show …", "list …", "which …": a sentence asking to see tasks. */
const SEEING = /^(?:show|list|display|view|see|give\s+me|find\s+me|get\s+me|what|which)\b/i;
/** "… that isn't done", "… which are overdue", "… that have no date": the state of the tasks to show. */
const STATE_CLAUSE = /\b(?:that|which|who)\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t|have|has|haven'?t|hasn'?t|still)\b/i;

/**
 * "today?", "plans for tomorrow", "what about next week", "what's for today", "what about friday": a day named alone
 * asks what is due then.
 */
const DAY_ALONE =
  /^(?:(?:and\s+)?(?:what\s+about|how\s+about|what(?:'s|s|\s+is)(?:\s+on)?\s+for|plans?\s+for|anything\s+(?:for|on)|agenda\s+for|schedule\s+for|due)\s+)?(?:today|tonight|tomorrow|this\s+week|next\s+week|(?:(?:this|next|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:(?:'s|s)?\s+(?:list|agenda|tasks|todos|plans?|schedule|stuff))?$/i;
/**
 * "my week", "give me my day", "the week ahead", "rest of the week": a span of days named alone is what is due in it;
 * the week ahead is the seven days from today, as "the next 7 days" is.
 */
const SPAN_ALONE =
  /^(?:(?:show|give)\s+(?:me\s+)?)?(?:(?:my|the)\s+(?:(day|week|weekend)|(?:week|(?:next\s+)?(?:7|seven)\s+days)\s+ahead|coming\s+week)|(?:the\s+)?rest\s+of\s+(?:the\s+|this\s+|my\s+)?(day|today|week|weekend))(?:\s+(?:please|pls))?$/i;
const SPAN_SAID: Record<string, string> = { day: 'today', today: 'today', week: 'this week', weekend: 'this weekend' };
/** "last week's done stuff", "yesterdays finished tasks": what was done in a window, the window said first. */
const WINDOW_THEN_DONE =
  /^(?:(?:show|list|give)\s+(?:me\s+)?)?(yesterday|today|this\s+week|last\s+week)'?s\s+(?:done|finished|completed|ticked[\s-]+off)\s+(?:tasks|todos|stuff|things|items|ones)$/i;
/** "todo list", "my to-do list": the list named alone, never a task titled "list". */
const LIST_ALONE = /^(?:my\s+|the\s+)?(?:(?:todo|to-do|to\s+do|task)\s+list|to[\s-]?dos|to-do'?s|todo'?s)$/i;
/**
 * "done tasks", "unfinished tasks", "completed tasks from this week": tasks of a state, never a task titled "tasks"
 * to complete.
 */
const STATE_ALONE =
  /^(?:the\s+|my\s+)?(?:done|finished|completed|unfinished|undone|open|pending|incomplete|remaining|outstanding|overdue)\s+(?:tasks|todos|to-dos|items|ones|stuff)(?:\s+(?:from|for|of|due|this|today|tomorrow|in|tagged|labell?ed|with)\b.*)?$/i;
/** "what did I finish yesterday", "what have I got done", "what remains", "what's remaining": what was or is left done. */
const WHAT_DONE_OR_LEFT =
  /^what\s+(?:(?:did|have)\s+(?:i|we)\s+(?:already\s+)?(?:finish(?:ed)?|complete(?:d)?|do(?:ne)?|(?:get|got)\s+(?:done|through)|tick(?:ed)?\s+off)\b|(?:got|was|were|(?:has|have)\s+been|'s\s+been)\s+(?:done|finished|completed|ticked\s+off)\b|(?:remains|is\s+remaining|'s\s+remaining|s\s+remaining))/i;
/**
 * "got anything high priority?", "have I got anything for tomorrow", "do we have anything overdue", "got much on this
 * weekend?": a listing.
 */
const GOT_ANYTHING =
  /^(?:(?:got|have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have|(?:i|we)\s+got|is\s+there|are\s+there)\s+(?:any|anything|much)|(?:is|does|has)\s+anything\s+(?=due|overdue|late|need|left|urgent|tagged|on\b|for\b))\b/i;
/**
 * "it would be great to see what is due this week", "list only what is high priority", "need to plan my weekend - what
 * is due saturday?": a question about the list inside a longer sentence, never a change to a task named "… what".
 */
const SEE_WHAT =
  /\b(?:see|show|list|tell|know|check|catch\s+me\s+up|update\s+me)\b(?:\s+[\p{L}']+){0,3}?\s+(?:what(?:'s|s)\b|(?:what|which)\s+(?:is|are|i|we|tasks?)\b)/iu;
const CLAUSE_QUESTION =
  /(?:[,.;:!?]|\s[-–—])\s*((?:what(?:'s|s)?|which)\s+(?:is|are|else|got|was|were|been|on|tasks?|[\p{L}-]+\s+(?:do|have)\s+(?:i|we)|(?:do|did|have)\s+(?:i|we)|due|overdue|left)\b.*|(?:(?:now|then|so)\s+)?(?:show|list|give)\s+me\b(?!\s+(?:a\s+|an\s+)?(?:shout|buzz|nudge|heads[\s-]?up|ring|call|bell|reminder|warning|ping|poke|text|notification|alert)\b).*|anything\s+(?:overdue|due|late|left|urgent|important|for|on|tagged)\b.*)$/iu;
/**
 * "and the low priority ones", "ok now the ones tagged home", "what about the high ones", "what about errands?": a
 * question following the last, said by what differs.
 */
const FOLLOW_UP =
  /^(?:(?:(?:(?:and|ok(?:ay)?|now|so|right|then)[\s,]+)+(?:(?:what|how)\s+about\s+)?|(?:what|how)\s+about\s+)(?:the\s+|my\s+)?(.*\b(?:ones|tasks|priority|prio|tagged|labell?ed|overdue|completed|done|pending|open)\b.*)|(?:the|my)\s+(.*\b(?:ones|tasks)))$/i;
const WHAT_ABOUT_KIND = /^(?:and\s+)?(?:what|how)\s+about\s+(?:the\s+|my\s+)?([\p{L}][\p{L}_-]*)$/iu;
/** "#errands", "#home #garden": tags named alone. */
const TAGS_ALONE = /^(?:(?:everything|anything|stuff|all|tasks?)\s+(?:with|under|in)\s+)?#[\p{L}\p{N}_-]+(?:\s+#[\p{L}\p{N}_-]+)*$/iu;
/** "show me the stuff I already did": a listing of what was done, never a completion. */
const SEEING_DONE = /\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:did|done)$/i;
/** "do I have any errands", "got any chores": the kind of task asked about is a tag. */
const ANY_KIND = /^(?:do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|(?:i|we)\s+got|got)\s+any\s+([\p{L}][\p{L}_-]+)$/iu;
/** "list completed", "show done", "see the open ones": a state named alone after the verb. */
const STATE_SHOWN =
  /^(?:list|show|display|see|view|get)\s+(?:me\s+)?(?:all\s+)?(?:the\s+|my\s+)?(?:done|completed|finished|open|pending|unfinished|incomplete|remaining|outstanding|overdue)(?:\s+ones)?$/i;
/** "how many tasks are due today", "how many things are overdue": a count asked, never a change to a task. */
const HOW_MANY =
  /^how\s+many\s+(?:[\p{L}'-]+\s+){0,3}?(?:tasks|todos|to-dos|things|items|ones|errands)\b(?!.*\b(?:per|each|by)\s+(?:tag|label)\b)/iu;
/** "everything", "everything please", "the lot": the whole list. */
const EVERYTHING_ALONE = /^(?:everything|all\s+of\s+(?:it|them)|the\s+(?:lot|whole\s+lot|whole\s+list))(?:\s+(?:please|pls|plz))?$/i;
/** "how does tomorrow look", "how is my week looking": the agenda of that day or week. */
const HOW_LOOKS =
  /^how(?:\s+(?:does|do|is)|\s*'s|s)\s+(?:my\s+|the\s+)?(?:today|tomorrow|this\s+week|next\s+week|week|day)\s+look(?:ing)?\b/i;
/** "whats labelled finance", "anything tagged home", "stuff labelled kids": what has a tag. */
const TAGGED_ASKED =
  /^(?:what(?:'s|s|\s+is|\s+are)?|which|anything|everything|stuff|things)\s+(?:\S+\s+)?(?:tagged|labell?ed)\s+#?[\p{L}\p{N}_-]+/iu;
/**
 * "due before friday", "deadline by the 5th", "due between now and friday?", "tasks for the next 3 days": a window of
 * dates named alone.
 */
const WINDOW_ALONE = new RegExp(
  String.raw`^(?:(?:my\s+|the\s+)?(?:tasks|todos|stuff|things)\s+)?(?:(?:due|deadlines?)\s+(?:before|after|by|until|till|between|from)\s+\S.*|(?:${NEXT_DAYS.source}|${NEXT_HOURS.source})(?:\s+please)?)$`,
  'i',
);
/**
 * "I wonder what's due", "I'd like to know what's overdue", "just curious, anything tagged work?": a question about the
 * list said as a statement; the question is read as asked.
 */
const WONDER =
  /^(?:i\s+(?:wonder|was\s+wondering|am\s+wondering|'m\s+wondering)|wondering|(?:i'?d|i\s+would)\s+like\s+to\s+know|i\s+(?:want|need|wanna)\s+to\s+know|(?:just\s+)?curious(?:\s+about)?|(?:i'?m\s+)?not\s+sure)[,:]?\s+(?:if\s+|whether\s+)?(?=(?:what|which|how\s+many|(?:i|we)\s+have|there(?:'s|\s+is|\s+are)|anything)\b)/i;
/** What a wondered question must be about to be read as one about the list. */
const ABOUT_THE_LIST =
  /\b(?:due|overdue|late|left|on|today|tonight|tomorrow|week|priority|prio|urgent|important|tagged|labell?ed|tasks?|todos?|list|plate|done|finished|completed|pending)\b/i;

/** "just the first five", "only the top 3", "first 3 things on my list": how many to show. */
const FIRST_FEW =
  /^(?:(?:just|only)\s+(?:the\s+)?(?:first|top)\s+\S+|(?:the\s+)?first\s+\S+\s+(?:things|tasks|todos|items|ones)(?:\s+(?:on|in)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list)?)$/i;

/**
 * The sentence when it asks to see tasks in a way the verb rules would misread: in some state ("show me everything
 * tagged shopping that isn't done": "… that isn't done" says which tasks to show, never that a task is open again),
 * due on a day named alone ("tomorrow?"), or the list named alone ("todo list"). Otherwise undefined.
 */
/**
 * "search for #home", "find tasks tagged home", "look for anything labelled urgent", "find everything with the home
 * tag", "search tag home": a tag looked for is a filter by it, never words searched for.
 */
const TAG_SEARCH = [
  /^(?:search|find|look\s+for|look\s+up)\s+(?:for\s+)?(?:me\s+)?(?:all\s+|any\s+|the\s+)?(?:(?:tasks?|todos?|anything|everything|stuff|things|ones)\s+)?(?:(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?|with\s+(?:the\s+)?(?:tag|label)\s+|(?:under|in)\s+(?=#))?#?([\p{L}\p{N}_-]+)$/iu,
  /^(?:search|find|look\s+for|look\s+up)\s+(?:for\s+)?(?:me\s+)?(?:(?:tasks?|todos?|anything|everything|stuff)\s+)?(?:with|under)\s+(?:the\s+)?#?([\p{L}\p{N}_-]+)\s+(?:tag|label)$/iu,
  /^(?:search|find|look\s+for|look\s+up)\s+(?:for\s+)?(?:the\s+)?(?:tag|label)\s+#?([\p{L}\p{N}_-]+)$/iu,
];

/** "I'd like a list of overdue stuff", "can I get a rundown of today": asking for a list is asking to be shown. */
const A_LIST_OF =
  /^(?:(?:i'?d|i\s+would)\s+like|i\s+(?:want|need)|give\s+me|gimme|can\s+i\s+(?:get|have)|get\s+me|send\s+me)\s+(?:a|an|the)\s+(?:list|rundown|overview|summary|run-down)\s+(?:of\s+)?/i;
/** "urgent stuff?", "overdue things", "the low priority bits", "home-tagged stuff": a kind of task named alone. */
const KIND_ALONE =
  /^(?:the\s+|my\s+)?(?:urgent|important|high[\s-]+priority|low[\s-]+priority|medium[\s-]+priority|overdue|late|[\p{L}]+[\s-]+(?:tagged|labell?ed))\s+(?:stuff|tasks|things|ones|items|todos|bits)$/iu;
/** "how packed is next week looking", "how busy is tomorrow": the agenda of that day or week, asked how full it is. */
const HOW_BUSY =
  /^how\s+(?:busy|packed|full|free|hectic|rammed|mad)\s+(?:is|does|do)\s+(?:my\s+)?(today|tonight|tomorrow|this\s+week|next\s+week|the\s+weekend)(?:\s+look(?:s|ing)?)?$/i;
/** "am I free tomorrow?", "is tomorrow busy", "what am I doing this week": the agenda of that day or week. */
const DAY_BUSY =
  /^(?:(?:am\s+i|are\s+we)\s+(?:free|busy)|is\s+(?:my\s+)?(?:today|tonight|tomorrow|this\s+week|next\s+week|the\s+weekend)\s+(?:busy|free|full|packed)|what\s+(?:am\s+i|are\s+we)\s+(?:doing|up\s+to)|(?:do|have)\s+(?:i|we)\s+(?:got\s+)?(?:any\s+)?plans)\b.*\b(?:today|tonight|tomorrow|this\s+week|next\s+week|weekend)$|^is\s+(?:my\s+)?(?:today|tonight|tomorrow|this\s+week|next\s+week|the\s+weekend)\s+(?:busy|free|full|packed)$/i;

/** A day or a week said before a question about it, as a heading. */
const DAY_FIRST = new RegExp(
  String.raw`^((?:to|yester)day|tonight|tomorrow|(?:this|next|last)\s+week(?:end)?|(?:this\s+|next\s+|last\s+)?${WEEKDAY})\s*$`,
  'i',
);

/** "planning the week - what have I got?": the span being planned is the one asked about. */
const PLANNING = /^(?:(?:i'?m|just)\s+)?(?:planning|organi[sz]ing|sorting\s+out|looking\s+at)\s+(?:the|my)\s+(week|day)\s*$/i;

function planned(lead: string): string | undefined {
  const span = PLANNING.exec(lead)?.[1]?.toLowerCase();
  return span === undefined ? undefined : span === 'week' ? 'this week' : 'today';
}

/** "the stuff I crossed off last week, what was it?": tasks named first, then asked which they were. */
const KIND_THEN_WHICH =
  /^((?:the\s+)?(?:stuff|things|ones|tasks|todos|bits|jobs)\s.+?)\s*(?:[,;:]|\s[-–—])\s*(?:what|which)\s+(?:was|were)\s+(?:it|they|them|that|those)(?:\s+again)?\??$/i;

/** "done ones too", "including completed", "done and not done": finished tasks listed with the rest. */
const DONE_TOO =
  /[\s,]*\b(?:(?:including|incl\.?|inc\.?|with|plus|and)\s+(?:the\s+)?(?:done|completed|finished|ticked[\s-]off)(?:\s+(?:ones|tasks|todos|stuff|items))?|(?:the\s+)?(?:done|completed|finished)\s+(?:ones|tasks|stuff)(?=\s+(?:too|as\s+well)\b)|(?:done|completed|finished)\s+(?:and|or|\+|&)\s+(?:not\s+done|undone|unfinished|not\s+finished|incomplete|open|pending))(?:\s+(?:too|as\s+well))?[\s?.!]*$/i;
/** The whole list named: "gimme the full list", "all tasks", "everything". */
const WHOLE_LIST =
  /^(?:(?:show|list|give|see)\s+(?:me\s+)?|gimme\s+|total\s+)?(?:the\s+|my\s+)?(?:full\s+|whole\s+|entire\s+|complete\s+)?(?:all\s+)?(?:(?:of\s+)?my\s+|the\s+)?(?:list|tasks|todos|to-dos|everything|lot)$/i;

/** "gimme the full list, done ones too", "all tasks, done and not done": every task, finished or not. */
export function wholeListWithDoneAsked(text: string): boolean {
  return DONE_TOO.test(text) && WHOLE_LIST.test(text.replace(DONE_TOO, '').trim());
}

export function listingAsked(text: string): string | undefined {
  const named = KIND_THEN_WHICH.exec(text.trim())?.[1];
  if (named) return inPlainWords(`show ${named}`);
  if (A_LIST_OF.test(text))
    return listingAsked(`show ${text.replace(A_LIST_OF, '')}`) ?? inPlainWords(`show ${text.replace(A_LIST_OF, '')}`);
  if (KIND_ALONE.test(text) || DAY_BUSY.test(text)) return inPlainWords(text);
  const howBusy = HOW_BUSY.exec(text)?.[1];
  if (howBusy) return `what have I got ${howBusy.replace(/^the\s+/i, 'this ')}`;
  const wondered = WONDER.exec(text);
  if (wondered) {
    const question = text.slice(wondered[0].length);
    return ABOUT_THE_LIST.test(question)
      ? (listingAsked(question) ?? inPlainWords(question.replace(/^(?:i|we)\s+have\b/i, 'do I have')))
      : undefined;
  }
  if (WINDOW_ALONE.test(text)) return inPlainWords(text);
  const shown = periodShown(text);
  if (shown) return inPlainWords(shown);
  const doneIn = WINDOW_THEN_DONE.exec(text)?.[1];
  if (doneIn) return `show tasks completed ${doneIn}`;
  const span = SPAN_ALONE.exec(text);
  if (span) {
    const named = span[1] ?? span[2];
    return inPlainWords(`show tasks due ${named ? SPAN_SAID[named.toLowerCase()] : 'in the next 7 days'}`);
  }
  for (const [index, shape] of TAG_SEARCH.entries()) {
    const match = shape.exec(text);
    // The first shape says it is a tag by "tagged …", "with the tag …" or "#": a bare word there is words to search.
    if (match?.[1] && (index > 0 || /(?:tagged|labell?ed|tag|label)\s+(?:as\s+|with\s+)?#?[\p{L}\p{N}_-]+$|#[\p{L}\p{N}_-]+$/iu.test(text)))
      return `show tasks tagged ${match[1].toLowerCase()}`;
  }
  // "show what I added recently": an order, read by the sort rule.
  if (orderAsked(text)) return undefined;
  const kind = ANY_KIND.exec(text)?.[1]?.toLowerCase();
  if (
    kind &&
    !NOT_TAGS.has(kind) &&
    !LIST_NOUNS.test(kind) &&
    !/^(?:plans|deadlines|reminders|news|updates|projects|lists|questions|ideas)$/i.test(kind)
  )
    return `show ${kind} tasks`;
  if (
    (SEEING.test(text) && (STATE_CLAUSE.test(text) || SEEING_DONE.test(text))) ||
    [DAY_ALONE, LIST_ALONE, STATE_ALONE, STATE_SHOWN, FIRST_FEW, WHAT_DONE_OR_LEFT, GOT_ANYTHING, HOW_MANY, HOW_LOOKS, TAGGED_ASKED].some(
      (alone) => alone.test(text),
    )
  )
    return inPlainWords(text);
  if (TAGS_ALONE.test(text)) return `show ${text.replace(/^.*?(?=#)/, '')}`;
  const followUpSaid = FOLLOW_UP.exec(text);
  const followUp = followUpSaid?.[1] ?? followUpSaid?.[2];
  if (followUp) return inPlainWords(`show ${followUp}`);
  const kindAbout = WHAT_ABOUT_KIND.exec(text)?.[1];
  if (kindAbout && !/^(?:it|that|this|them|today|tonight|tomorrow)$/i.test(kindAbout)) return `show ${kindAbout} tasks`;
  // "tagged work", "labelled errands": the tag alone.
  const taggedAlone = /^(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?#?([\p{L}\p{N}_-]+)$/iu.exec(text)?.[1];
  if (taggedAlone) return `show tasks tagged ${taggedAlone}`;
  // "#garden stuff due today": a tag said first, then the kind and the rest of the question.
  if (/^#[\p{L}\p{N}_-]+\s+(?:stuff|tasks|todos|things|items)\b/iu.test(text)) return `show ${text}`;
  if (
    SEE_WHAT.test(text) ||
    DAY_ASKED.test(text) ||
    (DATE_QUESTION.test(text) && dayOrMonthAsked(text) !== text) ||
    WHAT_ELSE.test(text) ||
    ONLY_KIND.test(text) ||
    THINGS_THAT.test(text) ||
    (SEEING.test(text) && /\bincluding\b|\b(?:done|finished|completed)\s+or\s+not\b/i.test(text)) ||
    (/^(?:what|which|show|list|any|anything|tasks?|stuff)\b/i.test(text) &&
      /\b(?:deadlines?|due\s+dates?)\s+(?:before|after|by)\b/i.test(text))
  )
    return inPlainWords(text);
  const question = CLAUSE_QUESTION.exec(text);
  // "tomorrow: what is due?", "yesterday - what got done?", "friday - anything on?": a day said first is the day asked
  // about.
  const before = question ? text.slice(0, question.index) : '';
  const dayFirst = question ? (DAY_FIRST.exec(before)?.[1] ?? planned(before)) : undefined;
  if (question?.[1]) return inPlainWords(dayFirst ? `${question[1]} ${dayFirst}` : question[1]);
  if (EVERYTHING_ALONE.test(text)) return 'show everything';
  return undefined;
}

/** "show me my labels", "tags?", "what labels have I got", "what are all the tags I've made": the tags in use, not tasks. */
const TAGS_ASKED =
  /^(?:(?:what|which)\s+(?:are|were)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+)?(?:tags|labels)(?:\s+(?:i|we)(?:'ve|\s+have)?\s+(?:made|created|got|used|set\s+up|added|been\s+using))?|(?:show|list|display|give|get|see)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|your\s+)?(?:tags|labels)|(?:tags|labels)|how\s+many\s+(?:tags|labels)\b.*|(?:(?:show|give|get)\s+(?:me\s+)?)?(?:my\s+|the\s+)?(?:tag|label)\s+list|(?:what|which)\s+(?:tags|labels)\s+(?:have|do|did|am|are)\b.*)$/i;

export function tagsAsked(text: string): boolean {
  return TAGS_ASKED.test(text.trim());
}

/** "errands this week?", "bills tomorrow?": a kind of task and when, asked with a question mark. */
const KIND_THEN_WINDOW = /^(\p{L}[\p{L}-]*s)\s+(?:due\s+)?(today|tonight|tomorrow|this\s+week|next\s+week)$/iu;

/**
 * The listing a kind of task said with a window asks for, when the message was a question: said without one ("drinks
 * tomorrow") it may be a task to add, and is left to the other rules.
 */
export function kindThenWindowAsked(text: string, asked: boolean): string | undefined {
  const said = KIND_THEN_WINDOW.exec(text.trim());
  if (!asked || !said?.[1] || !said[2] || NOT_TAGS.has(said[1].toLowerCase()) || LIST_NOUNS.test(said[1])) return undefined;
  return `show ${said[1].toLowerCase()} tasks due ${said[2]}`;
}
