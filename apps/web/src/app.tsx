import { useCallback, useEffect, useRef, useState } from 'react';
import { DatabaseOutageBanner, useDatabaseOutage } from './api/database-outage-banner.tsx';
import { AuthScreen } from './auth/auth-screen.tsx';
import { useSession } from './auth/use-session.ts';
import { ChatPanel } from './chat/chat-panel.tsx';
import { LiveStatusIndicator } from './live/live-status.tsx';
import { useLiveUpdates } from './live/use-live-updates.ts';
import { ConnectedApps } from './oauth/connected-apps.tsx';
import { ConsentScreen } from './oauth/consent-screen.tsx';
import { CONSENT_PATH } from './oauth/oauth-request.ts';
import { NotificationBell } from './reminders/notification-bell.tsx';
import { ReminderToasts, useReminderToasts } from './reminders/reminder-toasts.tsx';
import { usePushNotifications } from './reminders/use-push-notifications.ts';
import { TasksPage } from './tasks/tasks-page.tsx';

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
  const [refreshSignal, setRefreshSignal] = useState(0);
  const [liveSignal, setLiveSignal] = useState(0);
  const [openTask, setOpenTask] = useState<OpenTaskRequest | undefined>(taskFromUrl);
  const reminders = useReminderToasts();
  const push = usePushNotifications(signedIn);
  const liveStatus = useLiveUpdates(signedIn, {
    onTasksChanged: () => setLiveSignal((n) => n + 1),
    onReminder: reminders.show,
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

  if (session.state === 'checking') return <main className="auth" aria-busy="true" />;
  if (session.state === 'unreachable') return <Unreachable onRetry={session.refresh} databaseDown={outage.down} />;
  if (!signedIn) return <AuthScreen onSignedIn={session.refresh} />;
  if (location.pathname === CONSENT_PATH) return <ConsentScreen me={me} />;

  return (
    <div className={`shell${chatOpen ? ' with-chat' : ''}`}>
      <header className="topbar">
        <h1 className="brand">
          <span aria-hidden="true">✓</span> Doable
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
          <button type="button" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main className="content">
        <DatabaseOutageBanner down={outage.down} />
        {session.signOutError && (
          <p role="alert" className="error banner">
            {session.signOutError}
          </p>
        )}
        <TasksPage
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
      {connectedAppsOpen && <ConnectedApps onClose={() => setConnectedAppsOpen(false)} />}
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
