-- Targets and baselines decomposed to zones (分解目标), uploaded by the administrator or
-- the corridor approver; laid over the pack's decomposition. An upload replaces the
-- plan's rows whole; the audit keeps what they were.
create table zone_target (
    plan_id        varchar(64)    not null,
    indicator_code varchar(64)    not null,
    zone_code      varchar(64)    not null,
    target_year    integer        not null,
    target_value   numeric(24, 6) not null,
    target_upper   numeric(24, 6),
    primary key (plan_id, indicator_code, zone_code, target_year)
);

create table zone_baseline (
    plan_id        varchar(64)    not null,
    indicator_code varchar(64)    not null,
    zone_code      varchar(64)    not null,
    base_year      integer        not null,
    base_value     numeric(24, 6) not null,
    primary key (plan_id, indicator_code, zone_code)
);
