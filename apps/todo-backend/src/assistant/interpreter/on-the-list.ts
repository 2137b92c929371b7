import { clean } from './phrases.ts';
import { type KnownNames, knownProject } from './project-names.ts';
import { A_KIND, ABOUT_MANY } from './questions.ts';

// Whether a thing is on the list at all, asked of it: "have I still got the hedge trimming on there", "do I have eggs
// on the list", "is 'order logs' still on the list?", "is there a christening thing on here somewhere", "the skip hire,
// is it on here?", "there was something about the TV licence, where's that gone". Finding it answers (it shows, with
// its date and state, or nothing does); a list named ("on the groceries list") is where to look.

/** Where the thing would be: "on here", "on there", "on my list", "on the groceries list" (group: the list's name). */
const ON_THE_LIST = String.raw`(?:on|in)\s+(?:here|there|(?:my|the)\s+(?:(.+?)\s+)?(?:todo\s+|to-do\s+)?list)(?:\s+(?:somewhere|anywhere|still|already|at\s+all))?`;

const ASKED = [
  // "is the boiler still on there", "is there a christening thing on here somewhere".
  new RegExp(
    String.raw`^(?:is|are)\s+(?:there\s+(?:a|an|any)\s+)?(?:the\s+|my\s+|our\s+)?(.+?)\s+(?:still\s+|already\s+)?${ON_THE_LIST}$`,
    'i',
  ),
  // "have I still got the hedge trimming on there", "do I have eggs on the list", "have we got milk on the groceries list".
  new RegExp(
    String.raw`^(?:have|do)\s+(?:i|we)\s+(?:still\s+|already\s+)?(?:got|have)\s+(?:a\s+|an\s+|any\s+|the\s+|my\s+|our\s+)?(.+?)\s+(?:still\s+|already\s+)?${ON_THE_LIST}$`,
    'i',
  ),
  // "what's the story with the skip hire, is it on here?": the thing said first, then asked after by "it".
  new RegExp(
    String.raw`^(?:(?:what(?:'s|s|\s+is)\s+the\s+(?:story|deal|latest|score)\s+(?:with|on)|what\s+about|and|so)\s+)?(?:the\s+|my\s+|our\s+)?(.+?)\s*(?:[,;:]|\s[-–—])\s*(?:is|are)\s+(?:it|that|they|those)\s+(?:still\s+|already\s+)?${ON_THE_LIST}$`,
    'i',
  ),
];

/** "there was something about the TV licence, where's that gone": a task remembered, then looked for. */
const REMEMBERED_THEN_LOOKED_FOR =
  /^(?:there\s+(?:was|is|used\s+to\s+be)|(?:i|we)\s+(?:had|added|put\s+in|wrote))\s+(?:a\s+(?:task|todo|thing|one)|something|one)\s+(?:about|for|on|with)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s*(?:[,;:]|\s[-–—])\s*(?:where(?:'s|s|\s+is|\s+has)\s+(?:it|that)(?:\s+(?:gone|got\s+to))?|where\s+did\s+(?:it|that)\s+go|(?:can|could)\s+you\s+find\s+(?:it|that))$/i;

/** Words that name no thing: "it", the list, the tasks, a kind of task. */
const NOT_A_THING =
  /^(?:it|that|this|them|anything|everything|something|stuff|tasks?|todos?|things|much|a\s+lot|lots|loads|overdue|urgent)$/i;

/** The words to search for, and the caller's list to look in, when the sentence asks whether a thing is on the list. */
export function thingOnTheListAsked(text: string, known: KnownNames): { query: string; project?: string } | undefined {
  const said = text.trim().replace(/[?!.\s]+$/, '');
  const match = ASKED.map((shape) => shape.exec(said)).find(Boolean) ?? REMEMBERED_THEN_LOOKED_FOR.exec(said);
  const words = match?.[1]
    ? clean(match[1])
        .replace(/^["“']+|["”']+$/g, '')
        .replace(/\s+(?:thing|task|todo|one|stuff)$/i, '')
    : undefined;
  // "is there anything overdue on my list": a kind of task or a time asked about is a listing, read elsewhere.
  if (!words || NOT_A_THING.test(words) || ABOUT_MANY.test(words) || A_KIND.test(words)) return undefined;
  // "on the groceries list": that list is where to look; a list the caller does not have is no place to look in.
  const list = match?.[2] ? knownProject(match[2], known) : undefined;
  if (match?.[2] && !list) return undefined;
  return list ? { query: words, project: list } : { query: words };
}
