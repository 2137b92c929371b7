// A tag asked for as a wish or a state rather than with "tag …": "I want the insurance task tagged finance", "the
// insurance task should have the finance tag", "can the insurance task get a finance tag", "apply the finance tag to
// 4", "#finance for 4", "insurance task: tag finance", and taken away: "4 should not be tagged finance".

export type TagSaid = { tool: 'add_tag' | 'remove_tag'; ref: string; args: { tag: string } | { tags: string[] } };

const TAG = String.raw`#?([\p{L}\p{N}_-]+)`;
const WITH_TAG = String.raw`(?:(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?|(?:with|to\s+have)\s+(?:the\s+|a\s+)?(?:tag|label)\s+)`;

/** Shapes with the task first, then the tag. */
const TASK_THEN_TAG = [
  // "I want the insurance task tagged finance", "I'd like 4 labelled as work".
  new RegExp(String.raw`^(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+(.+?)\s+${WITH_TAG}${TAG}$`, 'iu'),
  // "the task of the insurance I want with the tag finance".
  new RegExp(String.raw`^(.+?)\s+(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+${WITH_TAG}${TAG}$`, 'iu'),
  // "the insurance task should have the finance tag", "can the insurance task get a finance tag".
  new RegExp(
    String.raw`^(.+?)\s+(?:(?:should|needs\s+to|must)\s+(?:have|get|carry)|needs|wants|could\s+(?:use|do\s+with)|deserves)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`,
    'iu',
  ),
  // "categorise the receipt under finance", "classify 4 as admin", "put the report in the work category".
  new RegExp(
    String.raw`^(?:categori[sz]e|classify|class)\s+(.+?)\s+(?:under|as|in(?:to)?)\s+(?:the\s+)?${TAG}(?:\s+(?:category|tag|label))?$`,
    'iu',
  ),
  new RegExp(String.raw`^(?:put|file|sort|move|place)\s+(.+?)\s+(?:in|into|under)\s+(?:the\s+)?${TAG}\s+(?:category|tag|label)$`, 'iu'),
  // "mark 4 with the finance tag", "flag the essay with a school label".
  new RegExp(String.raw`^(?:mark|flag|tag|label)\s+(.+?)\s+with\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  new RegExp(String.raw`^(?:can|could)\s+(.+?)\s+(?:get|have)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  // "insurance task: tag finance".
  new RegExp(String.raw`^(.+?)\s*:\s*(?:tag|label)\s+(?:it\s+)?(?:as\s+|with\s+)?${TAG}$`, 'iu'),
];
/** Shapes with the tag first: "apply the finance tag to 4", "#finance for 4". */
const TAG_THEN_TASK = [
  new RegExp(String.raw`^(?:apply|attach|assign)\s+(?:the\s+|a\s+|an\s+)?${TAG}\s+(?:tag|label)\s+(?:to|on)\s+(.+)$`, 'iu'),
  /^#([\p{L}\p{N}_-]+)\s+(?:for|on|to)\s+(.+)$/iu,
];
/** The verbs of taking a tag off ("get rid of the home tag on 5"): never a task to delete. */
const TAKE_OFF = String.raw`(?:remove|delete|drop|clear|ditch|lose|strip|scrap|get\s+rid\s+of|take\s+(?:off|away)|rm)`;
/** Shapes that take a named tag off: "remove the urgent tag" (the task talked about), "get rid of the home tag on 5". */
const TAG_OFF = [
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+|its\s+|that\s+)?${TAG}\s+(?:tag|label)()$`, 'iu'),
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+|its\s+|that\s+)?${TAG}\s+(?:tag|label)\s+(?:from|on|off|of|for)\s+(?:of\s+)?(.+)$`, 'iu'),
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+)?(?:tag|label)\s+${TAG}()$`, 'iu'),
  new RegExp(String.raw`^${TAKE_OFF}\s+(?:the\s+)?(?:tag|label)\s+${TAG}\s+(?:from|on|off|of|for)\s+(?:of\s+)?(.+)$`, 'iu'),
];

const TAG_LIST = String.raw`(#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)+)`;
/**
 * Several tags after a task that ends plainly ("tag the gym task fitness and health", "label 5 home, errands"), or
 * listed with commas ("label the bike hobby, outdoors": the word before the first comma is the first tag).
 */
const MANY_AFTER_TASK = [
  new RegExp(String.raw`^(?:tag|label|retag|relabel)\s+(.+?\s+(?:task|todo|one)|(?:task\s*)?#?\d+)\s+(?:as\s+|with\s+)?${TAG_LIST}$`, 'iu'),
  /^(?:tag|label|retag|relabel)\s+(.+?)\s+(#?[\p{L}\p{N}_-]+(?:\s*,\s*(?:and\s+)?#?[\p{L}\p{N}_-]+)+)$/iu,
];

/** "4 should not be tagged finance", "the report shouldn't have the work tag". */
const NOT_TAGGED = [
  new RegExp(
    String.raw`^(.+?)\s+(?:should\s+not|shouldn'?t|doesn'?t\s+need\s+to)\s+be\s+(?:tagged|labell?ed)\s+(?:as\s+)?${TAG}(?:\s+any\s*more)?$`,
    'iu',
  ),
  new RegExp(String.raw`^(.+?)\s+(?:should\s+not|shouldn'?t)\s+have\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)(?:\s+any\s*more)?$`, 'iu'),
];
/** Words that begin a question or a listing, never a task: "which tasks should have the work tag". */
const NOT_A_TASK = /^(?:what|which|who|how|show|list|tasks|todos|everything|all|any)\b/i;

export function readTagSaid(text: string): TagSaid | undefined {
  for (const shape of MANY_AFTER_TASK) {
    const match = shape.exec(text);
    if (!match?.[1] || !match[2] || NOT_A_TASK.test(match[1].trim())) continue;
    const tags = match[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((tag) => tag.replace(/^#/, '').toLowerCase());
    return { tool: 'add_tag', ref: match[1].trim(), args: { tags: [...new Set(tags)] } };
  }
  for (const [tool, shapes, taskFirst] of [
    ['add_tag', TASK_THEN_TAG, true],
    ['add_tag', TAG_THEN_TASK, false],
    ['remove_tag', NOT_TAGGED, true],
    ['remove_tag', TAG_OFF, false],
  ] as const) {
    for (const shape of shapes) {
      const match = shape.exec(text);
      // A tag taken off with no task said is taken off the task talked about.
      const ref = (taskFirst ? match?.[1] : match?.[2]) || (match && !taskFirst ? 'it' : undefined);
      const tag = taskFirst ? match?.[2] : match?.[1];
      if (ref && tag && !NOT_A_TASK.test(ref.trim()) && !/^(?:tags?|labels?|all|every|each|any|the|a|an|its|my|this|that)$/i.test(tag))
        return { tool, ref: ref.trim(), args: { tag: tag.toLowerCase() } };
    }
  }
  return undefined;
}
