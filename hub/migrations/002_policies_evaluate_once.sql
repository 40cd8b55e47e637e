-- The row-level security policies of 001 called cc_role(), cc_rollout() and cc_units() as plain expressions, so
-- PostgreSQL evaluated them once per row it looked at (each one a lookup in people and a pg_has_role check): a lead's
-- first pull of 261,454 records took 136 s and 500 supervisors' first pulls did not finish in ten minutes. Wrapped in a
-- sub-select, each becomes an InitPlan evaluated once per statement. The role test is a whole boolean sub-select
-- (not "(SELECT cc_role()) = 'lead'"), so that the planner does not guess it keeps 1 row in 200 and sort the whole
-- table instead of walking the (txid, seq) index: a lead's pull page went from 7.3 s to 0.1 s at agency scale.
-- A supervisor's (or trainer's) units are an array, not a sub-select, so their reads use the unit index and the new
-- index of shared rows (agency and rollout scope) together: a supervisor's first pull at agency scale went from
-- 0.6 s of a sequential scan to 0.07 s. Same rules, same answers (hub/test/rls.test.ts).
CREATE INDEX records_shared ON records (scope) WHERE scope <> 'unit';

DROP POLICY lead_all ON records;
DROP POLICY supervisor_read ON records;
DROP POLICY supervisor_insert ON records;
DROP POLICY supervisor_update ON records;
DROP POLICY trainer_all ON records;

CREATE POLICY lead_all ON records TO cc_lead
  USING ((SELECT cc_role() = 'lead')) WITH CHECK ((SELECT cc_role() = 'lead'));

CREATE POLICY supervisor_read ON records FOR SELECT TO cc_supervisor
  USING ((SELECT cc_role() = 'supervisor') AND (scope IN ('agency', 'rollout') OR unit_id = ANY (ARRAY(SELECT cc_units()))));
CREATE POLICY supervisor_insert ON records FOR INSERT TO cc_supervisor
  WITH CHECK ((SELECT cc_role() = 'supervisor') AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')));
CREATE POLICY supervisor_update ON records FOR UPDATE TO cc_supervisor
  USING ((SELECT cc_role() = 'supervisor') AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')))
  WITH CHECK ((SELECT cc_role() = 'supervisor') AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')));

CREATE POLICY trainer_all ON records TO cc_trainer
  USING ((SELECT cc_role() = 'trainer') AND (scope = 'agency'
    OR (scope = 'rollout' AND rollout_id = (SELECT cc_rollout()))
    OR (scope = 'unit' AND unit_id = ANY (ARRAY(SELECT cc_units())))))
  WITH CHECK ((SELECT cc_role() = 'trainer') AND (scope = 'agency'
    OR (scope = 'rollout' AND rollout_id = (SELECT cc_rollout()))
    OR (scope = 'unit' AND unit_id IN (SELECT cc_units()))));

DROP POLICY own_pushes ON pushes;
CREATE POLICY own_pushes ON pushes TO cc_supervisor, cc_trainer, cc_lead
  USING (person_id = (SELECT cc_person()) AND (SELECT cc_role() IS NOT NULL))
  WITH CHECK (person_id = (SELECT cc_person()) AND (SELECT cc_role() IS NOT NULL));
