// Renames said without "rename X to Y": the task is named by a noun phrase that ends in "task"/"one", a number or "it",
// and the new title follows it ("rename the haircut task haircut with Jo", "retitle 6 pay electric"); or the sentence
// names the title itself ("the title of the gas task is wrong, make it read …", "task 12's title should be …").

/** "the haircut task", "the vet one", "6", "task 6", "it": a reference that ends where the new title starts. */
const BOUNDED_REF = String.raw`(?:(?:the|my)\s+[^,:]+?\s+(?:task|todo|one)|(?:task\s+|todo\s+|#)?\d+|(?:it|that|this)(?:\s+one)?)`;

/** "rename the haircut task haircut with Jo", "retitle 6 pay electric", "rename it: Call Dr Okafor". */
const RENAME_WITHOUT_TO = new RegExp(String.raw`^(?:rename|retitle|edit)\s+(${BOUNDED_REF})\s*(?::|\s)\s*(?:in\s+)?(.+)$`, 'i');

const NEW_TITLE_SAID = String.raw`(?:(?:it\s+|that\s+)?should\s+(?:be|say|read)|(?:please\s+)?(?:make|change|set)\s+it(?:\s+(?:to|into))?|change\s+(?:it\s+)?(?:to|in|into)|is\s+now|to)`;

/** "the title of the gas task is wrong, make it read …", "tidy up the title of 3 - it should read …". */
const TITLE_OF = new RegExp(
  String.raw`^(?:make\s+|change\s+|fix\s+|(?:tidy|clean|sort)\s+up\s+|sort\s+out\s+)?(?:the\s+)?(?:title|name)\s+(?:of|for|on)\s+(.+?)(?:\s+is\s+(?:wrong|off|not\s+right))?\s*(?:[,:]|\s[-–—])?\s+${NEW_TITLE_SAID}\s*:?\s+(.+)$`,
  'i',
);
/** "this task 12 title should be order pizza", "make the task 8 title "Call the electrician"". */
const REF_TITLE = new RegExp(
  String.raw`^(?:make\s+|this\s+)?(${BOUNDED_REF}|the\s+task\s+\d+)(?:'s)?\s+(?:title|name)\s+(?:${NEW_TITLE_SAID}\s*:?\s+)?(.+)$`,
  'i',
);

/** "Mark wants the lawn task called …", "I'd like the vet one named …", "my wife prefers it titled …": a wished title. */
const WANTED_TITLE =
  /^(?:i|we|he|she|they|[\p{L}'-]+|(?:my|our|the)\s+[\p{L}'-]+)\s+(?:wants?|would\s+like|'d\s+like|prefers?)\s+((?:the|my|that|this)\s+[^,:]+?|it|that|this|#?\d+|task\s+\d+)\s+(?:to\s+be\s+)?(?:called|named|titled|renamed(?:\s+to)?)\s*:?\s+(.+)$/iu;

/** A task named first, then its rename: "the plumber task rename to call Bob", "12 - rename to …", "for task 5 please new title: …". */
const REF_FIRST = String.raw`(?:the\s+task\s+[^,:]+?|(?:the\s+|my\s+)?[^,:]+?\s+task|(?:task\s+|#)?\d+)`;
const RENAME_AFTER_REF = [
  new RegExp(
    String.raw`^(?:for\s+)?(${REF_FIRST})\s*(?:[,:]|\s[-–—])?\s+(?:please\s+)?(?:rename|retitle)\s+(?:it\s+)?(?:to|in|into|as)\s*:?\s+(.+)$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:for\s+)?(${REF_FIRST})\s*[,:]?\s+(?:please\s+)?(?:the\s+)?new\s+(?:title|name)\s*(?:is|should\s+be|will\s+be|:)?\s*:?\s+(.+)$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:for\s+)?(${REF_FIRST})\s*[,:]?\s+(?:please\s+)?(?:change|set|update)\s+(?:the\s+|its\s+)?(?:name|title)\s+(?:in|to|into)\s*:?\s+(.+)$`,
    'i',
  ), // "haircut: new title haircut + beard": any words before the colon name the task when a new title follows it.
  // "pharmacy run — new name: Boots": a dash set off by spaces as well.
  /^(?!(?:add|new|create|todo|task|note)\b)([^,:"“]+?)\s*(?::|\s[-–—])\s*(?:the\s+)?new\s+(?:title|name)\s*(?:is|should\s+be|will\s+be|:)?\s*:?\s+(.+)$/i,
];

/** The task reference and the new title of a rename said one of these ways, or undefined. */
export function readRename(text: string): { ref: string; title: string } | undefined {
  for (const pattern of [TITLE_OF, REF_TITLE, RENAME_WITHOUT_TO, ...RENAME_AFTER_REF, WANTED_TITLE]) {
    const match = pattern.exec(text);
    if (match?.[1] && match[2]) return { ref: match[1], title: titleWithoutChatter(match[2]) };
  }
  return undefined;
}

/**
 * Words after a new title that talk to the app, not about the task: "… instead", "… now", "… when you get a sec",
 * "… thx". A quoted title ends in its quote, so it keeps them.
 */
const TITLE_CHATTER =
  /(?:\s*[,;]?\s+(?:instead|now|then|please|pls|plz|thanks|thank\s+you|thx|ty|cheers|when(?:ever)?\s+you\s+(?:get|have)\s+a\s+(?:sec|second|minute|moment|chance)|if\s+you\s+(?:can|could|don'?t\s+mind)))+[!.]*$/i;
/** A reaction after the title ("… Call the vet 🐶") is no part of it. */
const TRAILING_EMOJI = /(?:\s*(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}))+$/u;

export function titleWithoutChatter(title: string): string {
  return title.replace(TRAILING_EMOJI, '').replace(TITLE_CHATTER, '').replace(TRAILING_EMOJI, '');
}

/**
 * Before a rename: "can we", "let's", "let me", "actually", "I want to" ("can we rename the gym to yoga?"), and verbs that say
 * the same as "rename" ("reword", "rephrase", "renaming").
 */
const RENAME_LEAD_IN =
  /^(?:(?:ok(?:ay)?|so|actually|oh|oops|hmm+|right|also|well)[,\s]+|(?:can|could|shall|may)\s+(?:we|i)\s+|let'?s\s+|let\s+me\s+|i\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+)+(?=(?:rename|retitle|reword|rephrase|change|edit|update)\b|(?:call|name)\s+(?:(?:it|that|this)(?:\s+one)?|the\s+.+?\s+(?:task|one))\s)/i;
// "renaming the gym task: …" says it as it is being done.
const SAME_AS_RENAME = /^(?:reword|rephrase|re-word|re-title|re-phrase|renaming|retitling)\b/i;

/** The rename said again without its lead-in, or with "rename" for its verb; undefined when neither is there. */
export function renameAfterLeadIn(text: string): string | undefined {
  const lead = RENAME_LEAD_IN.exec(text);
  const said = (lead ? text.slice(lead[0].length) : text).replace(SAME_AS_RENAME, 'rename');
  return said === text ? undefined : said;
}
