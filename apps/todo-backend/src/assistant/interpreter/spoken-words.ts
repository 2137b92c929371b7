// What a phone's speech recogniser writes for what was said: punctuation said as words ("call the vet full stop",
// "eggs comma milk"), "hashtag diy" for a tag, "six p.m." with dots, and the word that sounds the same where only the
// number or the preposition makes sense ("at ate", "at for thirty", "every to weeks", "move it too friday", "right down
// call the bank"). Written as it would have been typed, before the rest of dictation.ts reads the sentence.

import { dateReader } from '../dates.ts';

const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|hours?|minutes?|mins?)`;
const DAY_WORD = String.raw`(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?s?`;
/** What may follow a clock time said as a word: its minutes, its half of the day, when, or the end. */
const AFTER_HOUR = String.raw`(?=\s+(?:thirty|fifteen|forty(?:[\s-]five)?|o'?clock|[ap]m|[ap]\.m\.?|tonight|today|tomorrow|this|on|in\s+the)\b|\s*[,;.]|\s*$)`;
/** A time said before the words a recogniser heard ("at"): the place where "for" can only be "four". */
const AT = '(at|by|around|about|until|till|before|after|from)';

/** A word said for a mark, and the mark; "period" only at the end, after a word no period of time follows. */
const MARKS: [RegExp, string][] = [
  [/\s+(?:full\s+stop|full-stop)\b(?:\s+|$)/gi, '. '],
  [/\s+comma\s+/gi, ', '],
  // "add get petrol new line add wash the car": a new line starts another sentence; "a new line for the strimmer" is
  // a thing to buy.
  [
    /(?<!\b(?:a|an|the|my|our|your|his|her|their|phone|fishing|strimmer|washing|broadband|land))\s+new\s+(?:line|paragraph)\b(?!\s+(?:for|to|of|from|on|in|at|installed|rental|fitted)\b)\s*/gi,
    '. ',
  ],
  [/\s+colon\s+/gi, ': '],
  // "new task colon": a colon said last, before the words it leads to were said.
  [/\s+colon$/i, ':'],
  // "… by next tuesday comma": a comma said last leads to nothing.
  [/\s+comma$/i, ''],
  [/\s+question\s+mark$/i, '?'],
  [/\s+exclamation\s+(?:mark|point)$/i, '!'],
  // "tick off task twenty one period": after a task's number, "period" ends the sentence.
  [/(\b(?:task|number)\s+(?:[\p{L}]+[\s-])?(?:one|two))\s+period$/iu, '$1.'],
  [
    /(?<!\b(?:my|the|a|her|your|his|their|our|this|that|next|last|trial|free|waiting|notice|grace|cooling|holding|probation|billing|payment|track|log|tax|reporting|lunch|study|school|sports?|first|second|third|fourth|fifth|sixth|double|one|two))\s+period$/i,
    '.',
  ],
];

/** Punctuation said as words, written as the marks. */
function withMarks(text: string): string {
  let rest = text;
  for (const [said, mark] of MARKS) rest = rest.replace(said, mark);
  // "the bank task: new line ask …": a mark said after a colon adds nothing to it.
  return rest.replace(/:\s*[.,]\s+/g, ': ').trim();
}

/**
 * The recogniser's spellings of what a typist writes otherwise: "hashtag diy" → "#diy", "6 p.m." → "6pm", "new to do
 * book the car in" → "new to-do book the car in" (the noun, never the start of the title).
 */
function withTypedForms(text: string): string {
  return text
    .replace(/\bhash[\s-]?tag\s+(?=[\p{L}\p{N}])/giu, '#')
    .replace(/^((?:please\s+)?(?:new|(?:add|create|make)\s+an?(?:\s+new)?)\s+)to\s+do\b(?!\s+list\b)(?:\s*:)?\s*/i, '$1to-do ')
    .replace(new RegExp(String.raw`(\d|\b${NUMBER_WORD})\s*([ap])\.\s?m\b\.?`, 'gi'), (_all, hour: string, half: string) =>
      /\d/.test(hour) ? `${hour}${half.toLowerCase()}m` : `${hour} ${half.toLowerCase()}m`,
    );
}

/** The words of adding, said before a task: "add", "new task:", "remind me to", "I need to", with the fillers between. */
const ADD_LEAD = String.raw`^((?:(?:okay|ok|so|right|please|hey|um+|uh+|er+m?)[,\s]+)*(?:(?:can|could)\s+you\s+)?(?:add|put|new\s+(?:task|to-?do|item)|remind\s+me\s+to|(?:i\s+)?need\s+to|gotta|must)[:,]?\s+(?:(?:um+|uh+|er+m?)[,\s]+)*)`;
/** What may follow "by" when it says by when: "by friday", "by the 3rd", "by end of the month", "by 5", "by then". */
const BY_WHEN =
  /^(?:(?:the\s+)?\d|(?:the\s+)?(?:end|close|start|beginning|middle|weekend|next|this|first|second|third|\p{L}+th|twenty|thirty|last)\b|eo[dwm]\b|cob\b|noon|midnight|lunch|tonight|tomorrow|today|then|now|mid\b|early|late|half|quarter)/iu;

/**
 * "add by milk", "new task colon by a present for Jess": "by" where the task's first word is said is "buy", unless a
 * date follows it ("add by friday finish the report").
 */
function withBuyHeard(text: string): string {
  const lead = new RegExp(`${ADD_LEAD}by\\s+(?=\\S)`, 'i').exec(text);
  if (!lead) return text;
  const rest = text.slice(lead[0].length);
  if (BY_WHEN.test(rest) || dateReader.parse(rest).some((reading) => reading.index === 0)) return text;
  return `${lead[1]}buy ${rest}`;
}

/** A word that sounds the same, where only one of the two makes sense. */
function withHomophones(text: string): string {
  return (
    text
      // "at ate", "by ate thirty": a time.
      .replace(new RegExp(String.raw`\b${AT}\s+ate\b${AFTER_HOUR}`, 'gi'), '$1 eight')
      .replace(new RegExp(String.raw`\b${AT}\s+(?:for|fore)\b${AFTER_HOUR}`, 'gi'), '$1 four')
      .replace(new RegExp(String.raw`\b${AT}\s+(?:to|too)\b${AFTER_HOUR}`, 'gi'), '$1 two')
      // "at for pm", "the doctor for pm tomorrow": before "pm" only an hour makes sense.
      .replace(/\b(?:for|fore)\s+(?=(?:pm|p\.m\.?)(?![\p{L}]))/gu, '4')
      .replace(/\bate\s+(?=(?:pm|p\.m\.?|am|a\.m\.?)(?![\p{L}]))/gu, '8')
      // "to morrow": the recogniser splits the day in two.
      .replace(/\bto\s+morrow\b/g, 'tomorrow')
      // "every to weeks", "in for days": an amount of time.
      .replace(new RegExp(String.raw`\b(every|in|for|after)\s+(?:to|too)\s+(?=${UNIT}\b)`, 'gi'), '$1 two ')
      .replace(new RegExp(String.raw`\b(every|in|after)\s+(?:for|fore)\s+(?=${UNIT}\b)`, 'gi'), '$1 four ')
      .replace(new RegExp(String.raw`\b(every|in|after)\s+ate\s+(?=${UNIT}\b)`, 'gi'), '$1 eight ')
      // "move the dentist too friday": "too" before a day or a date is "to".
      .replace(new RegExp(String.raw`\btoo\s+(?=(?:${DAY_WORD}|tomorrow|today|tonight|next|the\s+\d|\d)\b)`, 'gi'), 'to ')
      // "its kind of urgent", "its done": the recogniser drops the apostrophe of "it's" before what it says of it.
      .replace(
        /\bits\s+(?=(?:kind\s+of|sort\s+of|really|so|very|super|quite|pretty|a\s+bit|not|urgent|important|done|finished|overdue|late|fine|needed|no\s+longer|been|going|gonna|over)\b)/gi,
        "it's ",
      )
      // "right down call the bank", "can you right that down": the lead-in of a note to self.
      .replace(
        /^((?:(?:so|okay|ok|and|oh|yeah|please|hey|can\s+you|could\s+you)[,\s]+)*)(?:right|rite)\s+(down|(?:that|this|it)\s+down)\b/i,
        '$1write $2',
      )
  );
}

/** The sentence as the recogniser's words would have been typed. */
export function fromRecogniser(said: string): string {
  return withBuyHeard(withHomophones(withTypedForms(withMarks(said))));
}
