import { useCallback, useEffect, useRef, useState } from 'react';
import { DatabaseOutageBanner, useDatabaseOutage } from './api/database-outage-banner.tsx';
import { AuthScreen } from './auth/auth-screen.tsx';
import { useSession } from './auth/use-session.ts';
import { ChatPanel } from './chat/chat-panel.tsx';
import { LiveStatusIndicator } from './live/live-status.tsx';
import { type TaskMessage, useLiveUpdates } from './live/use-live-updates.ts';
import { ConnectedApps } from './oauth/connected-apps.tsx';
import { ConsentScreen } from './oauth/consent-screen.tsx';
import { CONSENT_PATH } from './oauth/oauth-request.ts';
import { InvitationsDialog } from './projects/invitations-dialog.tsx';
import { inviteTokenFromPath } from './projects/invite-link.ts';
import { InvitePage } from './projects/invite-page.tsx';
import { firstName } from './projects/people.ts';
import { ProjectForm } from './projects/project-form.tsx';
import { changesProjectCounts } from './projects/project-refresh.ts';
import { Sidebar } from './projects/sidebar.tsx';
import { useProjects } from './projects/use-projects.ts';
import { NotificationBell } from './reminders/notification-bell.tsx';
import { ReminderToasts, useReminderToasts } from './reminders/reminder-toasts.tsx';
import { usePushNotifications } from './reminders/use-push-notifications.ts';
import { CalendarApps } from './settings/calendar-apps.tsx';
import { TasksPage } from './tasks/tasks-page.tsx';
import { useUrlView } from './tasks/use-url-view.ts';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A request to show one task (from a reminder or a notification click); `seq` repeats a request for the same task. */
export interface OpenTaskRequest {
  taskId: number;
  seq: number;
}

function taskFromUrl(): OpenTaskRequest | undefined {
  const id = Number(new URLSearchParams(location.search).get('task'));
  return Number.isInteger(id) && id > 0 ? { taskId: id, seq: 0 } : undefined;
}

