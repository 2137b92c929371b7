// Doable's service worker, served at /sw.js with scope /: shows pushed reminders and opens the task on a click.
// The push payload is the notification service's: { type: 'reminder', task_id, title, due_at, remind_at, url }.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  event.waitUntil(onPush(event));
});

async function onPush(event) {
  let reminder;
  try {
    reminder = event.data?.json();
  } catch {
    reminder = undefined;
  }
  if (reminder?.type !== 'reminder') return;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  // A tab the user is looking at shows the reminder as a toast (it also comes over /ws; the page shows it once):
  // a system notification on top would say the same thing twice.
  const focused = windows.filter((client) => client.focused && client.visibilityState === 'visible');
  if (focused.length > 0) {
    for (const client of focused) client.postMessage(reminder);
    return;
  }
  await self.registration.showNotification(reminder.title, {
    body: describeDue(reminder.due_at),
    tag: `task-${reminder.task_id}`,
    renotify: true,
    requireInteraction: true,
    data: { task_id: reminder.task_id, url: taskUrl(reminder.task_id) },
  });
}

function describeDue(dueAt) {
  if (!dueAt) return 'Reminder';
  const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  return `Due ${when.format(new Date(dueAt))}`;
}

function taskUrl(taskId) {
  return new URL(`/?task=${encodeURIComponent(taskId)}`, self.location.origin).href;
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openTask(event.notification.data ?? {}));
});

async function openTask({ task_id, url }) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    await open.focus();
    open.postMessage({ type: 'open-task', task_id });
    return;
  }
  await self.clients.openWindow(url ?? '/');
}
