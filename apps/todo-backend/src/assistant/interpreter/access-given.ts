// Sharing said as access given: "give tom@example.com view access to Garden Club", "grant ana@example.com edit access
// on the Work project", "give lee@example.com access to Groceries". Said the way the rules read it: "share Garden Club
// with tom@example.com as viewer".

const ACCESS =
  /^(?:give|grant)\s+(\S+@\S+\.\S+)\s+(?:(view|viewing|read|read-only|viewer|edit|editing|write|editor)\s+)?(?:access|rights|permission)\s+(?:to|on|for)\s+(?:the\s+)?(.+?)(?:\s+(?:project|list))?$/i;

/** "share <project> with <email> (as <role>)" when the sentence gives access, or undefined. */
export function accessGiven(text: string): string | undefined {
  const given = ACCESS.exec(text.trim().replace(/[!.\s]+$/, ''));
  if (!given?.[1] || !given[3]) return undefined;
  const role = given[2] ? (/^(?:view|viewing|read|read-only|viewer)$/i.test(given[2]) ? ' as viewer' : ' as editor') : '';
  return `share ${given[3]} with ${given[1]}${role}`;
}
