import type { CreatedInviteLink, GrantableRole, Invitation, InviteLink, Project, ProjectMember } from '@doable/contracts';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { apiRequest } from '../api/api-client.ts';
import { Avatar } from './avatar.tsx';
import { errorMessage } from './error-message.ts';
import { Modal } from './modal.tsx';

const EXPIRY = [
  { value: '1d', label: '1 day' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
];

interface Sharing {
  members: ProjectMember[];
  invitations: Invitation[];
  links: InviteLink[];
}

/** The owner's sharing of a project: members and roles, invitations by email, invite links, ownership. */
export function ShareDialog({ project, onClose, onChanged }: { project: Project; onClose: () => void; onChanged: () => void }) {
  const base = `/api/v1/projects/${project.id}`;
  const [sharing, setSharing] = useState<Sharing>();
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<CreatedInviteLink>();

  const load = useCallback(async () => {
    try {
      const [members, invitations, links] = await Promise.all([
        apiRequest<{ items: ProjectMember[] }>('GET', `${base}/members`),
        apiRequest<{ items: Invitation[] }>('GET', `${base}/invitations`),
        apiRequest<{ items: InviteLink[] }>('GET', `${base}/invite-links`),
      ]);
      setSharing({ members: members.items, invitations: invitations.items, links: links.items });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [base]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a change, shows its error if any, and loads the dialog again either way. */
  async function change(call: () => Promise<unknown>): Promise<boolean> {
    setError(undefined);
    try {
      await call();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      await load();
      onChanged();
    }
  }

  return (
    <Modal title={`Share “${project.name}”`} onClose={onClose} className="share-dialog">
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!sharing ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <Members
            members={sharing.members}
            ownerId={project.owner_id}
            onRole={(member, role) => change(() => apiRequest('PATCH', `${base}/members/${member.user_id}`, { role }))}
            onRemove={(member) => change(() => apiRequest('DELETE', `${base}/members/${member.user_id}`))}
            onTransfer={(member) =>
              change(() => apiRequest('POST', `${base}/transfer`, { user_id: member.user_id })).then((done) => done && onClose())
            }
          />
          <InviteByEmail onInvite={(email, role) => change(() => apiRequest('POST', `${base}/invitations`, { email, role }))} />
          {sharing.invitations.length > 0 && (
            <section aria-labelledby="pending-heading" className="share-section">
              <h3 id="pending-heading">Pending invitations</h3>
              <ul className="share-list">
                {sharing.invitations.map((invitation) => (
                  <li key={invitation.id} className="share-item">
                    <span className="share-who">
                      {invitation.email} <span className="muted">· {invitation.role}</span>
                    </span>
                    <button
                      type="button"
                      className="small"
                      aria-label={`Revoke the invitation to ${invitation.email}`}
                      onClick={() => void change(() => apiRequest('DELETE', `${base}/invitations/${invitation.id}`))}
                    >
                      Revoke
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <InviteLinks
            links={sharing.links}
            created={created}
            onCreate={async (body) => {
              let answer: CreatedInviteLink | undefined;
              const done = await change(async () => {
                answer = await apiRequest<CreatedInviteLink>('POST', `${base}/invite-links`, body);
              });
              if (done) setCreated(answer);
            }}
            onRevoke={(link) => {
              if (created?.id === link.id) setCreated(undefined);
              void change(() => apiRequest('DELETE', `${base}/invite-links/${link.id}`));
            }}
          />
        </>
      )}
    </Modal>
  );
}

function Members({
  members,
  ownerId,
  onRole,
  onRemove,
  onTransfer,
}: {
  members: ProjectMember[];
  ownerId: string;
  onRole: (member: ProjectMember, role: GrantableRole) => void;
  onRemove: (member: ProjectMember) => void;
  onTransfer: (member: ProjectMember) => void;
}) {
  const [transferTo, setTransferTo] = useState('');
  const others = members.filter((member) => member.user_id !== ownerId);
  const target = others.find((member) => member.user_id === transferTo);
  return (
    <section aria-labelledby="members-heading" className="share-section">
      <h3 id="members-heading">Members</h3>
      <ul className="share-list">
        {members.map((member) => (
          <li key={member.user_id} className="share-item">
            <Avatar userId={member.user_id} name={member.name} />
            <span className="share-who">
              {member.name} <span className="muted">{member.email}</span>
            </span>
            {member.role === 'owner' ? (
              <span className="role-label">Owner</span>
            ) : (
              <>
                <select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  onChange={(event) => onRole(member, event.target.value as GrantableRole)}
                >
                  <option value="editor">Editor</option>
                  <option value="viewer">Viewer</option>
                </select>
                <button type="button" className="small danger" aria-label={`Remove ${member.name}`} onClick={() => onRemove(member)}>
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div className="row transfer">
          <label>
            Transfer ownership to
            <select value={transferTo} onChange={(event) => setTransferTo(event.target.value)}>
              <option value="">Choose a member…</option>
              {others.map((member) => (
                <option key={member.user_id} value={member.user_id}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!target} onClick={() => target && onTransfer(target)}>
            Make owner
          </button>
        </div>
      )}
      {target && <p className="hint">You become an editor; {target.name} can then share, rename and delete the project.</p>}
    </section>
  );
}

function InviteByEmail({ onInvite }: { onInvite: (email: string, role: GrantableRole) => Promise<boolean> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GrantableRole>('editor');
  const [sent, setSent] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onInvite(email, role)) {
      setSent(email);
      setEmail('');
    }
  }
  return (
    <section aria-labelledby="invite-heading" className="share-section">
      <h3 id="invite-heading">Invite by email</h3>
      <form className="row" onSubmit={submit}>
        <label>
          Email
          <input
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
            maxLength={254}
            autoComplete="off"
          />
        </label>
        <RoleSelect value={role} onChange={setRole} />
        <button type="submit">Invite</button>
      </form>
      <p className="hint" aria-live="polite">
        {sent
          ? `Invited ${sent}. They see the invitation when they sign in with that address.`
          : 'They see the invitation when they sign in with that address.'}
      </p>
    </section>
  );
}

function InviteLinks({
  links,
  created,
  onCreate,
  onRevoke,
}: {
  links: InviteLink[];
  created: CreatedInviteLink | undefined;
  onCreate: (body: { role: GrantableRole; expires_in: string; max_uses: number | null }) => Promise<void>;
  onRevoke: (link: InviteLink) => void;
}) {
  const [role, setRole] = useState<GrantableRole>('editor');
  const [expiresIn, setExpiresIn] = useState('7d');
  const [maxUses, setMaxUses] = useState('');
  const [copied, setCopied] = useState(false);
  const ids = useId();
  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission (an insecure origin): the link is selected for the user to copy.
      (document.getElementById(`${ids}-url`) as HTMLInputElement | null)?.select();
    }
  }
  return (
    <section aria-labelledby="links-heading" className="share-section">
      <h3 id="links-heading">Invite links</h3>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          setCopied(false);
          void onCreate({ role, expires_in: expiresIn, max_uses: maxUses ? Number(maxUses) : null });
        }}
      >
        <RoleSelect value={role} onChange={setRole} />
        <label>
          Expires after
          <select value={expiresIn} onChange={(event) => setExpiresIn(event.target.value)}>
            {EXPIRY.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Max uses
          <input
            type="number"
            min={1}
            max={1000}
            value={maxUses}
            placeholder="No limit"
            onChange={(event) => setMaxUses(event.target.value)}
          />
        </label>
        <button type="submit">Create link</button>
      </form>
      {created && (
        <div className="created-link stack">
          <label htmlFor={`${ids}-url`}>New link (shown only now: copy it before closing)</label>
          <div className="row">
            <input
              id={`${ids}-url`}
              className="created-link-url"
              readOnly
              value={created.url}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="primary" onClick={() => void copy(created.url)}>
              Copy
            </button>
          </div>
          <p className="hint" aria-live="polite">
            {copied ? 'Copied.' : ''}
          </p>
        </div>
      )}
      {links.length > 0 && (
        <ul className="share-list">
          {links.map((link) => (
            <li key={link.id} className="share-item">
              <span className="share-who">
                {link.role === 'editor' ? 'Editor' : 'Viewer'} link{' '}
                <span className="muted">
                  · used {link.uses}
                  {link.max_uses !== null ? ` of ${link.max_uses}` : ''} ·{' '}
                  {link.expires_at ? `expires ${new Date(link.expires_at).toLocaleString()}` : 'no expiry'}
                </span>
              </span>
              <button
                type="button"
                className="small"
                aria-label={`Revoke the ${link.role} link made ${new Date(link.created_at).toLocaleString()}`}
                onClick={() => onRevoke(link)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RoleSelect({ value, onChange }: { value: GrantableRole; onChange: (role: GrantableRole) => void }) {
  return (
    <label>
      Role
      <select value={value} onChange={(event) => onChange(event.target.value as GrantableRole)}>
        <option value="editor">Editor</option>
        <option value="viewer">Viewer (read only)</option>
      </select>
    </label>
  );
}
