// A task's tags taken off or replaced as a whole, an edit of the task rather than one tag added or removed: "take the
// labels off it", "remove its tags", "the report doesn't need any tags", "change the report's tags to work",
// "tags for the report: home, garden". Never a deletion of the task for "remove … tags".

const LIST = String.raw`#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)*`;
const TAGS = String.raw`(?:tags|labels)`;
const CLEAR_VERB = String.raw`(?:remove|delete|clear|drop|strip|get\s+rid\s+of|wipe|erase|lose|nix|scrap|ditch)`;

/** Each way of saying no tags: the task (first group), or none for the task the conversation is about. */
const NO_TAGS = [
  /^no\s+(?:more\s+)?(?:tags|labels)\s+(?:on|for)\s+(.+)$/i,
  new RegExp(String.raw`^${CLEAR_VERB}\s+(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+)?${TAGS}(?:\s+(?:from|on|off|of)\s+(.+?))?$`, 'i'),
  new RegExp(String.raw`^take\s+(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+)?${TAGS}\s+off(?:\s+(?:of\s+)?(.+))?$`, 'i'),
  new RegExp(
    String.raw`^(.+?)\s+(?:shouldn'?t|should\s+not|doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:need\s+(?:to\s+have\s+)?|have\s+)(?:any\s+)?${TAGS}(?:\s+any\s*more)?$`,
    'i',
  ),
  new RegExp(
    String.raw`^(.+?)\s+has\s+too\s+many\s+${TAGS}\s*[,;]\s*(?:please\s+)?${CLEAR_VERB}\s+(?:them(?:\s+all)?|all\s+of\s+them|all)$`,
    'i',
  ),
];

/**
 * Each way of saying the tags a task should have instead: the task (first group) and the tags (second). "… from work to
 * personal" names one tag to swap, not the whole set, and is read by the rules for one tag.
 */
const NEW_TAGS = [
  new RegExp(
    String.raw`^(?:change|set|make|replace|swap|update)\s+(?!(?:the\s+)?(?:tags|labels)\s+(?:on|of|for)\b)((?:(?!\sfrom\s).)+?)(?:'s|s')?\s+(?:tags?|labels?)\s+(?:(?:to|with|for|into)\s+(?:just\s+|only\s+)?|just\s+|only\s+)(${LIST})$`,
    'iu',
  ),
  new RegExp(
    String.raw`^(?:replace|swap|change|set)\s+(?:the\s+)?(?:tag|label)\s+(?:on|of|for)\s+((?:(?!\sfrom\s).)+?)\s+(?:with|to|for)\s+(${LIST})$`,
    'iu',
  ),
  new RegExp(String.raw`^(.+?)(?:'s)?\s+${TAGS}\s+should\s+(?:just\s+|only\s+)?be\s+(?:just\s+|only\s+)?(${LIST})$`, 'iu'),
  new RegExp(String.raw`^(.+?)\s+should\s+(?:only|just)\s+be\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?(${LIST})$`, 'iu'),
  new RegExp(String.raw`^${TAGS}\s+(?:for|of|on)\s+(.+?)\s*:\s*(${LIST})$`, 'iu'),
];

/** "its" names the task the conversation is about. */
const refOf = (said: string | undefined) => (!said || /^its?$/i.test(said.trim()) ? 'it' : said);

/** The task and the tags it keeps (none, or those said), or undefined when the sentence says neither. */
export function readTagsReplaced(text: string): { ref: string; tags: string[] } | undefined {
  for (const pattern of NO_TAGS) {
    const said = pattern.exec(text);
    if (said) return { ref: refOf(said[1]), tags: [] };
  }
  for (const pattern of NEW_TAGS) {
    const said = pattern.exec(text);
    if (!said?.[1] || !said[2]) continue;
    const tags = said[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((tag) => tag.replace(/^#/, '').toLowerCase());
    return { ref: refOf(said[1]), tags: [...new Set(tags)] };
  }
  return undefined;
}