export function App() {
  const session = useSession();
  const { me } = session;
  const signedIn = session.state === 'signed-in';
  const [chatOpen, setChatOpen] = useState(false);
  const [connectedAppsOpen, setConnectedAppsOpen] = useState(false);
  const [calendarAppsOpen, setCalendarAppsOpen] = useState(false);
  const [refreshSignal, setRefreshSignal] = useState(0);
  const [liveSignal, setLiveSignal] = useState(0);
  const [liveMessage, setLiveMessage] = useState<TaskMessage>();
  // Bumped on a project or membership message, a notification, a (re)connect, and a task change that alters the counts.
  const [projectSignal, setProjectSignal] = useState(0);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [projectDialog, setProjectDialog] = useState<'new' | 'invitations'>();
  const [notice, setNotice] = useState<string>();
  const [inviteToken, setInviteToken] = useState(() => inviteTokenFromPath(location.pathname));
  const urlView = useUrlView();
  const projects = useProjects(signedIn && !inviteToken, projectSignal + refreshSignal);
  const [openTask, setOpenTask] = useState<OpenTaskRequest | undefined>(taskFromUrl);
  const reminders = useReminderToasts();
  const push = usePushNotifications(signedIn);
  const liveStatus = useLiveUpdates(signedIn, {
    onTasksChanged: (message) => {
      setLiveSignal((n) => n + 1);
      if (message) setLiveMessage(message);
      // Not on every task message: a rename or a new due date leaves the sidebar as it was.
      if (!message || changesProjectCounts(message.event)) setProjectSignal((n) => n + 1);
    },
    onReminder: reminders.show,
    onProject: () => setProjectSignal((n) => n + 1),
    onNotification: (notification) => {
      const who = notification.actor.name ? firstName(notification.actor.name) : 'Someone';
      setNotice(
        notification.kind === 'task_assigned'
          ? `${who} assigned you “${notification.title}”.`
          : `${who} invited you to “${notification.project_name}”: see Invitations in the sidebar.`,
      );
      setProjectSignal((n) => n + 1);
    },
  });
  const showTask = useCallback((taskId: number) => setOpenTask((current) => ({ taskId, seq: (current?.seq ?? 0) + 1 })), []);
  const outage = useDatabaseOutage();
  const latestSession = useRef(session);
  latestSession.current = session;

  // The database is back: refetch what is on screen, or ask again who is signed in if that was what failed.
  useEffect(() => {
    if (outage.recoveries === 0) return;
    setRefreshSignal((n) => n + 1);
    if (latestSession.current.state === 'unreachable') void latestSession.current.refresh();
  }, [outage.recoveries]);

  // The service worker hands over a push that arrived while this tab was in front, and notification clicks.
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; task_id?: number } | null;
      if (data?.type === 'reminder') reminders.show(data as Parameters<typeof reminders.show>[0]);
      else if (data?.type === 'open-task' && typeof data.task_id === 'number') showTask(data.task_id);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, [reminders.show, showTask]);

  // The project shown is no longer one of the user's (removed by its owner, deleted, or left in another tab):
  // back to all tasks, saying why. Checked against each fresh list, so it holds however the news arrived.
  // Only a list fetched after the project was opened counts: one just created or joined is not in the list before.
  const shownProject = urlView.view.project;
  const knownProjects = projects.all;
  const listVersion = projects.version;
  const { updateView } = urlView;
  const openedAt = useRef({ project: shownProject, version: listVersion });
  if (openedAt.current.project !== shownProject) openedAt.current = { project: shownProject, version: listVersion };
  useEffect(() => {
    if (shownProject === null || !knownProjects || listVersion <= openedAt.current.version) return;
    if (knownProjects.some((project) => project.id === shownProject)) return;
    setNotice('That project is no longer shared with you: it was deleted, or you are no longer a member.');
    updateView({ project: null, smart: '' });
  }, [shownProject, knownProjects, listVersion, updateView]);

  if (session.state === 'checking') return <main className="auth" aria-busy="true" />;
  if (session.state === 'unreachable') return <Unreachable onRetry={session.refresh} databaseDown={outage.down} />;
  if (!signedIn) return <AuthScreen onSignedIn={session.refresh} />;
  if (location.pathname === CONSENT_PATH) return <ConsentScreen me={me} />;
  if (inviteToken)
    return (
      <InvitePage
        token={inviteToken}
        onJoined={(project) => {
          history.replaceState(null, '', `/?project=${project.id}`);
          setInviteToken(undefined);
          urlView.updateView({ project: project.id, smart: '' });
        }}
      />
    );

  return (
    <div className={`shell${chatOpen ? ' with-chat' : ''}`}>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen(!drawerOpen)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">Projects and views</span>
        </button>
        <h1 className="brand">
          <span aria-hidden="true">✓</span> <span className="brand-name">Doable</span>
        </h1>
        <div className="topbar-actions">
          {me && (
            <span className="muted user-name" title={`Times shown in ${me.time_zone}`}>
              {me.name}
            </span>
          )}
          <LiveStatusIndicator status={liveStatus} />
          <NotificationBell push={push} />
          <button type="button" aria-expanded={chatOpen} aria-controls="assistant" onClick={() => setChatOpen(!chatOpen)}>
            Assistant
          </button>
          <button type="button" onClick={() => setConnectedAppsOpen(true)}>
            {/* An apps icon on a phone's narrow bar; the button's name stays "Connected apps" for everyone. */}
            <svg className="apps-short" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <rect x="1.5" y="1.5" width="5" height="5" rx="1" fill="currentColor" />
              <rect x="9.5" y="1.5" width="5" height="5" rx="1" fill="currentColor" />
              <rect x="1.5" y="9.5" width="5" height="5" rx="1" fill="currentColor" />
              <rect x="9.5" y="9.5" width="5" height="5" rx="1" fill="currentColor" />
            </svg>
            <span className="apps-long">Connected apps</span>
          </button>
          <button type="button" onClick={() => setCalendarAppsOpen(true)}>
            <svg className="apps-short" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            <span className="apps-long">Calendar apps</span>
          </button>
          <button type="button" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <Sidebar
        projects={projects.all}
        place={{ project: urlView.view.project, smart: urlView.view.smart }}
        invitationCount={projects.invitations.length}
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        onSelect={(place) => urlView.showPlace(place)}
        onMove={(id, delta) => void projects.move(id, delta)}
        onDrop={(id, targetId, at) => void projects.drop(id, targetId, at)}
        onNewProject={() => setProjectDialog('new')}
        onInvitations={() => setProjectDialog('invitations')}
      />
      <main className="content">
        <DatabaseOutageBanner down={outage.down} />
        {notice && (
          <p role="alert" className="banner notice">
            {notice}{' '}
            <button type="button" className="small" onClick={() => setNotice(undefined)}>
              OK
            </button>
          </p>
        )}
        {projects.error && (
          <p role="alert" className="error banner">
            {projects.error}
          </p>
        )}
        {session.signOutError && (
          <p role="alert" className="error banner">
            {session.signOutError}
          </p>
        )}
        <TasksPage
          urlView={urlView}
          projects={projects}
          me={me}
          liveMessage={liveMessage}
          timeZone={me?.time_zone ?? browserTimeZone()}
          refreshSignal={refreshSignal}
          liveSignal={liveSignal}
          isLive={liveStatus === 'live'}
          openTask={openTask}
          onReminderSet={push.offer}
        />
      </main>
      <ReminderToasts
        shown={reminders.shown}
        timeZone={me?.time_zone ?? browserTimeZone()}
        onOpen={showTask}
        onDismiss={reminders.dismiss}
      />
      {projectDialog === 'new' && (
        <ProjectForm
          onClose={() => setProjectDialog(undefined)}
          onSaved={(project) => {
            setProjectDialog(undefined);
            void projects.reload();
            urlView.showPlace({ project: project.id, smart: '' });
          }}
        />
      )}
      {projectDialog === 'invitations' && (
        <InvitationsDialog
          invitations={projects.invitations}
          onClose={() => setProjectDialog(undefined)}
          onAnswered={(joined) => {
            void projects.reload();
            if (joined) {
              setProjectDialog(undefined);
              urlView.showPlace({ project: joined.id, smart: '' });
            }
          }}
        />
      )}
      {connectedAppsOpen && <ConnectedApps onClose={() => setConnectedAppsOpen(false)} />}
      {calendarAppsOpen && <CalendarApps email={me?.email} onClose={() => setCalendarAppsOpen(false)} />}
      {chatOpen && (
        <div id="assistant" className="chat-container">
          <ChatPanel onTasksChanged={() => setRefreshSignal((n) => n + 1)} onClose={() => setChatOpen(false)} />
        </div>
      )}
    </div>
  );
}

/**
 * The session check got no answer: whether this browser is signed in is not known yet. When the server answered that
 * its database is away, the page retries by itself and goes on once it is back.
 */
function Unreachable({ onRetry, databaseDown }: { onRetry: () => Promise<unknown>; databaseDown: boolean }) {
  return (
    <main className="auth">
      <div className="auth-card stack">
        <h1 className="brand">
          <span aria-hidden="true">✓</span> Doable
        </h1>
        <DatabaseOutageBanner down={databaseDown} detail="Your tasks will open by themselves once it is back." />
        {!databaseDown && (
          <>
            <p role="alert">Could not reach Doable. Check your connection, or whether the server is running.</p>
            <button type="button" className="primary" onClick={() => void onRetry()}>
              Try again
            </button>
          </>
        )}
      </div>
    </main>
  );
}
