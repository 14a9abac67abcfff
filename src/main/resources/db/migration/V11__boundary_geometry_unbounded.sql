-- An official boundary is as detailed as its survey: 70 000 vertices are 1.7 MB of GeoJSON,
-- more than the 1 000 000 characters the column held. TEXT has no length limit on PostgreSQL,
-- and on H2 it is a character string without a declared length (up to 1 000 000 000).
alter table zone_boundary alter column geojson set data type text;
