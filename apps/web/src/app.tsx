import type { Me } from '@doable/contracts';
import { useCallback, useEffect, useState } from 'react';
import { apiRequest, findToken, saveToken, setUnauthorizedHandler } from './api/api-client.ts';
import { AuthScreen } from './auth/auth-screen.tsx';
import { ChatPanel } from './chat/chat-panel.tsx';
import { TasksPage } from './tasks/tasks-page.tsx';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function App() {
  const [signedIn, setSignedIn] = useState(() => findToken() !== null);
  const [me, setMe] = useState<Me>();
  const [chatOpen, setChatOpen] = useState(false);
  const [refreshSignal, setRefreshSignal] = useState(0);

  const signOut = useCallback(async () => {
    try {
      await apiRequest('POST', '/api/auth/sign-out', {});
    } catch {
      // The token is forgotten either way.
    }
    saveToken(null);
    setMe(undefined);
    setSignedIn(false);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      saveToken(null);
      setSignedIn(false);
    });
  }, []);

  // Recurrence and plain-language dates are computed in the user's zone: keep it equal to the browser's.
  useEffect(() => {
    if (!signedIn) return;
    void (async () => {
      let profile = await apiRequest<Me>('GET', '/api/v1/me');
      const zone = browserTimeZone();
      if (zone && profile.time_zone !== zone) profile = await apiRequest<Me>('PATCH', '/api/v1/me', { time_zone: zone });
      setMe(profile);
    })().catch(() => {});
  }, [signedIn]);

  if (!signedIn) return <AuthScreen onSignedIn={() => setSignedIn(true)} />;

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
          <button type="button" aria-expanded={chatOpen} aria-controls="assistant" onClick={() => setChatOpen(!chatOpen)}>
            Assistant
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main className="content">
        <TasksPage timeZone={me?.time_zone ?? browserTimeZone()} refreshSignal={refreshSignal} />
      </main>
      {chatOpen && (
        <div id="assistant" className="chat-container">
          <ChatPanel onTasksChanged={() => setRefreshSignal((n) => n + 1)} onClose={() => setChatOpen(false)} />
        </div>
      )}
    </div>
  );
}
