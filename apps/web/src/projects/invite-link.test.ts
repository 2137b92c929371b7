import { describe, expect, it } from 'vitest';
import { inviteProblem, inviteTokenFromPath } from './invite-link.ts';

describe('the invite page address', () => {
  it('reads the token of /invite/<token>, with or without a trailing slash', () => {
    expect(inviteTokenFromPath('/invite/AbC_d-12')).toBe('AbC_d-12');
    expect(inviteTokenFromPath('/invite/AbC_d-12/')).toBe('AbC_d-12');
  });

  it('is no invite page for other paths or for text that cannot be a token', () => {
    expect(inviteTokenFromPath('/')).toBeUndefined();
    expect(inviteTokenFromPath('/invite/')).toBeUndefined();
    expect(inviteTokenFromPath('/invite/a%20b')).toBeUndefined();
    expect(inviteTokenFromPath('/invites/abc')).toBeUndefined();
  });

  it('tells a revoked link from an expired or used-up one, with the server’s advice', () => {
    expect(inviteProblem(404, '').title).toMatch(/does not work/);
    expect(inviteProblem(410, 'This link expired. Ask for a new one.')).toEqual({
      title: 'This invite link has expired or been used up',
      detail: 'This link expired. Ask for a new one.',
    });
  });
});
