-- A warning of a figures file is acknowledged, like a round's, before the file is stored
-- (issue 12): the acknowledgement names the batch it let through; a round's has none.

alter table validation_acknowledgement add column batch_id bigint;
