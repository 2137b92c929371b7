// Everything of one task cleared, the fields listed after it: "clear everything off the boiler task: date, tags, notes",
// "wipe it all from 5 - the date and the tags", or before it: "remove the due date and the priority from the loft task". One task named, so no change to many tasks; each field listed is
// cleared in one update, and a word that is no field leaves the sentence to the other rules.

const CLEARED = /^(?:clear|wipe|strip|remove|take)\s+(?:everything|it\s+all|all)\s+(?:off|on|from|of)\s+(.+?)\s*(?::|\s[-–—])\s*(.+)$/i;
/** "remove the due date and the priority from the loft task": the fields listed first (two or more), then the task. */
const LISTED_FIRST =
  /^(?:clear|remove|delete|drop|take(?:\s+off)?|get\s+rid\s+of|reset)\s+((?:the\s+|its\s+)?[\p{L}\s]+?(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+|its\s+)?[\p{L}\s]+?)\s+(?:from|off|of|on)\s+(.+)$/iu;

const FIELDS: [RegExp, Record<string, unknown>][] = [
  [/^(?:the\s+|its\s+)?(?:due\s+)?dates?$|^(?:the\s+|its\s+)?deadline$/i, { due_date: null }],
  [/^(?:the\s+|its\s+)?(?:tags?|labels?)$/i, { tags: [] }],
  [/^(?:the\s+|its\s+)?(?:notes?|description|details)$/i, { description: '' }],
  // A priority taken off is the default one.
  [/^(?:the\s+|its\s+)?(?:priority|prio)$/i, { priority: 'medium' }],
];

export function fieldsCleared(text: string): { ref: string; args: Record<string, unknown> } | undefined {
  const all = CLEARED.exec(text.trim());
  const listed = all ? undefined : LISTED_FIRST.exec(text.trim());
  const [ref, fields] = all ? [all[1], all[2]] : [listed?.[2], listed?.[1]];
  if (!ref || !fields) return undefined;
  const args: Record<string, unknown> = {};
  for (const field of fields.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i)) {
    const cleared = FIELDS.find(([pattern]) => pattern.test(field.trim()))?.[1];
    if (!cleared) return undefined;
    Object.assign(args, cleared);
  }
  return { ref, args };
}
