import { useEffect, useRef } from 'react';
import { AppPasswords } from './app-passwords.tsx';
import { CalendarFeedsSection } from './calendar-feeds-section.tsx';
import { CopyField } from './copy-field.tsx';

/**
 * Settings → Calendar apps: what a CalDAV client asks for (server, username, an app password), and read-only feed
 * links for calendar apps. docs/caldav.md walks through each client.
 */
export function CalendarApps({ email, onClose }: { email: string | undefined; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="task-dialog calendar-apps" aria-labelledby="calendar-apps-heading" onClose={onClose}>
      <h2 id="calendar-apps-heading">Calendar apps</h2>
      <section aria-labelledby="caldav-heading" className="settings-section stack">
        <h3 id="caldav-heading">Sync with task apps (CalDAV)</h3>
        <p className="muted">
          Tasks.org or jtx Board with DAVx⁵, Thunderbird, Apple Reminders, GNOME, Planify: add a CalDAV account with these settings and an
          app password from below. Each project is a task list.
        </p>
        <CopyField label="Server URL" value={`${location.origin}/dav/`} />
        <CopyField label="Username" value={email ?? ''} />
      </section>
      <AppPasswords />
      <CalendarFeedsSection />
      <div className="actions">
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
