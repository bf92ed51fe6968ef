-- Rule packs live in PostgreSQL once they are put into service (or submitted for it): every instance on
-- this database loads them from here at start-up and hears of each publication or withdrawal, so
-- publishing once reaches every instance and a restart loses nothing. Append-only, like the log.

-- Every file of every stored pack, by the sha256 of its bytes: a file shared by many packs (or versions)
-- is stored once.
create table pack_file (
    sha256   char(64) primary key,
    content  bytea    not null
);

-- Which files make up the pack whose content hash (PackFiles.sha256, what decisions record) is pack_sha256.
create table pack_content (
    pack_sha256  char(64) not null,
    path         text     not null,
    file_sha256  char(64) not null references pack_file (sha256),
    primary key (pack_sha256, path)
);

-- What happened to packs, in order. seq is the publication sequence number: an instance that has applied
-- every event up to seq serves exactly the packs those events put into service.
--   SUBMITTED  checked and stored, awaiting a second policy account's approval (four eyes)
--   PUBLISHED  in service (approved by `by_account`, or recorded at start-up from the bundled packs)
--   WITHDRAWN  no longer decides new cases; kept, and loadable, for replays
create table pack_event (
    seq             bigint generated always as identity primary key,
    kind            text        not null check (kind in ('SUBMITTED', 'PUBLISHED', 'WITHDRAWN')),
    pack_id         text        not null,
    version         text        not null,
    sha256          char(64)    not null,
    effective_from  date        not null,
    effective_to    date,
    by_account      text        not null,
    at              timestamptz not null default now(),
    source          text        not null,  -- upload, reload: <folder>, start-up: <origin>, draft <id>, approval of seq n
    note            text,                  -- a withdrawal's reason
    report          json                   -- the check report the event rests on
);

create index pack_event_pack on pack_event (pack_id, version);

create trigger pack_file_append_only before update or delete on pack_file
    for each row execute function decision_is_append_only();
create trigger pack_file_no_truncate before truncate on pack_file
    for each statement execute function decision_is_append_only();
create trigger pack_content_append_only before update or delete on pack_content
    for each row execute function decision_is_append_only();
create trigger pack_content_no_truncate before truncate on pack_content
    for each statement execute function decision_is_append_only();
create trigger pack_event_append_only before update or delete on pack_event
    for each row execute function decision_is_append_only();
create trigger pack_event_no_truncate before truncate on pack_event
    for each statement execute function decision_is_append_only();
