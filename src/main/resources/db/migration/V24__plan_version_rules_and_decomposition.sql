-- A version of the plan (规划调整) carries its own rules between figures (rules.yaml) and
-- targets decomposed to zones (decomposition.yaml) besides its indicators: an edit of a
-- rule or an upload of zone targets is a proposal the corridor approver decides, and
-- evaluating a past year uses the decomposition of the version then in force. Null (a
-- version stored before this migration) is the pack's file. The tables validation_rule
-- and zone_target/zone_baseline (V14, V15) are no longer written: what they held is
-- proposed once, by the system, as a plan adjustment for the corridor approver to decide
-- (LegacyRules, LegacyZoneTargets), and they are emptied. validation_acknowledgement
-- stays in use.
alter table plan_version add column rules_yaml text;
alter table plan_version add column decomposition_yaml text;
