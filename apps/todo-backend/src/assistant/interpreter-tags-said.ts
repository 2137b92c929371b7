// A tag asked for as a wish or a state rather than with "tag …": "I want the insurance task tagged finance", "the
// insurance task should have the finance tag", "can the insurance task get a finance tag", "apply the finance tag to
// 4", "#finance for 4", "insurance task: tag finance", and taken away: "4 should not be tagged finance".

export type TagSaid = { tool: 'add_tag' | 'remove_tag'; ref: string; tag: string };

const TAG = String.raw`#?([\p{L}\p{N}_-]+)`;
const WITH_TAG = String.raw`(?:(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?|(?:with|to\s+have)\s+(?:the\s+|a\s+)?(?:tag|label)\s+)`;

/** Shapes with the task first, then the tag. */
const TASK_THEN_TAG = [
  // "I want the insurance task tagged finance", "I'd like 4 labelled as work".
  new RegExp(String.raw`^(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+(.+?)\s+${WITH_TAG}${TAG}$`, 'iu'),
  // "the task of the insurance I want with the tag finance".
  new RegExp(String.raw`^(.+?)\s+(?:i|we)\s+(?:want|would\s+like|'d\s+like|need)\s+${WITH_TAG}${TAG}$`, 'iu'),
  // "the insurance task should have the finance tag", "can the insurance task get a finance tag".
  new RegExp(String.raw`^(.+?)\s+(?:should|needs\s+to|must)\s+(?:have|get|carry)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  new RegExp(String.raw`^(?:can|could)\s+(.+?)\s+(?:get|have)\s+(?:the|a|an)\s+${TAG}\s+(?:tag|label)$`, 'iu'),
  // "insurance task: tag finance".
  new RegExp(String.raw`^(.+?)\s*:\s*(?:tag|label)\s+(?:it\s+)?(?:as\s+|with\s+)?${TAG}$`, 'iu'),
];
/** Shapes with the tag first: "apply the finance tag to 4", "#finance for 4". */
const TAG_THEN_TASK = [
  new RegExp(String.raw`^(?:apply|attach|assign)\s+(?:the\s+|a\s+|an\s+)?${TAG}\s+(?:tag|label)\s+(?:to|on)\s+(.+)$`, 'iu'),
  /^#([\p{L}\p{N}_-]+)\s+(?:for|on|to)\s+(.+)$/iu,
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
  for (const [tool, shapes, taskFirst] of [
    ['add_tag', TASK_THEN_TAG, true],
    ['add_tag', TAG_THEN_TASK, false],
    ['remove_tag', NOT_TAGGED, true],
  ] as const) {
    for (const shape of shapes) {
      const match = shape.exec(text);
      const ref = taskFirst ? match?.[1] : match?.[2];
      const tag = taskFirst ? match?.[2] : match?.[1];
      if (ref && tag && !NOT_A_TASK.test(ref.trim())) return { tool, ref: ref.trim(), tag: tag.toLowerCase() };
    }
  }
  return undefined;
}
