-- A CalDAV UID is unique per calendar (RFC 4791 no-uid-conflict is per collection), not across calendars: clients
-- move a task between lists by a PUT to the new one before the DELETE from the old, and two people may import one
-- file. The server checks the UID within the task's project, serialising two PUTs of one new UID with a lock.
alter table backend.caldav_objects drop constraint if exists caldav_objects_uid_key;
-- A task is looked up by its UID within its project.
create index caldav_objects_uid_idx on backend.caldav_objects (uid);
