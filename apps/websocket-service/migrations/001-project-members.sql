-- Who may receive a project's live updates, built from `project-events` (never from the backend's tables).
-- A removed member keeps a row with role null, and every row remembers the time of the event that wrote it,
-- so an older event delivered late (a redelivery, or another replica applying the same stream) cannot undo a newer one.
create table live.project_members (
  project_id bigint not null,
  user_id text not null,
  role varchar(10),
  event_at timestamptz not null,
  primary key (project_id, user_id)
);
create index project_members_user_idx on live.project_members (user_id);

-- Project ids are never reused: once deleted, no late membership event brings a project's members back.
create table live.deleted_projects (
  project_id bigint primary key,
  deleted_at timestamptz not null
);
