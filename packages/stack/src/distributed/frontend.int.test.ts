import { createApiClient, signUp } from '@doable/test-kit';
import { describe, expect, it } from 'vitest';
import { eventually } from '../test-stack.ts';
import { serviceUrl } from './distributed-stack.ts';

const frontend = () => createApiClient(serviceUrl('todo-frontend-0'));

describe('todo-frontend: the web app, and the API through Dapr service invocation', () => {
  it('serves the web app, and deep links load it', async () => {
    for (const path of ['/', '/?status=pending&sort=priority']) {
      const res = await fetch(`${serviceUrl('todo-frontend-0')}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('signs up, creates and lists tasks through the backend, as a browser on the frontend’s origin would', async () => {
    const api = frontend();
    const { token } = await signUp(api, 'Frontend User');
    const created = await api.post('/api/v1/tasks', { title: 'Through the frontend', priority: 'high', tags: ['web'] }, token);
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toContain('application/json');
    const listed = await api.get('/api/v1/tasks?search=frontend', token);
    expect(listed.body.items.map((t: { id: number }) => t.id)).toEqual([created.body.id]);
    const history = await eventually(
      () => api.get(`/api/v1/tasks/${created.body.id}/history`, token),
      (res) => res.body.items?.length === 1,
    );
    expect(history.body.items[0].event_type).toBe('created');
  });

  it('passes problem details and auth failures through unchanged', async () => {
    const api = frontend();
    const anonymous = await api.get('/api/v1/tasks');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const { token } = await signUp(api);
    const invalid = await api.post('/api/v1/tasks', { title: '' }, token);
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'validation_failed' });
  });

  it('sends push subscription calls to the notification service', async () => {
    const res = await frontend().get('/api/v1/push/public-key');
    expect(res.status).toBe(200);
    expect(res.body.public_key).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    const direct = await fetch(`${serviceUrl('notification-service-0')}/api/v1/push/public-key`);
    expect(res.body).toEqual(await direct.json());
  });
});
