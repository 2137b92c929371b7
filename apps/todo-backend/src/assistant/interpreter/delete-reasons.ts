import { FIELD_OF_A_TASK } from './delete-verbs.ts';
import { someoneNotDoing } from './someone-not-doing.ts';

// A deletion said after why: "the party got cancelled, delete it", "gym got cancelled, remove the task", "I'm not going
// to the party anymore, delete it". The task is the one the reason is about: the subject of "got cancelled", or what
// the user no longer goes to, does or needs. A reason that names no task that way is not guessed at.

/** "delete it", "can you get rid of that task", "you can remove this one": a deletion of the task just named. */
const DELETE_THAT =
  /(?:\s*[,;.?]\s*|\s+[-–—]\s+|\s+(?:so|and)\s+)(?:so\s+|just\s+|please\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+|you\s+can\s+)?(?:please\s+)?(?:delete|remove|drop|scrap|bin|trash|ditch|get\s+rid\s+of|take\s+off)(?:\s+(?:it|that|this|the|that\s+one|this\s+one)(?:\s+(?:task|todo|one|item))?)?(?:\s+(?:please|pls|for\s+me|then|too))?$/i;
/** "the party got cancelled", "gym's off", "the dinner is not happening": the subject is the task. */
const CALLED_OFF =
  /^(.+?)(?:\s+(?:isn'?t|aren'?t|is\s+not|are\s+not)(?=\s+happening)|'s|\s+(?:got|was|were|is|are|has\s+been|have\s+been|'s\s+been))\s+(?:now\s+|just\s+|been\s+)?(?:cancell?ed|called\s+off|scrapped|dropped|off|not\s+happening|no\s+longer\s+(?:needed|happening|a\s+thing)|sorted\s+elsewhere|(?:being\s+)?(?:done|handled|sorted|covered|taken\s+care\s+of|dealt\s+with)\s+by\s+(?:someone|somebody)\s+else|happening)\b/i;
/**
 * "I'm not going to the party anymore", "we won't do the garden", "I no longer need the gym pass", "not gonna do the
 * garden", "I decided not to do the garden".
 */
const NOT_DOING =
  /^(?:(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+)?(?:not|no\s+longer|won'?t\s+be|will\s+not\s+be|don'?t|do\s+not|won'?t|will\s+not|(?:'ve\s+|have\s+)?decided\s+not\s+to)\s+(?:(?:gonna|going\s+to)\s+(?:do|attend|go\s+to|bother\s+with)|going\s+to|going|attending|doing|need(?:ing)?\s+to\s+(?:go\s+to|attend|do)|need(?:ing)?|want(?:ing)?|do|go\s+to|attend|[a-z]{3,}ing)\s+(.+?)(?:\s+(?:any\s*more|after\s+all))?$/i;
/**
 * A deletion of a task named as one ("the cake task") in a clause after a reason that says it is off, someone else's or
 * not needed; a first clause with a request of its own ("add …, delete the old task") is two requests, asked about.
 */
