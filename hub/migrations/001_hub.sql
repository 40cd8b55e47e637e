-- The agency hub's first schema: people and their scope, devices and enrolment codes (hashes only), the records every
-- desk syncs (one row per record: its merged state and the scope columns that row-level security reads), and the audit
-- of pushes. Row-level security decides who reads and writes which record; the service only sets who is asking.

-- The three roles are cluster-wide and may exist already (another hub database, or made beforehand by an administrator
-- when the hub's owner may not create roles). The service connects as the owner of these tables and takes a person's
-- role per transaction (SET LOCAL ROLE), so the owner must be a member of each.
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['cc_supervisor', 'cc_trainer', 'cc_lead'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
    IF NOT pg_has_role(current_user, r, 'MEMBER') THEN EXECUTE format('GRANT %I TO %I', r, current_user); END IF;
  END LOOP;
END $$;

CREATE TABLE people (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('supervisor', 'trainer', 'lead')),
  rollout_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'trainer' OR rollout_id IS NOT NULL)
);
-- A supervisor's own units.
CREATE TABLE person_units (
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  unit_id uuid NOT NULL,
  PRIMARY KEY (person_id, unit_id)
);
-- The units a rollout covers: a trainer of the rollout works with these.
CREATE TABLE rollout_units (
  rollout_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  PRIMARY KEY (rollout_id, unit_id)
);
CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people ON DELETE CASCADE,
  name text NOT NULL DEFAULT '',
  token_hash text NOT NULL UNIQUE,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE SEQUENCE record_seq;
CREATE TABLE records (
  tbl text NOT NULL,
  id uuid NOT NULL,
  fields jsonb NOT NULL,
  stamps jsonb NOT NULL,
  purged text,
  conflicts jsonb NOT NULL DEFAULT '[]',
  scope text NOT NULL CHECK (scope IN ('unit', 'rollout', 'agency')),
  unit_id uuid,
  rollout_id uuid,
  caseworker_id uuid,
  cohort_id uuid,
  -- The transaction that last wrote the row and a sequence number: the order in which pulls hand rows out.
  txid xid8 NOT NULL,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tbl, id)
);
CREATE INDEX records_stream ON records (txid, seq);
CREATE INDEX records_caseworker ON records (caseworker_id) WHERE caseworker_id IS NOT NULL;
CREATE INDEX records_cohort ON records (cohort_id) WHERE cohort_id IS NOT NULL;
CREATE INDEX records_unit ON records (unit_id);

-- Who is asking: the service sets cc.person for each transaction.
CREATE FUNCTION cc_person() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('cc.person', true), '')::uuid $$;

