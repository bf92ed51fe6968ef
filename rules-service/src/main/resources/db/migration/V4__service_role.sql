-- Least privilege. Flyway runs these migrations as the owner of the schema; the service connects as its
-- own role (spring.datasource.username, placeholder service_role), which may read the log and add to it and
-- nothing else: no update, delete or truncate, and — not owning the tables — no switching the append-only
-- triggers off (ALTER TABLE … DISABLE TRIGGER, session_replication_role need the owner or a superuser).
--
-- Roles belong to the whole PostgreSQL server, schemas to one database: several checkouts testing at once in
-- schemas of their own share the role. So the role is created only when it is missing, and a checkout that
-- loses the race to create it at the same moment carries on. The grants are per schema.

do $$
begin
    if not exists (select from pg_roles where rolname = '${service_role}') then
        -- No password: on the local PostgreSQL (trust authentication) none is asked. Elsewhere the DBA creates
        -- the role beforehand, with its password (README, Configuration); this then only grants.
        execute format('create role %I login', '${service_role}');
    end if;
exception
    when duplicate_object or unique_violation then
        null; -- created by a migration of another schema in the meantime
    when insufficient_privilege then
        raise exception 'the service role "%" does not exist, and "%" may not create it', '${service_role}', current_user
            using hint = format('create it first (create role %I login password …), or migrate as a user with CREATEROLE',
                                '${service_role}');
end
$$;

do $$
declare
    grantee text := '${service_role}';
    target  text := '${flyway:defaultSchema}';
begin
    if grantee = current_user then
        -- the service connects as the owner (not advised; the service logs a warning): nothing to grant
        return;
    end if;
    execute format('grant usage on schema %I to %I', target, grantee);
    execute format('grant select, insert on all tables in schema %I to %I', target, grantee);
    -- Tables that later migrations (run by this same owner) add get the same grants, and no more.
    execute format('alter default privileges in schema %I grant select, insert on tables to %I', target, grantee);
    -- Flyway's own history is the owner's business.
    execute format('revoke all on table %I.%I from %I', target, '${flyway:table}', grantee);
end
$$;
