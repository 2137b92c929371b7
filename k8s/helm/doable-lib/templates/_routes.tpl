{{/*
The public paths on Doable's one host and the service each goes to: the only list of them. Every chart's Ingress
takes the rows naming it, and the local stack's reverse proxy (packages/stack/src/proxy/) is generated from the
same rows. Paths are prefixes, as an Ingress's pathType Prefix: the longest match wins. `websocket: true` marks a
route that carries WebSocket upgrades (its chart sets the controller's idle timeouts).
Between the define and end lines: plain YAML, read as such by the stack.
*/}}
{{- define "doable-lib.routes" -}}
- path: /
  service: todo-frontend
- path: /ws
  service: websocket-service
  websocket: true
- path: /api/v1/push
  service: notification-service
- path: /docs
  service: todo-backend
# CalDAV (WebDAV methods, collection paths ending in a slash, XML bodies) and its discovery redirect, and the
# calendar feeds: straight to the backend, since Dapr invocation through the frontend drops trailing slashes.
- path: /dav
  service: todo-backend
- path: /.well-known/caldav
  service: todo-backend
- path: /feeds
  service: todo-backend
{{- end -}}
