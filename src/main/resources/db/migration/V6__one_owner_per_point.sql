-- One owner per point: a firm's position and the zones that contain it are kept with the
-- firm in the enterprise registry (a platform's with the platform, which never used the
-- place table), no longer copied into place.
--
-- The enterprise import wrote a firm's position to both tables at once; the points import
-- (POST …/places/firm) wrote to place alone. So where a firm's place row differs from its
-- registry row, the place row holds the later position: it moves into the registry. Where
-- they agree, the copy goes. Points of codes that are no firm of the registry (and any
-- platform point) cannot be served from a registry: they are kept, as they were, in
-- retired_place, so that nothing is lost; the map no longer shows them.

update enterprise set
    lon = (select p.lon from place p
           where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc),
    lat = (select p.lat from place p
           where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc),
    input_crs = (select p.input_crs from place p
           where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc),
    input_lon = (select p.input_lon from place p
           where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc),
    input_lat = (select p.input_lat from place p
           where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc),
    zones = (select p.zones from place p
           where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc)
where exists (select 1 from place p
              where p.plan_id = enterprise.plan_id and p.kind = 'firm' and p.code = enterprise.uscc
                and (enterprise.lon is null or enterprise.lat is null or enterprise.input_crs is null
                     or enterprise.input_lon is null or enterprise.input_lat is null
                     or p.lon <> enterprise.lon or p.lat <> enterprise.lat
                     or p.input_crs <> enterprise.input_crs or p.input_lon <> enterprise.input_lon
                     or p.input_lat <> enterprise.input_lat or p.zones <> enterprise.zones));

create table retired_place (
    plan_id     varchar(64)  not null,
    kind        varchar(16)  not null,
    code        varchar(64)  not null,
    name_zh     varchar(500) not null,
    name_en     varchar(500),
    lon         double precision not null,
    lat         double precision not null,
    input_crs   varchar(16)  not null,
    input_lon   double precision not null,
    input_lat   double precision not null,
    zones       varchar(2000) not null,
    demo        boolean      not null,
    source      varchar(500),
    imported_at timestamp    not null,
    primary key (plan_id, kind, code)
);

insert into retired_place (plan_id, kind, code, name_zh, name_en, lon, lat, input_crs, input_lon, input_lat,
                           zones, demo, source, imported_at)
select p.plan_id, p.kind, p.code, p.name_zh, p.name_en, p.lon, p.lat, p.input_crs, p.input_lon, p.input_lat,
       p.zones, p.demo, p.source, p.imported_at
from place p
where not (p.kind = 'firm'
           and exists (select 1 from enterprise e where e.plan_id = p.plan_id and e.uscc = p.code));

drop table place;