const NAMED_AFTER_REASON =
  /^(?![^,;.?]*\b(?:add|create|new|list|show|move|reschedule|rename|tag|mark|finish(?:ed)?|complete(?:d)?|done|every|remind|set|change|put|tick(?:ed)?)\b)(?=[^,;.?]*(?:\b(?:instead|someone|somebody|else|cancell?ed|called\s+off|off|no\s+longer|not|any\s*more|changed|plans?|decided|sorted|handled|happening)\b|n't\b))[^,;.?]+?(?:\s*[,;.?]\s*|\s+[-–—]\s+|\s+(?:so|and)\s+)(?:so\s+|just\s+|please\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+|you\s+can\s+)?(?:please\s+)?(?:delete|remove|drop|scrap|bin|trash|ditch|get\s+rid\s+of)\s+((?:the|my)\s+[^,;.?]+?\s+(?:task|todo|one))(?:\s+(?:please|pls|for\s+me|then|too))?$/i;
/**
 * "job cancelled, scrap the Henderson visit", "client pulled the project, delete the Brightside logo task": news that
 * work was called off, then a deletion that names its task. News with a doubt or a "not" in it deletes nothing.
 */
const NAMED_AFTER_CALLED_OFF =
  /^(?![^,;.?]*\b(?:if|unless|maybe|might|may|not|no|perhaps|probably|think)\b|[^,;.?]*n't\b)[^,;.?]*\b(?:cancell?ed|called\s+off|pulled|scrapped|axed|fell\s+through|(?:is|are|'s)\s+off)\b[^,;.?]*(?:\s*[,;.]\s*|\s+[-–—]\s+|\s+so\s+)(?:so\s+|just\s+)?(?:delete|remove|drop|scrap|bin|trash|ditch|get\s+rid\s+of)\s+((?:the|my)\s+[^,;.?]+?)$/i;
/** "dinner party cancelled", "the dinner party: called off", "no more dinner party": said without a verb. */
const BARE_CALLED_OFF = /^(.+?)(?:\s*:)?\s+(?:cancell?ed|called\s+off|scrapped)$|^no\s+more\s+(.+)$/i;
/**
 * "I don't have to pick up the cake anymore", "someone else is getting the cake", "my sister is picking up the cake
 * instead", "changed my mind about the cake", "we decided against the cake": the task is what no longer needs doing.
 */
const NOT_FOR_ME =
  /^(?:(?:i|we)\s+(?:don'?t|do\s+not|no\s+longer)\s+(?:have|need)\s+to\s+[a-z]+(?:\s+(?:up|out|off|in|back|away))?|(?:someone|somebody)\s+else\s+(?:is|'s|will\s+be|will)\s+[a-z]+(?:\s+(?:up|out|in|over))?|(?:my|our)\s+[a-z]+\s+(?:is|'s|will\s+be|will)\s+[a-z]+(?:\s+(?:up|out|in|over))?|(?:(?:i|we)\s+)?(?:changed\s+(?:my|our)\s+minds?|decided\s+against|went\s+off)(?:\s+(?:about|on))?)\s+((?:the|my|our|a|an)\s+.+?)(?:\s+(?:instead|any\s*more|after\s+all))?$/i;
/** "I cancelled the dentist", "we called off the party": what was called off is the task. */
const I_CALLED_OFF = /^(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:cancell?ed|called\s+off|scrapped|dropped)\s+(.+)$/i;
/** "that was a mistake", "oops wrong one", "I added that by accident": the task just added, said to be wrong. */
const MISTAKE =
  /^(?:oops[,!\s]*)?(?:(?:that|it)(?:'s|\s+was|\s+is)\s+(?:a\s+)?(?:mistake|wrong|an?\s+accident|a\s+duplicate|a\s+typo)|wrong\s+one|my\s+(?:bad|mistake)|i\s+(?:added|made|created|put\s+in)\s+(?:that|it|this)\s+(?:by\s+(?:mistake|accident)|twice))$/i;
/** Fillers before the reason: "so", "ok so", "turns out", "apparently", "sadly". */
const LEAD = /^(?:(?:so|ok|okay|well|sadly|unfortunately|apparently|turns\s+out|update)[,:\s]+)+/i;

/** The words naming the task the reason is about when a deletion of "it" follows it, or undefined. */
/**
 * "delete the insurance task, it is sorted", "bin 12 - we're not doing it", "remove the gym one since I quit": the
 * request first, then why. Read before any rule that takes "it is sorted" for a report of work done.
 */
const DELETE_THEN_WHY =
  /^(?:delete|remove|bin|scrap|trash|drop|ditch|get\s+rid\s+of|cancel|nuke|erase)\s+(?!(?:the\s+|its\s+|all\s+)?(?:tags?|labels?|reminders?|due\s+dates?|deadlines?|notes?|description|priority|repeat|recurrence)\b)((?:the|my|that|this)\s+[^,;]+?|(?:task\s+|number\s+|#)?\d+|it|that(?:\s+one)?)(?:\s+(?:please|pls|plz))?(?:\s*[,;]\s*|\s+[-–—]\s+|\s+(?=(?:since|because|as|cause|'cause|cos)\s))(?:(?:since|because|as|cause|'cause|cos)\s+.+|(?:it|that|this|we|i|they|the\s+\S+)(?:'s|'re|'m|\s).+)$/i;

export function taskDeletedForReason(text: string): string | undefined {
  const whyAfter = DELETE_THEN_WHY.exec(text);
  // "remove the #waiting tag from the report, I heard back": a field of the task is taken off, never the task.
  if (whyAfter?.[1] && FIELD_OF_A_TASK.test(whyAfter[1])) return undefined;
  if (whyAfter?.[1] && !/\b(?:and|then)\s+(?:add|create|mark|move|rename|tag|set|change)\b/i.test(text)) return whyAfter[1];
  // "my sister is getting the cake instead, so delete the cake task": the request names its task; the reason is why.
  const named = NAMED_AFTER_REASON.exec(text);
  if (named?.[1]) return named[1];
  const calledOff = NAMED_AFTER_CALLED_OFF.exec(text)?.[1];
  if (calledOff && !/^(?:the|my)\s+(?:one|task|todo|item|thing)$/i.test(calledOff)) return calledOff;
  const deletion = DELETE_THAT.exec(text);
  if (!deletion) return undefined;
  const reason = text
    .slice(0, deletion.index)
    .replace(LEAD, '')
    // "… because half the people are sick": why it was called off says nothing of which task.
    .replace(/\s+(?:because|since|as)\s+.*$/i, '')
    // "the flat is sold so i dont need the gas cert anymore": what follows "so" is what is not needed.
    .replace(/^.*\s+so\s+(?=\S)/i, '')
    .trim();
  if (MISTAKE.test(reason) || IT_NOT_NEEDED.test(reason) || IT_NOT_NEEDED_AFTER.test(reason)) return 'it';
  const bare = BARE_CALLED_OFF.exec(reason);
  return (
    (CALLED_OFF.exec(reason) ?? I_CALLED_OFF.exec(reason) ?? NOT_DOING.exec(reason) ?? NOT_FOR_ME.exec(reason))?.[1]?.trim() ||
    someoneNotDoing(reason) ||
    (bare?.[1] ?? bare?.[2])?.trim() ||
    undefined
  );
}

/**
 * "I don't need the dentist task anymore", "no need for the gym task any more", "I no longer need number 12", "I don't
 * need the one about the dentist": a task named as such, not needed ("I don't need the reminder on the gym task" is not
 * the task).
 */
const TASK_NOT_NEEDED =
  /^(?:(?:(?:i|we)\s+)?(?:don'?t|dont|do\s+not|no\s+longer|won'?t|will\s+not)\s+(?:need|want)|no\s+need\s+for)\s+(?!(?:the|a|any|my|its)\s+(?:reminders?|alerts?|due\s+dates?|dates?|deadlines?|tags?|labels?|notes?|description|priority|repeat)\b)((?:the|that|this|my)\s+.+?\s+(?:task|todo|one|thing)|(?:the\s+)?one\s+(?:about|for|with)\s+.+?|(?:task\s+|number\s+|#)?\d+)(?:\s+(?:any\s*more|after\s+all))?$/i;
/** "the gym task is no longer needed", "that one isn't needed any more". */
const TASK_NOT_NEEDED_AFTER =
  /^((?:the|that|this|my)\s+(?:.+?\s+)?(?:task|todo|one)|task\s+#?\d+|#\d+)\s+(?:is\s+(?:now\s+)?(?=obsolete|redundant|pointless|unnecessary|irrelevant|moot)|is\s+no\s+longer|is\s+not|isn'?t)\s*(?:needed|necessary|relevant|obsolete|redundant|pointless|unnecessary|irrelevant|moot)(?:\s+(?:any\s*more|now))?$/i;
/**
 * "the dentist task isn't happening", "task 4 got cancelled": news of a task named as one is a deletion of it (the
 * same news of bare words, "gym got cancelled", is asked about).
 */
const TASK_CALLED_OFF =
  /^((?:the|that|this|my)\s+(?:.+?\s+)?(?:task|todo|one)|task\s+#?\d+|#\d+)\s+(?:isn'?t|is\s+not|aren'?t|won'?t\s+be)\s+happening(?:\s+(?:any\s*more|after\s+all))?$|^((?:the|that|this|my)\s+(?:.+?\s+)?(?:task|todo|one)|task\s+#?\d+|#\d+)(?:\s+(?:got|was|is|has\s+been)|'s)\s+(?:been\s+)?(?:cancell?ed|called\s+off|scrapped)$/i;
/** "the gym task can be deleted", "task 4 can be binned now": a task said to be fit for deleting. */
const TASK_CAN_GO =
  /^((?:the|that|this|my)\s+.+?|(?:task\s+)?#?\d+|it|that|this)\s+(?:can|could|should|may|needs\s+to|has\s+to)\s+be\s+(?:deleted|removed|binned|trashed|scrapped|dropped|got\s+rid\s+of|taken\s+off(?:\s+(?:my|the)\s+list)?)(?:\s+now)?$/i;
/** "gym task: delete", "the dentist one - remove it", "gym: get rid of it", "gym - remove from list": label first. */
const TASK_THEN_DELETE =
  /^(?!(?:add|new|create|todo|to-do|task|done|note)\b)([^:–—-]+?)\s*(?::|\s[–—-])\s*(?:delete|remove|bin|trash|scrap|drop|get\s+rid\s+of(?=\s+(?:it|that|this)))(?:\s+(?:it|that|this)(?:\s+(?:task|one))?)?(?:\s+(?:from|off)\s+(?:(?:my|the)\s+)?(?:todo\s+|to-do\s+)?list)?$/i;
/** "I want the dentist task gone", "we want task 4 deleted". */
const WANT_GONE =
  /^(?:i|we)(?:\s+(?:want|need|would\s+like)|'d\s+like)\s+((?:the|that|this|my)\s+.+?|(?:task\s+)?#?\d+|it|that|this(?:\s+one)?)\s+(?:gone|deleted|removed|binned|off\s+(?:my|the)\s+list)$/i;
/** "throw it away", "chuck the old receipts task out": thrown away, with the particle after the task. */
const THROWN_AWAY = /^(?:throw|chuck|toss)\s+(it|that|this(?:\s+one)?|(?:the|my)\s+.+?)\s+(?:away|out)$/i;
/**
 * "never mind the gym task", "nvm task 4": a task named as one, dropped. Said of bare words ("never mind the report",
 * "nvm about the gym") it may as well take back what was just said: asked (neverMindAsked), never deleted.
 */
const NEVER_MIND = /^(?:never\s*mind|nvm)\s+(?:about\s+)?((?:the|my|that|this)\s+.+?\s+(?:task|todo|to-do|item)|(?:task\s+)?#?\d+)$/i;

/** "I don't want it anymore", "we no longer need that one": the task the conversation is about. */
const IT_NOT_NEEDED =
  /^(?:(?:i|we)\s+)?(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:want|need)\s+(it|that|this)(?:\s+one)?(?:\s+(?:any\s*more|after\s+all))?$/i;
/** "it's not needed anymore", "that one is no longer relevant". */
const IT_NOT_NEEDED_AFTER =
  /^(it|that|this)(?:\s+one)?(?:'?s|\s+is)\s+(?:not|no\s+longer)\s+(?:needed|necessary|relevant)(?:\s+any\s*more)?$/i;

/**
 * A task named by its words alone ("nvm car service", "car service can be removed"): never a person, a pronoun, a
 * question word, a filler or a part of a task ("a reminder for the dentist"), so "nvm then" names no task. Said as
 * news alone ("gym is cancelled", "I don't need milk anymore") it is asked about: only a request deletes.
 */
const BARE_TASK = String.raw`(?!(?:i|i'm|we|you|they|he|she|it|its|it's|that|this|there|here|what|which|who|why|how|is|are|do|does|did|don'?t|not|no|to|then|lol|haha|ok|okay|thanks|thx|sorry|all|everything|anything|me|just|again|please|pls)\b)(?!(?:(?:a|an|the|any|my|its|that)\s+)?(?:reminders?|alerts?|notifications?|due\s+dates?|dates?|deadlines?|tags?|labels?|priority|notes?|description|repeat|recurrence)\b)[a-z0-9][^,;.?!:]*?`;
/** "nvm car service", "never mind about the yoga class", "never mind the report": words that may name a task. */
const BARE_NEVER_MIND = new RegExp(String.raw`^(?:never\s*mind|nvm)\s+(?:about\s+)?((?:the|my)\s+.+|${BARE_TASK})$`, 'i');

/**
 * Deleting is done only when asked plainly: "never mind <words>" that do not name a task as one is a question back,
 * with the words it would delete by.
 */
export function neverMindAsked(text: string): string | undefined {
  if (NEVER_MIND.test(text)) return undefined;
  const words = BARE_NEVER_MIND.exec(text)?.[1]?.replace(/^(?:the|my)\s+/i, '');
  return words ? `Delete the ${words} task? Say "delete ${words}" and I will.` : undefined;
}
/** "car service can be removed", "gym can go now": a task said first, fit for deleting. */
const BARE_CAN_GO = new RegExp(
  String.raw`^(${BARE_TASK})\s+(?:can|could|should|may|needs\s+to|has\s+to)\s+be\s+(?:deleted|removed|binned|trashed|scrapped|dropped)(?:\s+now)?$`,
  'i',
);

/** "I'd like renew passport deleted", "we want gym removed": a task named by its words alone, wanted gone. */
const BARE_WANT_GONE = new RegExp(
  String.raw`^(?:i|we)(?:\s+(?:want|need|would\s+like)|'d\s+like)\s+(${BARE_TASK})\s+(?:gone|deleted|removed|binned)$`,
  'i',
);
/** "undo adding the passport task": taking back that it was added deletes it (never reopens it). */
const UNDO_ADDING = /^(?:undo|take\s+back|reverse)\s+(?:adding|creating|making)\s+(.+)$/i;
/** "drop the tomatoes from my list": dropped off the list is deleted (a priority is dropped "to low", never "from"). */
const DROPPED_FROM_LIST = new RegExp(
  String.raw`^(?:drop|strike)\s+(${BARE_TASK})\s+(?:from|off)\s+(?:of\s+)?(?:my|the)\s+(?:todo\s+|to-do\s+|task\s+)?list$`,
  'i',
);

export function taskNotNeeded(text: string): string | undefined {
  return (
    (TASK_NOT_NEEDED.exec(text) ??
      DROPPED_FROM_LIST.exec(text) ??
      BARE_WANT_GONE.exec(text) ??
      UNDO_ADDING.exec(text) ??
      BARE_CAN_GO.exec(text) ??
      TASK_NOT_NEEDED_AFTER.exec(text) ??
      IT_NOT_NEEDED.exec(text) ??
      IT_NOT_NEEDED_AFTER.exec(text) ??
      TASK_CAN_GO.exec(text) ??
      TASK_THEN_DELETE.exec(text) ??
      NEVER_MIND.exec(text) ??
      WANT_GONE.exec(text) ??
      THROWN_AWAY.exec(text))?.[1] ?? calledOff(text)
  );
}

function calledOff(text: string): string | undefined {
  const said = TASK_CALLED_OFF.exec(text);
  return said?.[1] ?? said?.[2];
}
