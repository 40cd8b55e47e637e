-- Schedules (issue 14) sync: a planned visit (ride-along, observation, one-to-one) names its caseworker and belongs to
-- that caseworker's unit; a recurring standup names its cohort and belongs to the cohort's rollout. So the supervisor
-- who plans a visit, the unit's other supervisors and the lead see it, and a cohort's standup series reaches everyone
-- in its rollout, as its standups do. Only the scope function changes; the policies already decide by scope and unit.
CREATE OR REPLACE FUNCTION cc_record_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
  NEW.txid := pg_current_xact_id();
  NEW.seq := nextval('record_seq');
  NEW.updated_at := now();
  IF NEW.purged IS NOT NULL THEN
    -- (An INSERT ... ON CONFLICT DO UPDATE checks its proposed row first, so the existing row's scope is looked up.)
    SELECT r.scope, r.unit_id, r.rollout_id, r.caseworker_id, r.cohort_id
      INTO NEW.scope, NEW.unit_id, NEW.rollout_id, NEW.caseworker_id, NEW.cohort_id
      FROM records r WHERE r.tbl = NEW.tbl AND r.id = NEW.id;
    IF FOUND THEN RETURN NEW; END IF;
  END IF;
  NEW.unit_id := NULL; NEW.rollout_id := NULL; NEW.caseworker_id := NULL; NEW.cohort_id := NULL;
  CASE
    WHEN NEW.tbl = 'units' THEN
      NEW.scope := 'unit'; NEW.unit_id := NEW.id;
    WHEN NEW.tbl = 'caseworkers' THEN
      NEW.scope := 'unit'; NEW.caseworker_id := NEW.id; NEW.unit_id := (NEW.fields ->> 'unitId')::uuid;
    WHEN NEW.tbl IN ('coachingEntries', 'gaps', 'monthlyMeasures', 'surveyResponses', 'toolUsage') THEN
      NEW.scope := 'unit'; NEW.caseworker_id := (NEW.fields ->> 'caseworkerId')::uuid;
      NEW.unit_id := (SELECT r.unit_id FROM records r WHERE r.tbl = 'caseworkers' AND r.id = NEW.caseworker_id);
    WHEN NEW.tbl IN ('surveyRounds', 'trainingSessions') THEN
      NEW.scope := 'rollout'; NEW.rollout_id := (NEW.fields ->> 'rolloutId')::uuid;
    WHEN NEW.tbl = 'cohorts' THEN
      NEW.scope := 'rollout'; NEW.rollout_id := (NEW.fields ->> 'rolloutId')::uuid; NEW.cohort_id := NEW.id;
    WHEN NEW.tbl = 'standups' THEN
      NEW.scope := 'rollout'; NEW.cohort_id := (NEW.fields ->> 'cohortId')::uuid;
      NEW.rollout_id := (SELECT r.rollout_id FROM records r WHERE r.tbl = 'cohorts' AND r.id = NEW.cohort_id);
    WHEN NEW.tbl = 'schedules' AND NEW.fields ->> 'caseworkerId' IS NOT NULL THEN
      -- A planned ride-along, observation or one-to-one belongs to the caseworker's unit, like its coaching entry.
      NEW.scope := 'unit'; NEW.caseworker_id := (NEW.fields ->> 'caseworkerId')::uuid;
      NEW.unit_id := (SELECT r.unit_id FROM records r WHERE r.tbl = 'caseworkers' AND r.id = NEW.caseworker_id);
    WHEN NEW.tbl = 'schedules' THEN
      -- A cohort's recurring standup belongs to the cohort's rollout, like the standups it plans.
      NEW.scope := 'rollout'; NEW.cohort_id := (NEW.fields ->> 'cohortId')::uuid;
      NEW.rollout_id := (SELECT r.rollout_id FROM records r WHERE r.tbl = 'cohorts' AND r.id = NEW.cohort_id);
    WHEN NEW.tbl IN ('rollouts', 'coaches', 'surveyInstruments', 'rubrics') THEN
      NEW.scope := 'agency';
    ELSE
      RAISE EXCEPTION 'table % does not sync', NEW.tbl;
  END CASE;
  RETURN NEW;
END $$;

-- A supervisor plans their cohorts' standups as they record them: like standups, a standup series is theirs to write.
DROP POLICY supervisor_insert ON records;
DROP POLICY supervisor_update ON records;
CREATE POLICY supervisor_insert ON records FOR INSERT TO cc_supervisor
  WITH CHECK ((SELECT cc_role() = 'supervisor') AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')
    OR (tbl = 'schedules' AND scope = 'rollout')));
CREATE POLICY supervisor_update ON records FOR UPDATE TO cc_supervisor
  USING ((SELECT cc_role() = 'supervisor') AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')
    OR (tbl = 'schedules' AND scope = 'rollout')))
  WITH CHECK ((SELECT cc_role() = 'supervisor') AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')
    OR (tbl = 'schedules' AND scope = 'rollout')));

-- A cohort that changes rollout takes its standup series along, as it takes its standups.
CREATE OR REPLACE FUNCTION cc_record_cascade() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
  IF NEW.tbl = 'caseworkers' AND NEW.unit_id IS DISTINCT FROM OLD.unit_id THEN
    UPDATE records SET fields = fields WHERE caseworker_id = NEW.id AND tbl <> 'caseworkers' AND purged IS NULL;
  ELSIF NEW.tbl = 'cohorts' AND NEW.rollout_id IS DISTINCT FROM OLD.rollout_id THEN
    UPDATE records SET fields = fields WHERE cohort_id = NEW.id AND tbl IN ('standups', 'schedules') AND purged IS NULL;
  END IF;
  RETURN NULL;
END $$;
