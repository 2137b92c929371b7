import { createHash } from 'node:crypto';

/** A strong ETag from the feed's bytes: it changes exactly when what the calendar app would read changes. */
export const feedEtag = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match (RFC 9110 §13.1.2) matches with the weak comparison: `*`, or any listed tag, W/ or not. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}
