// Everyday English as it is spoken at home outside the US (Britain, Ireland, Australia, New Zealand, India, South
// Africa, Singapore): words and idioms the rest of the rules know in other words ("give us a shout" is "remind me",
// "prepone" is "bring forward", "the diary" is the list, "chuck" and "get shot of" delete, "ta" thanks, "do the
// needful" and "lah" add nothing, "have I anything" asks, "shan't" and "whilst" are "won't" and "while"). Each is said
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
  // "have I anything due today?" (Irish, British): "do I have anything …".
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
  // "… lah", "… leh", "… lor": particles that close a sentence in Singapore English.
  [/[,\s]+(?:lah|leh|lor)(?=[?!.]*$)/i, ''],
  // "delete number 4 then": a "then" that closes a request adds nothing.
  [/(?<=\S)[,\s]+then[.!]*$/i, ''],
  // "give us a shout an hour before", "give me a bell at 5": asking to be reminded.
  [/\bgive\s+(?:us|me)\s+a\s+(?:shout|bell|buzz)\b/gi, 'remind me'],
  // "remind me a fortnight before the MOT": two weeks ahead.
  [/\b(?:a|one)\s+fortnight(?=\s+(?:before|beforehand|ahead|early|earlier|in\s+advance|prior)\b)/gi, '2 weeks'],
  // "prepone the meeting by a day" (Indian English): brought forward; "prepone it to tuesday": moved to that day.
  [/^prepone\s+(.+?)\s+by\s+/i, 'bring $1 forward by '],
  [/^prepone\s+/i, 'move '],
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
