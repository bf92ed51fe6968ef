-- Every rule pack the service has put into service, with the sha256 of its content: a decision's pack
-- (id, version, sha256) can always be named, and one id and version can never stand for two contents.
-- Append-only, like the decision log.

create table rule_pack (
    id              text        not null,
    version         text        not null,
    sha256          char(64)    not null,
    effective_from  date        not null,
    effective_to    date,
    published_at    timestamptz not null default now(),
    published_by    text        not null,
    source          text        not null,  -- how it came: start-up, upload, reload, with its folder
    primary key (id, version)
);

create trigger rule_pack_no_update_delete before update or delete on rule_pack
    for each row execute function decision_is_append_only();
create trigger rule_pack_no_truncate before truncate on rule_pack
    for each statement execute function decision_is_append_only();
