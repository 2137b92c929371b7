-- Through what each change was made (web app, API, chat, MCP, CalDAV) and by which client app. Entries recorded
-- before this stay as they are: they say nothing about it.
alter table audit.audit_log add column via_channel text;
alter table audit.audit_log add column via_client text;
