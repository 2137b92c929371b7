-- CalDAV (docs/caldav.md, "The CalDAV server"): what a client sent that the task does not hold, and a change log
-- per calendar collection (project) for sync-collection (RFC 6578).

-- A task a CalDAV client has seen written: its UID (the client's on create, else `doable-task-<id>@doable`), the
-- resource name it lives under in its collection, and the client's properties Doable does not model (jCal).
-- Tasks never written over CalDAV have no row: their UID and name follow from their id.
create table backend.caldav_objects (
  task_id bigint primary key references backend.tasks (id) on delete cascade,
  uid text not null unique check (char_length(uid) between 1 and 1000),
  -- The last path segment, decoded (`<uid>.ics` unless the client chose another name).
  name text not null check (char_length(name) between 1 and 1000),
  extras jsonb
);
-- A resource is looked up by its name within its project.
create index caldav_objects_name_idx on backend.caldav_objects (name);

-- The last sequence number handed out per project. The log is written at commit (deferred triggers below), and
-- taking the next number locks the project's row until that commit ends, so one project's changes get their numbers
-- in commit order: a reader who sees number n has seen every change before it, which makes the number a safe sync
-- token. (A plain sequence would not: a transaction holding 5 may commit after one holding 6 was read.)
create table backend.caldav_collections (
  project_id bigint primary key,
  seq bigint not null default 0
);

-- One row per change of a task in a project: changed (created, edited, moved in) or removed (deleted, moved out).
-- No foreign key to projects: deleting a project deletes its tasks after the project row, and their removals are
-- still logged.
create table backend.caldav_changes (
  project_id bigint not null,
  seq bigint not null,
  task_id bigint not null,
  -- The resource name at the time, for the tombstone of a task that is gone.
  name text not null,
  removed boolean not null,
  primary key (project_id, seq)
);
-- A task's last name in a project (its tombstone's name), and each task's last change for sync-collection.
create index caldav_changes_task_idx on backend.caldav_changes (project_id, task_id, seq);

-- A client's own name for a calendar it made with MKCALENDAR: the collection is found under that name for that user.
create table backend.caldav_calendar_names (
  user_id text not null references backend."user" (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 200),
  project_id bigint not null references backend.projects (id) on delete cascade,
  primary key (user_id, name),
  unique (user_id, project_id)
);

create function backend.caldav_log(p_project bigint, p_task bigint, p_removed boolean) returns void language plpgsql as $$
declare
  next_seq bigint;
  object_name text;
begin
  insert into backend.caldav_collections as c (project_id, seq) values (p_project, 1)
    on conflict (project_id) do update set seq = c.seq + 1
    returning seq into next_seq;
  select o.name into object_name from backend.caldav_objects o where o.task_id = p_task;
  -- A deleted task's caldav_objects row is gone by commit: its last logged name in the project is its name.
  if object_name is null then
    select c.name into object_name from backend.caldav_changes c
      where c.project_id = p_project and c.task_id = p_task order by c.seq desc limit 1;
  end if;
  insert into backend.caldav_changes (project_id, seq, task_id, name, removed)
    values (p_project, next_seq, p_task, coalesce(object_name, 'doable-task-' || p_task || '@doable.ics'), p_removed);
end $$;

-- Every writer of tasks (REST, chat, MCP, CalDAV, the recurring-task service through the backend) changes these rows,
-- so a trigger in the change's own transaction logs them all, exactly once, whatever the mode. Deferred to commit:
-- the project's counter is then taken after every other lock the transaction holds, and held only while it commits.
create function backend.caldav_log_task() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform backend.caldav_log(new.project_id, new.id, false);
  elsif tg_op = 'DELETE' then
    perform backend.caldav_log(old.project_id, old.id, true);
  elsif old.project_id <> new.project_id then
    -- Two counters: taken in project order, so two moves in opposite directions cannot wait for each other.
    if old.project_id < new.project_id then
      perform backend.caldav_log(old.project_id, old.id, true);
      perform backend.caldav_log(new.project_id, new.id, false);
    else
      perform backend.caldav_log(new.project_id, new.id, false);
      perform backend.caldav_log(old.project_id, old.id, true);
    end if;
  -- The reminder's delivery mark and the manual order are not part of the iCalendar object.
  elsif (to_jsonb(old) - 'reminder_sent_at' - 'position') is distinct from (to_jsonb(new) - 'reminder_sent_at' - 'position') then
    perform backend.caldav_log(new.project_id, new.id, false);
  end if;
  return null;
end $$;

create constraint trigger tasks_caldav_log after insert or update or delete on backend.tasks
  deferrable initially deferred for each row execute function backend.caldav_log_task();

-- A client's extras are part of the object: a change to them is a change of the task for sync.
create function backend.caldav_log_object() returns trigger language plpgsql as $$
declare
  task_project bigint;
begin
  select t.project_id into task_project from backend.tasks t where t.id = new.task_id;
  if task_project is not null and (tg_op = 'INSERT' or old is distinct from new) then
    perform backend.caldav_log(task_project, new.task_id, false);
  end if;
  return null;
end $$;

create constraint trigger caldav_objects_log after insert or update on backend.caldav_objects
  deferrable initially deferred for each row execute function backend.caldav_log_object();
