-- Tool usage (issue 11) syncs: an imported day of use belongs to its caseworker's unit, like a coaching entry, so it
-- reaches that unit's supervisors, the rollout's trainer and the lead, and moves with the caseworker. Only the scope
-- function changes; the policies already decide by scope and unit.
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
    WHEN NEW.tbl IN ('rollouts', 'coaches', 'surveyInstruments', 'rubrics') THEN
      NEW.scope := 'agency';
    ELSE
      RAISE EXCEPTION 'table % does not sync', NEW.tbl;
  END CASE;
  RETURN NEW;
END $$;
