/** The invite page's path: `/invite/<token>` (the token as the server made it: base64url). */
export const INVITE_PATH_PREFIX = '/invite/';

/** The token of an invite page's path, or undefined for any other page. */
export function inviteTokenFromPath(pathname: string): string | undefined {
  if (!pathname.startsWith(INVITE_PATH_PREFIX)) return undefined;
  const token = decodeURIComponent(pathname.slice(INVITE_PATH_PREFIX.length).replace(/\/$/, ''));
  return /^[A-Za-z0-9_-]{1,200}$/.test(token) ? token : undefined;
}

/** What the invite page says for a link that no longer works, by the answer's status. */
export function inviteProblem(status: number, detail: string): { title: string; detail: string } {
  if (status === 404) return { title: 'This invite link does not work', detail: detail || 'It may have been revoked. Ask for a new link.' };
  if (status === 410) return { title: 'This invite link has expired or been used up', detail: detail || 'Ask the owner for a new link.' };
  return { title: 'Could not open the invitation', detail };
}
