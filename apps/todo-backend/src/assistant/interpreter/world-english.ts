// Everyday English as it is spoken at home outside the US (Britain, Ireland, Australia, New Zealand, India, South
// Africa, Singapore): words and idioms the rest of the rules know in other words ("give us a shout" is "remind me",
// "prepone" is "bring forward", "the diary" is the list, "chuck" and "get shot of" delete, "ta" thanks, "do the
// needful", "lah", "po" and "abeg" add nothing, "have I anything" asks, "shan't" and "whilst" are "won't" and "while",
// "every second Friday" is every other one, "the whole lot" is everything, "remarks" are the notes). Each is said
// once the way the rest of the rules read it, before the sentence is read; nothing here decides what is meant. Dates
// ("Monday week", "a fortnight today", "this arvo") are read where every date is (dates.ts).

type Rewrite = [pattern: RegExp, replacement: string];

/** A task named after a verb: "the …", "that one", "my …", a number. */
const TASK_NEXT = String.raw`(?=(?:the|that|this|my)\s|(?:task\s+|number\s+)?#?\d+\b)`;

const REWRITES: Rewrite[] = [
  // "kindly do the needful and delete task 4" (Indian English): what is needful is the request after it.
  [/^(?:kindly\s+)?do\s+the\s+needful\s*(?:,\s*|\s+and\s+|:\s*)(?=\S)/i, ''],
  // "shan't", "whilst": "won't", "while".
  [/\bshan'?t\b/gi, "won't"],
  [/\bwhilst\b/gi, 'while'],
  // "have I got owt on monday" (Northern English): anything.
  [/^(have|do)\s+(i|we)\s+(got\s+|have\s+)?owt\b/i, '$1 $2 $3anything'],
  // "have I anything due today?" (Irish, British): "do I have anything …".
  // "have I anything on this afternoon?": what is on then.
  [
    /^(?:have|do)\s+(i|we)\s+(?:have\s+|got\s+)?(?:anything|much)\s+on\s+(?=(?:today|tonight|tomorrow|this|next|the\s+weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i,
    'what do $1 have on ',
  ],
  [/^have\s+(i|we)\s+(?=(?:any|anything|much|something|nothing)\b)/i, 'do $1 have '],
  // "I've sorted the car insurance", "we've sorted out the spare room": done.
  [/^(?:i|we)(?:'ve|\s+have)\s+(?:(?:just|already|finally)\s+)?sorted\s+(?:out\s+)?(?=\S)/i, 'sorted '],
  // "no worries, delete number 4 then", "lovely, ta. now tick off the shopping": an acknowledgement before a request.
  [/^(?:no\s+worries|no\s+dramas|no\s+probs|lovely|brilliant|grand|sweet\s+as|right\s+then|ta)\s*[,!.]+\s*(?=\S)/i, ''],
  // "that's me done with the essay": done with it; "right, that's me done for today": the user is, no task is.
  [/^that'?s\s+(?:me|us)\s+(?:done|finished)\s+with\s+(?=\S)/i, 'done with '],
  [
    /^(?:right[,\s]+)?that'?s\s+(?:me|us)\s+(?:done|finished|off)(?:\s+for\s+(?:today|now|the\s+day|tonight))?[.!]*$/i,
    "that's all for now",
  ],
  // "ta", "ta very much", "cheers mate": thanks, and nothing else.
  [/^(?:ta(?:\s+(?:very\s+much|muchly|mate|love))?|cheers\s+(?:mate|love|for\s+that))[!.]*$/i, 'thanks'],
  // "help me add renew the parking" (Singapore, India): a request, not a plea for help.
  [
    /^(?:(?:can|could|pls|please)\s+(?:you\s+)?)?help\s+me\s+(?=(?:add|create|put|delete|remove|mark|tick|move|rename|set|change|remind)\b)/i,
    '',
  ],
  // "… lah", "… leh", "… lor", "…, can?": particles that close a sentence in Singapore English; "… po", the
  // Philippine courtesy (lower case only: "the PO" is a purchase order).
  [/[,\s]+(?:lah|leh|lor)(?=[?!.]*$)|,\s*can(?:\s+or\s+not)?(?=[?!.]*$)/i, ''],
  [/[,\s]+po(?=[?!.]*$)/, ''],
  // "ok la, delete …", "abeg show me …", "howzit, add …": a word before a request that asks nothing of a task.
  [/^(?:ok(?:ay)?\s+lah?|aiyo|alamak|abeg|howzit|hiya|oya)\s*[,!.]*\s+(?=\S)/i, ''],
  // "clear off the whole lot", "tick off the lot" (British): everything, confirmed with the count as any bulk change.
  [/^(clear|delete|remove|wipe|erase|empty|trash|scrap|bin)(?:\s+(?:off|out))?\s+the\s+(?:whole\s+)?lot\b/i, '$1 everything'],
  [/^(tick|check|cross)\s+off\s+the\s+(?:whole\s+)?lot\b/i, '$1 off everything'],
  // "what all is due this week" (Indian English): "what".
  [/^what\s+all\b/i, 'what'],
  // "the ones that have passed their date": overdue.
  [/\b(?:that|which)\s+(?:have|has)\s+passed\s+(?:their|its|the)\s+(?:due\s+)?dates?\b/i, 'that are overdue'],
  // "aircon servicing finish already" (Singapore English): done.
  [
    /^(?!(?:what|which|who|when|where|why|how|is|are|was|were|do|did|does|have|has|had|should|could|would|can|i|we|you|it|that|this)\b)(?!.*\b(?:i|we|you|should|have|has|had)\b)((?:the\s+|my\s+)?\S+(?:\s+\S+){0,3}?)\s+(?:finish(?:ed)?|done|settled?)\s+already[.!]*$/i,
    'done with $1',
  ],
  // "every second Friday", "every alternate Saturday" (British, Australian, Indian): every other one; "the second
  // Friday of the month" stays that.
  [
    /\bevery\s+(?:second|alternate)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day|day|week|month|year|weekend)\b(?!\s+(?:of|in)\b)/gi,
    'every other $1',
  ],
  // "add in the remarks of task 6: …" (Indian English): the notes.
  [/\b(?:add|put|write)\s+in\s+the\s+remarks?\s+(?=of|for|on)/i, 'put in the notes '],
  [/\bremarks?\s+(?=(?:of|for|on)\s)/i, 'notes '],
  // "delete number 4 then": a "then" that closes a request adds nothing ("… away till then" says until when).
  [/(?<=\S)(?<!\b(?:until|till|til|since|by|before|from|after|back))[,\s]+then[.!]*$/i, ''],
  // "give us a shout an hour before", "give me a bell at 5": asking to be reminded.
  [/\bgive\s+(?:us|me)\s+a\s+(?:shout|bell|buzz|tinkle|ring)\b/gi, 'remind me'],
  // "every Friday arvo" (Australian): the afternoon of the rule's day (dates.ts reads "arvo" in a date).
  [/\b(every\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun))\s+arvo\b/gi, '$1 afternoon'],
  // "I'm after the overdue ones" (Irish, British): asking for them.
  [/^i'?m\s+after\s+(?=(?:the|my|a|all)\b)/i, 'show me '],
  // "…, no stress" (Australian, South African): no rush.
  [/[,\s]+no\s+stress(?=[.!]*$)/i, ', no rush'],
  [/^(.+?)\s+can\s+wait\s*,\s*no\s+(?:rush|hurry)[.!]*$/i, '$1 is no rush'],
  // "tomorrow itself", "Monday morning itself" (Indian English): that very day.
  [
    /\b(today|tomorrow|tonight|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(\s+(?:morning|afternoon|evening|night))?\s+itself\b/gi,
    '$1$2',
  ],
  // "remind me a fortnight before the MOT": two weeks ahead.
  [/\b(?:a|one)\s+fortnight(?=\s+(?:before|beforehand|ahead|early|earlier|in\s+advance|prior)\b)/gi, '2 weeks'],
  // "prepone the meeting by a day" (Indian English): brought forward; "prepone it to tuesday": moved to that day.
  [/^prepone\s+(.+?)\s+by\s+/i, 'bring $1 forward by '],
  [/^prepone\s+/i, 'move '],
  // "the ppt has been preponed to wednesday": brought forward to it.
  [/\b(?:been|was|got|is|are)\s+preponed\b/i, 'been brought forward'],
  // "chuck milk on the list", "bung the MOT in the diary": put there, never deleted.
  [/^(?:chuck|bung|throw)\s+(?=.+\s+(?:on|onto|in|into)\s+(?:the|my)\s+(?:\S+\s+)?(?:list|diary)\b)/i, 'put '],
  // "put the dentist back a fortnight", "put the MOT forward a day": moved by that much (without an amount, "put it
  // back" takes the last change back).
  [/^put\s+(.+?)\s+back\s+(?=(?:by\s+)?(?:an?|one|two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few)\s)/i, 'push $1 back '],
  [/^put\s+(.+?)\s+forward\s+(?=(?:by\s+)?(?:an?|one|two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few)\s)/i, 'bring $1 forward '],
  // "chuck that one", "chuck out the old gym task", "get shot of 7": deleted.
  [new RegExp(String.raw`^(?:chuck|bung)\s+(?:out\s+|away\s+)?${TASK_NEXT}`, 'i'), 'delete '],
  [/^get\s+shot\s+of\s+/i, 'get rid of '],
  // "scrub the dentist off the list": struck off it.
  [/^scrub\s+(?=.+\s+off\s+(?:of\s+)?(?:my|the)\s+(?:todo\s+|to-do\s+)?(?:list|diary)\b)/i, 'strike '],
  // "pop the MOT in the diary for monday": put in the diary, added.
  [/^(?:pop|stick|put|pencil|write|jot)\s+(.+?)\s+(?:in|into)\s+(?:the|my)\s+diary\b/i, 'add $1'],
  // "stick the MOT on the list for monday week": added, due then.
  [
    /^(?:pop|stick|put|jot|write)\s+(.+?)\s+(?:on|onto)\s+(?:the|my)\s+(?:to-?do\s+)?list\s+(?=(?:for|on|by|at|this|next|tomorrow|today|tonight)\b)/i,
    'add $1 ',
  ],
  // "clear the whole diary", "what's in the diary for today": the diary is the list.
  [/\b(the|my)\s+(whole\s+|entire\s+)?diary\b/gi, '$1 $2list'],
];

/** Politeness before a request ("please chuck that one", "can you prepone …"): set aside while the request is rewritten. */
const POLITE_BEFORE = /^(?:(?:please|pls|plz|kindly|(?:can|could|would)\s+you(?:\s+please)?)[,\s]+)+(?=\S)/i;

/** The message with the idioms above said the way the rest of the rules read them. */
export function inWorldEnglish(message: string): string {
  const polite = POLITE_BEFORE.exec(message)?.[0] ?? '';
  let text = message.slice(polite.length);
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  return `${polite}${text}`;
}
