// A task's tags said as the only ones it should have: "only tag 3 with home, nothing else", "replace whatever tags 6
// has with just kids", "tag 5 with work only", "8 should only have the tag errands". Its tags become those, and only
// those (update_task with tags), never one more tag added.

const TAGS = String.raw`(#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)*)`;
const NOTHING_ELSE = String.raw`(?:\s*,?\s*(?:and\s+)?(?:nothing|none|no\s+other(?:\s+tags?)?)\s+else|\s+only)?`;

const ONLY_TAGS: RegExp[] = [
  new RegExp(String.raw`^(?:only|just)\s+(?:tag|label)\s+(.+?)\s+(?:with|as)\s+${TAGS}${NOTHING_ELSE}$`, 'iu'),
  new RegExp(String.raw`^(?:tag|label)\s+(.+?)\s+(?:with|as)\s+${TAGS}\s*,?\s*(?:only|and\s+nothing\s+else|nothing\s+else)$`, 'iu'),
  new RegExp(
    String.raw`^replace\s+(?:whatever|all\s+the|all|any|the)\s+(?:tags|labels)\s+(.+?)\s+(?:has|have|had|carries)\s+with\s+(?:just\s+|only\s+)?${TAGS}$`,
    'iu',
  ),
  new RegExp(String.raw`^(.+?)\s+should\s+only\s+(?:have|carry)\s+(?:the\s+)?(?:tags?|labels?)\s+${TAGS}$`, 'iu'),
  // "change the tag of 5 to garden": its one tag becomes that.
  new RegExp(
    String.raw`^(?:change|set|switch)\s+(?:the\s+|its\s+)?(?:tag|label)\s+(?:of|on|for)\s+((?:(?!\s+from\s).)+?)\s+to\s+${TAGS}$`,
    'iu',
  ),
  // "the only tags on the boiler thing should be home and urgent".
  new RegExp(String.raw`^(?:the\s+)?only\s+(?:tags|labels)\s+(?:on|of|for)\s+(.+?)\s+should\s+be\s+${TAGS}$`, 'iu'),
  // "gate task's tags: home, outdoor": its tags listed after a colon.
  new RegExp(String.raw`^(.+?)'s\s+(?:tags|labels)\s*:\s*${TAGS}$`, 'iu'),
  // "the boiler should only be tagged home", "4 should just be labelled work and admin".
  new RegExp(String.raw`^(.+?)\s+should\s+(?:only|just)\s+be\s+(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?${TAGS}$`, 'iu'),
];

/** The task and the only tags it should have, or undefined. */
export function readOnlyTags(text: string): { ref: string; tags: string[] } | undefined {
  for (const pattern of ONLY_TAGS) {
    const match = pattern.exec(text);
    if (!match?.[1] || !match[2]) continue;
    const tags = match[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((tag) => tag.replace(/^#/, '').toLowerCase());
    return { ref: match[1], tags: [...new Set(tags)] };
  }
  return undefined;
}
