// "tags on the fence: add garden", "labels for 5 - remove urgent": the task's tags named first, then what happens to one
// of them. Said as the tag rules read it ("tag the fence with garden", "remove the tag urgent from 5"), so the tag is
// never a task to add.

const TAGS_FIRST =
  /^(?:the\s+)?(?:tags|labels)\s+(?:on|for|of)\s+(.+?)\s*(?::|\s[-–—])\s*(add|remove|drop|delete|take\s+off|lose)\s+(#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)*)$/iu;

export function tagsNamedFirst(text: string): string {
  const said = TAGS_FIRST.exec(text.trim());
  if (!said?.[1] || !said[2] || !said[3]) return text;
  const [, task, verb, tags] = said;
  if (/^add$/i.test(verb)) return `tag ${task} with ${tags}`;
  // One tag at a time comes off, as the tag rules take it; several are asked about there.
  return /\s|,/.test(tags.trim()) ? `remove the ${tags} tags from ${task}` : `remove the tag ${tags} from ${task}`;
}
