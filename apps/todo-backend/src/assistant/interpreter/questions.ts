import { namesOneDay } from './days-asked.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { clean } from './phrases.ts';
import { type KnownNames, knownProject } from './project-names.ts';
import { WEEKDAY } from './query-said.ts';

// Questions about one task ("when is the dentist?", "did I already pay the gas bill?") are answered by finding it: a
// search for its words shows its date and whether it is done, and changes nothing.

/**
 * "when is the dentist", "when is the electrician coming", "where's the task about the boiler", "where did I put the
 * task about the gutters".
 */
const WHEN_OR_WHERE =
  /^(?:when|where)(?:'s|s|\s+is|\s+was|\s+are|\s+were|\s+(?:did|have)\s+(?:i|we)\s+(?:put|left|leave|save|saved|write|written|note|noted))\s+(?:the\s+|my\s+|that\s+)?(?:(?:task|todo|one|thing)\s+(?:about|for|with)\s+(?:the\s+|my\s+)?)?(.+?)(?:\s+(?:task|todo|one))?(?:\s+(?:next\s+)?(?:due|happening|set\s+for|coming|arriving|booked|starting))?(?:\s+(?:again|exactly|then|next))?(?:[,\s]+i\s+(?:forgot|forget|can'?t\s+remember|don'?t\s+remember))?$/i;
/** "what did I write about the plumber", "what have I got about the visa", "what did I jot down about the boiler". */
const WHAT_ABOUT =
  /^what\s+(?:did|have)\s+(?:i|we)\s+(?:write|written|put|note|noted|add|added|save|saved|got|jot|jotted|scribble|scribbled|say|said|mention|mentioned)\s+(?:down\s+)?(?:about|for|on)\s+(?:the\s+|my\s+)?(.+)$/i;
/** "what's the note on the book flights task", "what are the tags on the gutter one": a field of one task, found by its words. */
const FIELD_OF_ONE =
  /^(?:what(?:'s|s|\s+is|\s+are|\s+was|\s+were)|show\s+me)\s+(?:the\s+)?(?:notes?|description|details|tags|labels|due\s+date|deadline|priority)\s+(?:on|of|for|in)\s+(?:the\s+|my\s+)?(.+)$/i;
/**
 * "did I already pay the gas bill", "have I booked the flights yet": the verb is dropped, its object searched. A verb
 * of completing ("did I finish the slides", "did I hand in the essay", like "is the report done?") stays a question the
 * user is asked about: it is as often a wish to mark the task done.
 */
const DID_I =
  /^(?:did|have|has)\s+(?:i|we|you)\s+(?:already\s+|ever\s+|actually\s+)?(?:(?:get|got|gotten)\s+(?:a?round\s+)?to\s+)?(?!(?:finish|finished|complete|completed|do|done|close|closed|tick|ticked|check|checked|mark|marked|got|get|miss|missed|forget|forgot|forgotten|submit|submitted|(?:hand|handed|turn|turned)\s+in)\b)[a-z]+(?:\s+(?:up|off|out|in|back|down))?\s+(?:to\s+)?(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:on|in|down))?(?:\s+(?:yet|already))?(?:\s+or\s+not)?$/i;
/**
 * "looking for the thing abt the gym membership", "i know i added smth about a birthday present, where is it", "the one
 * about renewing car tax?": a task looked for by what it is about.
 */
const LOOKING_FOR =
  /^(?:(?:i(?:'m|\s+am)\s+)?look(?:ing|in'?)?\s+for|(?:i\s+(?:know|think|swear)\s+)?(?:i|we)\s+(?:added|put(?:\s+in|\s+down)?|wrote(?:\s+down)?|made|created)|(?:the|that)(?=\s+(?:one|thing)\s+(?:about|abt)\s+[^,;]+\?$))\s+(?:the\s+|a\s+|an\s+)?(?:smth|something|one|thing|task|todo|item)\s+(?:about|abt|re:?|regarding)\s+(?:the\s+|my\s+|a\s+|an\s+)?(.+?)(?:\s*,?\s*where(?:'s|\s+is)\s+it)?$/i;
/** "did I already finish the passport renewal", "did I ever do the tax return": asked how it stands, never a wish. */
const DID_I_EVER =
  /^(?:did|have)\s+(?:i|we)\s+(?:already|ever)\s+(?:finish(?:ed)?|do|done|complete(?:d)?|sort(?:ed)?)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:yet|already|then))?$/i;
/**
 * "is there anything about the dentist", "was there one about the fence", "have I got a task for the MOT", "do I have
 * something about Grandma's birthday", "did I set a reminder for the flight": a search for the words after "about" or
 * "for".
 */
const ANY_ABOUT =
  /^(?:any\s+chance\s+)?(?:do\s+(?:i|we)\s+(?:already\s+)?have|have\s+(?:i|we)\s+(?:already\s+)?got|(?:did|have)\s+(?:i|we)\s+(?:already\s+|ever\s+)?(?:set(?:\s+up)?|add(?:ed)?|put(?:\s+in)?|ma[dk]e|created?)|(?:i|we)(?:'ve)?\s+(?:have|got)|got|(?:is|are|was|were)\s+there|any)\s+(?:a|an|any|some)?\s*(?:tasks?|todos?|to-dos?|items?|anything|something|stuff|things?|ones?|reminders?|notes?)(?:\s+(?:somewhere|anywhere))?\s+(?:about|for|on|regarding|re|mentioning|called|named|with)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i;
/**
 * "was the dentist done?", "is the gas bill paid", "is the car service still open", "have I booked the flights yet",
 * "what's the status of the passport renewal", "when is the tax return due": how one task stands is shown by finding
 * it. "Is the report done?" and "did I finish the slides?" stay questions the user is asked about (as the verb rules
 * below): said now, of completing, they are as often a wish to mark the task done.
 */
const STATE_OF_ONE = [
  /^(?:was|were)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:already\s+|actually\s+|ever\s+)?(?:done|finished|completed?|paid|sorted|booked|sent)(?:\s+(?:yet|already|or\s+not))?$/i,
  /^(?:is|are|has|have)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:been\s+)?(?:already\s+|still\s+|actually\s+)?(?:paid|sorted|booked|sent|open|pending|outstanding|overdue|late|scheduled|set\s+up|on\s+(?:my|the)\s+list)(?:\s+(?:yet|already|now|or\s+not))?$/i,
  /^(?:what(?:'s|s|\s+is)\s+the\s+)?(?:status|state)\s+(?:of|on)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "when is the flea treatment next due": the next date of a series is its due date.
  /^(?:when(?:'s|s|\s+is|\s+are)\s+)(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:next\s+)?(?:due|scheduled|happening)(?:\s+(?:again|next))?$/i,
  // "whats the deadline for the tax return", "which day is the dentist".
  /^(?:what(?:'s|s|\s+is)\s+the\s+(?:deadline|due\s+date|date)\s+(?:for|of|on)|(?:which|what)\s+day\s+is)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "is the report urgent?", "what's the priority on the budget", "what priority is the boiler thing": one task's level is
  // shown by finding it ("should the report be high priority?" asks for advice, and is asked back).
  /^(?:is|are|was)\s+(?:the|my|our)\s+(.+?)\s+(?:still\s+|really\s+|actually\s+)?(?:urgent|important|critical|high|low|medium|(?:high|low|medium|top|a)\s+(?:priority|prio)|p[1-4])(?:\s+(?:now|still|any\s*more|or\s+not))?$/i,
  /^(?:what(?:'s|s|\s+is)\s+the\s+(?:priority|prio|urgency)\s+(?:on|of|for)|how\s+(?:urgent|important)\s+(?:is|are)|(?:what|which)\s+(?:priority|prio|level)\s+(?:is|are|(?:did|have)\s+(?:i|we)\s+(?:give|given|put\s+on|set\s+(?:on|for))))\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "is the dentist on tuesday?", "is my haircut tomorrow": when one task is, asked with a day;
  // "is the report still on for monday": still happening, asked with a day.
  /^(?:is|are|was)\s+(?:the|my|our)\s+(.+?)(?:\s+still)?(?:\s+(?:on|happening|booked|planned))?\s+(?:(?:on|at|this|next|for)\s+\S+|today|tomorrow|tonight)(?:\s+or\s+\S+)?$/i,
  // "when am I seeing the dentist", "what was the thing about the bank".
  /^when\s+(?:am|are)\s+(?:i|we)\s+(?:seeing|meeting|visiting|going\s+to|doing)\s+(?:the\s+|my\s+|our\s+)(.+)$/i,
  /^what\s+(?:was|is)\s+(?:the|that)\s+(?:thing|task|one|todo)\s+(?:about|with|for|regarding)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+again)?$/i,
  // "find the task I wrote about the boiler", "which of my tasks is about the lease".
  /^(?:find|show|get|open)\s+(?:me\s+)?the\s+(?:task|todo|one|thing)\s+(?:i|we)\s+(?:wrote|made|added|created|put\s+down|noted)\s+(?:about|for|on)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  /^(?:which|what)\s+(?:of\s+(?:my|the)\s+)?(?:tasks?|todos?|ones?)\s+(?:is|are|was)\s+(?:about|for|regarding)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "what are the subtasks of the report": the task is shown with how many of its subtasks are done.
  /^(?:what|which)\s+(?:are|is)\s+(?:the\s+)?(?:subtasks?|sub-tasks?|steps)\s+(?:of|for|in|on|under)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "anything with bob in it", "anything w/ school trip in it": a search for the words.
  /^(?:(?:is\s+there\s+)?anything|any\s+(?:tasks?|todos?|items?|ones?)|(?:show|find)\s+(?:me\s+)?(?:anything|everything|tasks?))\s+(?:with|w\/|containing|mentioning)\s+["'“]?(.+?)["'”]?\s+in\s+(?:it|them|the\s+(?:title|name))$/i,
  // "any tasks that mention mom", "anything that says passport": a search for the words.
  /^(?:(?:are\s+there\s+)?any|anything|find|show(?:\s+me)?)\s+(?:(?:tasks?|todos?|items?|things?|ones?)\s+)?(?:that|which|with)\s+(?:mentions?|says?|contains?|includes?)\s+(?:the\s+words?\s+)?["'“]?(.+?)["'”]?(?:\s+in\s+(?:it|them))?$/i,
  // "what tags does the report have": the task is shown with its tags.
  /^(?:what|which)\s+(?:tags|labels)\s+(?:does|has)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:have|carry|got)$/i,
  // "any dentist task", "a dentist task".
  /^(?:any|a|an)\s+(.+?)\s+(?:task|todo)s?$/i,
  // "which task mentions the boiler", "what todo says dentist".
  /^(?:which|what)\s+(?:task|todo|one|item)s?\s+(?:mentions?|contains?|says?|has|talks?\s+about|is\s+about)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "when do I have the dentist", "what's happening with the kitchen quote", "any news on the visa".
  /^when\s+(?:do|did|will)\s+(?:i|we)\s+(?:have|see|go\s+to)\s+(?:the\s+|my\s+|our\s+)(.+)$/i,
  // "when do I need to renew my passport", "when do we have to pay the nursery", "when do I have to get the taxes done
  // by": the task is the errand asked about.
  /^when\s+(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to|have\s+to|got\s+to)?\s*\S+\s+(?:the|my|our)\s+(.+?)(?:\s+(?:done|finished|sorted|in|sent|paid|submitted|booked))?(?:\s+by)?$/i,
  /^(?:what(?:'s|s|\s+is)\s+(?:happening|going\s+on|up)\s+with|any\s+(?:news|update)s?\s+(?:on|about))\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "where are we with the tiles", "how are we getting on with the kitchen": how a job stands.
  /^(?:where\s+(?:are\s+we|am\s+i|are\s+things|is\s+it)(?:\s+up\s+to)?|how\s+(?:are|am)\s+(?:we|i)\s+(?:getting\s+on|doing|going))\s+with\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  // "where did the boiler task go", "where's the MOT one gone": a task the user cannot find.
  /^where(?:'s|s|\s+(?:did|has|have))\s+(?:the\s+|my\s+|our\s+|that\s+)?(.+?)(?:\s+(?:task|todo|one|thing))?\s+(?:go|gone|got\s+to|end(?:ed)?\s+up)$/i,
  // "the dentist - when is it?": the task said first, then asked about.
  /^(?:the\s+|my\s+|our\s+)?(.+?)\s*(?:[-–—,:]|\.\.\.)\s*(?:when|where)(?:'s|s|\s+is|\s+was)\s+(?:it|that)(?:\s+(?:due|again))?$/i,
  // "did I put anything in about the school play", "have I written anything down for the MOT".
  // "anything I put in about the loft?": the same said without "did".
  /^(?:anything|something)\s+(?:i|we)(?:'ve)?\s+(?:put|wrote|written|added|noted|jotted|saved)(?:\s+(?:in|down))?\s+(?:about|for|on|re|regarding)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
  /^(?:did|have)\s+(?:i|we)\s+(?:ever\s+|already\s+)?(?:put|write|written|add|added|note|noted|jot|jotted|save|saved)(?:\s+(?:down|in))?\s+(?:anything|something|a\s+task|a\s+todo)(?:\s+(?:in|down))?\s+(?:about|for|on|re|regarding)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i,
];

/**
 * "do I need to do anything for the swimming gala", "is there anything I have to do for Emma", "what was that thing I
 * had to do for sarah": what the thing asks of the user is found by its words (a project of the caller's named so is a
 * listing of it, read elsewhere).
 */
const NEEDED_FOR =
  /^(?:(?:do|will)\s+(?:i|we)\s+(?:need|have)\s+to\s+do\s+(?:anything|something)|what\s+(?:was|is)\s+(?:that|the)\s+(?:thing|task|one)\s+(?:i|we)\s+(?:had|have|needed|need|was\s+supposed|were\s+supposed)\s+to\s+do|what\s+did\s+(?:i|we)\s+(?:have|need)\s+to\s+do)\s+(?:for|about)\s+(?:the\s+|my\s+|our\s+)?(.+)$/i;

/** "do I still need to buy batteries", "do we still have to book the hall": whether the thing is still to do is found by its words. */
const STILL_TO_DO =
  /^(?:do|does)\s+(?:i|we)\s+still\s+(?:need|have)\s+to\s+(?!do\b)[a-z]+(?:\s+(?:up|off|out|in|back))?\s+(?:the\s+|my\s+|our\s+|some\s+|more\s+)?(.+)$/i;

/** Words of a question about many tasks or a time ("did I miss any deadlines", "when is everything due"), not one. */
export const ABOUT_MANY =
  /\b(?:any|anything|everything|something|all|tasks|todos|overdue|due|deadlines?|today|tomorrow|tonight|week|weekend|list|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+(?:morning|afternoon|evening)|arvo)\b/i;

/**
 * "show me tasks about the wedding", "anything wedding related", "health related tasks", "which task is about the
 * wedding", "what was the wedding task again", "is there a wedding task", "is the dentist on my list": what the tasks
 * are about is searched for.
 */
const SHOW_ABOUT =
  /^(?:(?:show|list|find|get|give)\s+(?:me\s+)?(?:all\s+)?(?:my\s+|the\s+)?(?:tasks?|todos?|items?|anything|everything|stuff)\s+(?:about|regarding|related\s+to|to\s+do\s+with|concerning|mentioning|containing)|(?:anything|something)\s+(?:on|about|abt|regarding|concerning|re:?)|(?:which|what)\s+(?:(?:task|todo|one)\s+(?:is|was)|(?:is|was)\s+the\s+(?:task|todo|one))\s+(?:about|for|with))\s+(?:the\s+|my\s+)?(.+)$|^(?:anything|something|stuff|tasks?)\s+(.+?)[\s-]related$|^(?:(?:show|list|find)\s+(?:me\s+)?)?(?:my\s+|the\s+|all\s+|any\s+)?([a-z]+(?:\s+[a-z]+)?)[\s-]related\s+(?:tasks|stuff|things|items|todos|ones)$|^what\s+(?:was|is)\s+(?:the|my|that)\s+(.+?)\s+(?:task|todo|one)(?:\s+again)?$|^(?:is\s+there|do\s+(?:i|we)\s+(?:already\s+)?have|have\s+(?:i|we)\s+(?:already\s+)?got)\s+(?:a|an|any)\s+(.+?)\s+(?:task|todo)s?$|^is\s+(?:the\s+|my\s+)?(.+?)\s+(?:already\s+)?(?:on|in)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list$/i;
/** "anything on sun?", "anything for next tues": a day, short as typed, is a listing of that day, never words to search for. */
const A_WEEKDAY = new RegExp(String.raw`^(?:this\s+|next\s+)?${WEEKDAY}$`, 'i');
/** Where to look, never what to look for: "… on my list", "… on here". */
const LOOKED_IN = /\s+(?:on|in)\s+(?:(?:my|the)\s+(?:todo\s+|to-do\s+)?list|here|there)$/i;
/** Words of a kind of task, not of its title: "a high priority task", "any overdue todos", "anything with the tag home". */
export const A_KIND =
  /\b(?:high|low|medium|urgent|important|priority|prio|overdue|late|done|completed|finished|pending|open|recurring|repeating|tagged|tags?|labell?ed|labels?)\b/i;

/** "check if I have a dentist task", "see if there is anything about the dentist": the question inside. */
const CHECK_IF = [
  [
    /^(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:check|see|find\s+out|look)\s+(?:if|whether)\s+(?:i|we)\s+(?:already\s+)?(?:have|got)\s+/i,
    'do I have ',
  ],
  [/^(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:check|see|find\s+out|look)\s+(?:if|whether)\s+there(?:'s|\s+is|\s+are)\s+/i, 'is there '],
] as const;

/** "… in Garden Club", "… in the work list", "did I add bread to groceries": where to look, when it is a project of the caller's. */
const IN_A_PROJECT = /^(.+?)\s+(?:in|to|on)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:project|list))?$/i;

/** "anything about compost in Garden Club": the words searched for within the project named after them. */
function searchFor(words: string, known: KnownNames): Interpretation {
  const [, query, place] = IN_A_PROJECT.exec(words) ?? [];
  const project = place ? knownProject(place, known) : undefined;
  return { kind: 'call', tool: 'search_tasks', args: query && project ? { query: clean(query), project } : { query: words } };
}

/**
 * "where did I leave my keys", "where have I put my glasses": a thing of the user's own, not said to be a task, is
 * looked for in the world.
 */
const BELONGING_LOOKED_FOR =
  /^where\s+(?:did|have)\s+(?:i|we)\s+(?:put|left|leave)\s+(?:my|our)\s+(?!.*\b(?:tasks?|todos?|ones?|things?|notes?|list|reminders?|stuff)\b)/i;

export function questionAboutOneTask(said: string, known: KnownNames = {}): Interpretation | undefined {
  if (BELONGING_LOOKED_FOR.test(said)) return { kind: 'help', reason: 'I only know about your tasks and projects.' };
  const text = CHECK_IF.reduce((sentence, [lead, plain]) => sentence.replace(lead, plain), said);
  const about = SHOW_ABOUT.exec(text);
  const topic = about?.slice(1).find(Boolean);
  if (topic && !A_KIND.test(topic) && !ABOUT_MANY.test(topic) && !namesOneDay(topic) && !A_WEEKDAY.test(topic.trim()))
    return searchFor(clean(topic.replace(LOOKED_IN, '')), known);
  for (const pattern of [
    DID_I_EVER,
    LOOKING_FOR,
    ...STATE_OF_ONE,
    WHEN_OR_WHERE,
    WHAT_ABOUT,
    FIELD_OF_ONE,
    ANY_ABOUT,
    NEEDED_FOR,
    STILL_TO_DO,
    DID_I,
  ]) {
    const words = pattern.exec(text)?.[1];
    if (!words || (pattern === NEEDED_FOR && knownProject(words, known))) continue;
    // "something with the word "birthday"": the word, without its quotes.
    const query = clean(words.replace(LOOKED_IN, ''))
      .replace(/^(?:task|todo)\s+(?=\S)|\s+(?:task|todo|stuff|things?|one)s?$/gi, '')
      .replace(/^(?:the\s+)?(?:words?|phrase)\s+(?=\S)/i, '')
      .replace(/^["“'‘](.+)["”'’]$/u, '$1');
    // "is 5 done": a number is no words to search for; "did I finish everything today" is about many tasks.
    // "what have I got on feb 14": a day asked about is a listing of that day, never words to search for. "where was
    // I", "where were we": the caller's place in the chat, no task.
    if (
      !query ||
      ABOUT_MANY.test(query) ||
      A_KIND.test(query) ||
      namesOneDay(words) ||
      /^(?:#?\d+|it|that|this|that one|this one|i|we|you)$/i.test(query)
    )
      return undefined;
    return searchFor(query, known);
  }
  return undefined;
}

/** "quick question: what's due?", "Q - anything tagged work": a label saying a question follows; the question is read. */
const QUESTION_LABEL = /^\s*(?:(?:a|one|another)\s+)?(?:(?:quick|small|silly|random|simple)\s+)?(?:question|q)\s*(?::|[-–—]\s)\s*(?=\S)/i;

export function withoutQuestionLabel(message: string): string {
  return message.replace(QUESTION_LABEL, '');
}
