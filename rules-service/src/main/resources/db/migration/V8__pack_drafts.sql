-- Drafts of packs, kept in PostgreSQL so policy staff (and the console) can make next year's pack, change
-- it one parameter or file at a time, check it and submit it — every change recorded, nothing overwritten.

create table pack_draft (
    id                uuid        primary key,
    based_on_id       text        not null,
    based_on_version  text        not null,
    based_on_sha256   char(64)    not null,
    year              integer     not null,
    created_by        text        not null,
    created_at        timestamptz not null default now()
);

-- Each change to a draft: the file at `path` is from then on the one with this content (null: removed).
-- A draft's files are, for each path, its last change. The first changes are the files new-pack made.
create table pack_draft_change (
    seq          bigint generated always as identity primary key,
    draft_id     uuid        not null references pack_draft (id),
    path         text        not null,
    file_sha256  char(64)    references pack_file (sha256),
    what         text        not null,  -- "new-pack from nanumteo-2024 2024.1.0", "parameter budget.x: 56712000 → 58000000", "file dual-income.drl"
    reason       text,
    by_account   text        not null,
    at           timestamptz not null default now()
);

create index pack_draft_change_draft on pack_draft_change (draft_id, seq);

create trigger pack_draft_append_only before update or delete on pack_draft
    for each row execute function decision_is_append_only();
create trigger pack_draft_no_truncate before truncate on pack_draft
    for each statement execute function decision_is_append_only();
create trigger pack_draft_change_append_only before update or delete on pack_draft_change
    for each row execute function decision_is_append_only();
create trigger pack_draft_change_no_truncate before truncate on pack_draft_change
    for each statement execute function decision_is_append_only();
