// Everything of one task cleared, the fields listed after it: "clear everything off the boiler task: date, tags, notes",
// "wipe it all from 5 - the date and the tags". One task named, so no change to many tasks; each field listed is
// cleared in one update, and a word that is no field leaves the sentence to the other rules.

const CLEARED = /^(?:clear|wipe|strip|remove|take)\s+(?:everything|it\s+all|all)\s+(?:off|on|from|of)\s+(.+?)\s*(?::|\s[-–—])\s*(.+)$/i;

const FIELDS: [RegExp, Record<string, unknown>][] = [
  [/^(?:the\s+|its\s+)?(?:due\s+)?dates?$|^(?:the\s+|its\s+)?deadline$/i, { due_date: null }],
  [/^(?:the\s+|its\s+)?(?:tags?|labels?)$/i, { tags: [] }],
  [/^(?:the\s+|its\s+)?(?:notes?|description|details)$/i, { description: '' }],
];

export function fieldsCleared(text: string): { ref: string; args: Record<string, unknown> } | undefined {
  const said = CLEARED.exec(text.trim());
  if (!said?.[1] || !said[2]) return undefined;
  const args: Record<string, unknown> = {};
  for (const field of said[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i)) {
    const cleared = FIELDS.find(([pattern]) => pattern.test(field.trim()))?.[1];
    if (!cleared) return undefined;
    Object.assign(args, cleared);
  }
  return { ref: said[1], args };
}