-- The asking person's role, but only when the database role asking holds that role (cc_supervisor, cc_trainer, cc_lead):
-- a supervisor's connection cannot read as a lead by naming a lead's id. The lookups run as the owner (SECURITY
-- DEFINER) and take the asking role as a parameter, because inside them current_user is the owner.
CREATE FUNCTION cc_role_of(asking name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT p.role FROM people p WHERE p.id = cc_person() AND pg_has_role(asking, 'cc_' || p.role, 'MEMBER') $$;
CREATE FUNCTION cc_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT cc_role_of(current_user) $$;

CREATE FUNCTION cc_rollout_of(asking name) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT p.rollout_id FROM people p WHERE p.id = cc_person() AND p.role = 'trainer' AND pg_has_role(asking, 'cc_trainer', 'MEMBER') $$;
CREATE FUNCTION cc_rollout() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT cc_rollout_of(current_user) $$;

-- The units the asking person works with: a supervisor's own, a trainer's rollout's.
CREATE FUNCTION cc_units_of(asking name) RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
  SELECT pu.unit_id FROM person_units pu JOIN people p ON p.id = pu.person_id
   WHERE p.id = cc_person() AND p.role = 'supervisor' AND pg_has_role(asking, 'cc_supervisor', 'MEMBER')
  UNION
  SELECT ru.unit_id FROM rollout_units ru JOIN people p ON p.rollout_id = ru.rollout_id
   WHERE p.id = cc_person() AND p.role = 'trainer' AND pg_has_role(asking, 'cc_trainer', 'MEMBER')
$$;
CREATE FUNCTION cc_units() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$ SELECT cc_units_of(current_user) $$;

-- Scope columns, sequence and transaction of a row, computed in the database from the record itself or its parent
-- (a coaching entry's unit is its caseworker's; a standup's rollout is its cohort's). A purged row keeps its scope so
-- that the purge reaches everyone who had the record.
CREATE FUNCTION cc_record_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
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
    WHEN NEW.tbl IN ('coachingEntries', 'gaps', 'monthlyMeasures', 'surveyResponses') THEN
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
CREATE TRIGGER records_stamp BEFORE INSERT OR UPDATE ON records FOR EACH ROW EXECUTE FUNCTION cc_record_stamp();

-- A caseworker who moves unit takes their records along (and they reach the new unit's desks); so does a cohort's
-- standups when the cohort changes rollout.
CREATE FUNCTION cc_record_cascade() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
  IF NEW.tbl = 'caseworkers' AND NEW.unit_id IS DISTINCT FROM OLD.unit_id THEN
    UPDATE records SET fields = fields WHERE caseworker_id = NEW.id AND tbl <> 'caseworkers' AND purged IS NULL;
  ELSIF NEW.tbl = 'cohorts' AND NEW.rollout_id IS DISTINCT FROM OLD.rollout_id THEN
    UPDATE records SET fields = fields WHERE cohort_id = NEW.id AND tbl = 'standups' AND purged IS NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER records_cascade AFTER UPDATE ON records FOR EACH ROW
  WHEN (NEW.tbl IN ('caseworkers', 'cohorts')) EXECUTE FUNCTION cc_record_cascade();

ALTER TABLE records ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON records TO cc_supervisor, cc_trainer, cc_lead;

CREATE POLICY lead_all ON records TO cc_lead
  USING (cc_role() = 'lead') WITH CHECK (cc_role() = 'lead');

CREATE POLICY supervisor_read ON records FOR SELECT TO cc_supervisor
  USING (cc_role() = 'supervisor' AND (scope IN ('agency', 'rollout') OR unit_id IN (SELECT cc_units())));
CREATE POLICY supervisor_insert ON records FOR INSERT TO cc_supervisor
  WITH CHECK (cc_role() = 'supervisor' AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')));
CREATE POLICY supervisor_update ON records FOR UPDATE TO cc_supervisor
  USING (cc_role() = 'supervisor' AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')))
  WITH CHECK (cc_role() = 'supervisor' AND (
    (scope = 'unit' AND unit_id IN (SELECT cc_units())) OR tbl IN ('standups', 'coaches', 'rubrics')));

CREATE POLICY trainer_all ON records TO cc_trainer
  USING (cc_role() = 'trainer' AND (scope = 'agency'
    OR (scope = 'rollout' AND rollout_id = cc_rollout())
    OR (scope = 'unit' AND unit_id IN (SELECT cc_units()))))
  WITH CHECK (cc_role() = 'trainer' AND (scope = 'agency'
    OR (scope = 'rollout' AND rollout_id = cc_rollout())
    OR (scope = 'unit' AND unit_id IN (SELECT cc_units()))));

-- Every push: who, from which device, when, how many records, and the answer given (a retried batch gets it again).
CREATE TABLE pushes (
  batch_id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices,
  person_id uuid NOT NULL REFERENCES people,
  at timestamptz NOT NULL DEFAULT now(),
  records integer NOT NULL,
  applied integer NOT NULL,
  rejected integer NOT NULL,
  conflicts integer NOT NULL,
  response jsonb NOT NULL
);
CREATE INDEX pushes_person ON pushes (person_id, at);
ALTER TABLE pushes ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON pushes TO cc_supervisor, cc_trainer, cc_lead;
CREATE POLICY own_pushes ON pushes TO cc_supervisor, cc_trainer, cc_lead
  USING (person_id = cc_person() AND cc_role() IS NOT NULL)
  WITH CHECK (person_id = cc_person() AND cc_role() IS NOT NULL);
