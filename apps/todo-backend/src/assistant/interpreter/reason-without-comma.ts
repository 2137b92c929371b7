// "delete the dentist thing i already went", "stop the laundry one repeating its annoying", "push the gym to tmrw bc
// im dead", "bump it up to high they're keen": typed without the comma a keyboard would put before why. The request
// comes first and names its task, so the clause after it is only the reason: marked off with the comma that the
// readers of reasons look for.

/** Requests to change a task that exists: never "add …", whose words may all be the title. */
const CHANGE_FIRST =
  /^(?:(?:please|pls|plz)\s+)?(?:delete|del|remove|bin|scrap|ditch|trash|nuke|drop|cancel|get\s+rid\s+of|stop|mark|tick|untick|uncheck|check|cross|move|push|bump|postpone|put\s+off|make|set|rename|change|tag|untag|reopen|done\s+w(?:ith|\/)?)\s/i;
/**
 * What a reason starts with: "bc", "its …", or a clause said of the speaker that reports something done or not
 * ("i already went", "we dont need it"). "the one i just added" says which task, and is no reason.
 */
const REASON_START = String.raw`(?:im|i'm|its|it's|it\s+(?:is|was|got|has)|we're|they're|bc|b\/c|cuz|cos|coz|because|since|cause|(?:i|we|they)(?!\s+(?:just\s+|only\s+|last\s+)?(?:added|made|created|put|wrote|typed|entered|did\s+add|set\s+up)\b)(?=\s+[^,;.]*\b(?:already|dont|don't|do\s+not|cant|can't|didnt|didn't|never|it|done|finished|went|sorted)\b))`;
/** "the dentist thing i already went": the task said as "the … thing/one", then a clause about it. */
const AFTER_TASK_WORD = new RegExp(
  String.raw`^(.*?\b(?:the|my|that|this)\s+(?:[\p{L}\p{N}'-]+\s+){0,4}?(?:thing|one|task|stuff))\s+(?=${REASON_START}\s+\S)`,
  'iu',
);
/**
 * "bump it up to high they're keen to get going", "delete it i already went": the new level, or the request of "it"
 * whole, then a clause about it.
 */
const AFTER_LEVEL_OR_IT = new RegExp(
  String.raw`^(.*?\b(?:high|low|medium|urgent|top\s+priority|asap|p[1-4])(?:\s+priority)?|\S+\s+(?:it|that|this))\s+(?=${REASON_START}\s+\S)`,
  'iu',
);
/**
 * "stop the laundry one repeating its annoying": a reason said last, after a request that is whole before it, goes.
 * "its" before a field is the task's ("clear its date").
 */
const REASON_LAST =
  /^(.*?\S)(?<!\b(?:when|if|until|till|til|before|after|that|so|as|where|once|unless|and|or|but|to|for|because|since))\s+((?:(?:its|it's)(?!\s+(?:date|due|title|name|tags?|labels?|priority|notes?|description|reminders?|time|deadline|repeat|project|own)\b)|bc|b\/c|cuz|cos|coz|because|since)\s+(?:[\p{L}'-]+\s*){1,5})$/iu;

/** The request with the reason after it marked off or left out, when the request changes a task. */
/** ", no point ringing on a bank holiday", ", no need to rush": why, after the request, said as no point in the other. */
const NO_POINT_AFTER = /\s*[,;]\s*(?:there'?s\s+)?(?:no\s+point|no\s+need|not\s+worth|pointless)\b[^,;]*$/i;

export function reasonMarkedOff(message: string): string {
  if (CHANGE_FIRST.test(message) && NO_POINT_AFTER.test(message)) return reasonMarkedOff(message.replace(NO_POINT_AFTER, ''));
  // "the quote for the baxters, bump it up to high, they're keen": a reason after the request of a task said first.
  const topicReason = new RegExp(String.raw`^([^,;:]+[,;:]\s*[^,;:]+?)\s*[,;]\s*${REASON_START}\s+[^,;:]+$`, 'iu').exec(message);
  const request = topicReason?.[1]?.replace(/^[^,;:]+[,;:]\s*/, '');
  if (topicReason?.[1] && request && CHANGE_FIRST.test(request)) return topicReason[1];
  // "the dentist thing, delete it i already went": the same of the request after a task said first.
  const topic = /^([^,;:]+[,;:]\s*)([^,;:]+)$/.exec(message);
  if (topic?.[1] && topic[2] && CHANGE_FIRST.test(topic[2])) {
    const marked = reasonMarkedOff(topic[2]);
    return marked === topic[2] ? message : reasonMarkedOff(`${topic[1]}${marked}`);
  }
  if (!CHANGE_FIRST.test(message) || /[,;:]/.test(message)) return message;
  const afterTask = message.replace(AFTER_TASK_WORD, '$1, ');
  if (afterTask !== message) return afterTask;
  const afterLevel = message.replace(AFTER_LEVEL_OR_IT, '$1, ');
  return afterLevel !== message ? afterLevel : message.replace(REASON_LAST, '$1');
}
