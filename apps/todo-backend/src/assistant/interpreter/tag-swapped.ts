// "retag the budget review as finance instead of work", "change the tag on the report from work to finance": one tag
// traded for another is two changes (one tag off, one on), and the chat makes one at a time, so it says both.
const SWAPS: { pattern: RegExp; task: number; added: number; removed: number }[] = [
  {
    pattern:
      /^(?:re-?tag|tag|label)\s+(.+?)\s+(?:as\s+|with\s+)?#?([\p{L}\p{N}_-]+)\s+(?:instead\s+of|not|rather\s+than)\s+#?([\p{L}\p{N}_-]+)$/iu,
    task: 1,
    added: 2,
    removed: 3,
  },
  {
    pattern:
      /^(?:change|switch|swap)\s+(?:the\s+)?(?:tag|label)\s+(?:on|of|for)\s+(.+?)\s+from\s+#?([\p{L}\p{N}_-]+)\s+to\s+#?([\p{L}\p{N}_-]+)$/iu,
    task: 1,
    removed: 2,
    added: 3,
  },
  {
    pattern:
      /^(?:swap|change|switch)\s+(?:the\s+)?#?(?!(?:the|a|an|its|my)\s)([\p{L}\p{N}_-]+)\s+(?:tag|label)\s+(?:on|of|for)\s+(.+?)\s+(?:for|to)\s+#?([\p{L}\p{N}_-]+)$/iu,
    removed: 1,
    task: 2,
    added: 3,
  },
  {
    // "the client deck one should be tagged acme not globex": the same trade said of the task.
    pattern:
      /^(?:the\s+|my\s+)?(.+?)\s+(?:should\s+be|needs\s+to\s+be|is\s+meant\s+to\s+be|wants\s+to\s+be)\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?#?([\p{L}\p{N}_-]+)\s*,?\s+(?:instead\s+of|not|rather\s+than)\s+#?([\p{L}\p{N}_-]+)$/iu,
    task: 1,
    added: 2,
    removed: 3,
  },
];

/** The two steps to say when one tag is traded for another, or undefined. */
export function tagSwapAsked(message: string): string | undefined {
  const text = message.trim().replace(/[.!]+$/, '');
  for (const { pattern, task, added, removed } of SWAPS) {
    const said = pattern.exec(text);
    if (!said?.[task] || !said[added] || !said[removed]) continue;
    const name = said[task].replace(/\s+(?:task|todo|one|thing)$/i, '');
    return `One change at a time: say "remove the ${said[removed]} tag from ${name}", then "tag ${name} ${said[added]}".`;
  }
  return undefined;
}
