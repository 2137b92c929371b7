import type { CSSProperties } from 'react';
import { avatarHue, initials } from './people.ts';

/** A member's initials in a coloured circle; the name is its accessible name and tooltip. */
export function Avatar({ userId, name, label }: { userId: string; name: string; label?: string }) {
  return (
    <span
      className="avatar"
      role="img"
      aria-label={label ?? name}
      title={label ?? name}
      style={{ '--avatar-hue': avatarHue(userId) } as CSSProperties}
    >
      <span aria-hidden="true">{initials(name)}</span>
    </span>
  );
}
