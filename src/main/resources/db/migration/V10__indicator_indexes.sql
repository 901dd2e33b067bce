-- The indicator counts read these indexes alone, never the wide rows: who enrolled when, who
-- completed which course when, each learner's unit, and the learners with the plan's flags
-- (OCOP producers for E2, digital team members for S5b).
DROP INDEX enrolment_enrolled;
CREATE INDEX enrolment_enrolled ON enrolment (enrolled_at, account_id);
DROP INDEX enrolment_completed;
CREATE INDEX enrolment_completed ON enrolment (completed_at, account_id, course_id);
CREATE INDEX account_id_unit ON account (id, unit_id);
CREATE INDEX account_ocop ON account (ocop_producer, status, unit_id);
CREATE INDEX account_digital_team ON account (digital_team_member, status, unit_id);
