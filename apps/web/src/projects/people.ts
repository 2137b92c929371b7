/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "sam" → "S", an email's name part when that is all. */
export function initials(name: string): string {
  const words = name
    .replace(/@.*$/, '')
    .split(/[\s._-]+/)
    .filter((word) => word !== '');
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1);
  return letters.map((word) => Array.from(word ?? '')[0]?.toLocaleUpperCase() ?? '').join('') || '?';
}

/** A stable hue per person, so the same member has the same avatar colour everywhere. */
export function avatarHue(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** The first word of a name, for messages such as "Sam added …". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
