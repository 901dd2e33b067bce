-- The indicator catalogue is a YAML text shipped with the application; an administrator's
-- edits are kept as new versions (the newest counts), so who changed a target stays known.
CREATE TABLE indicator_catalogue (
    id        BIGINT        PRIMARY KEY,
    yaml      VARCHAR(100000) NOT NULL,
    saved_by  VARCHAR(120)  NOT NULL,
    saved_at  TIMESTAMP     NOT NULL
);

-- Reported indicators: a value per unit and period entered by an organizer. A correction
-- adds a row and marks the older one superseded, so who entered what is kept.
CREATE TABLE reported_value (
    id             BIGINT         PRIMARY KEY,
    indicator_id   VARCHAR(16)    NOT NULL,
    unit_id        BIGINT         NOT NULL REFERENCES unit (id),
    period_from    DATE           NOT NULL,
    period_to      DATE           NOT NULL,
    amount         NUMERIC(14, 2) NOT NULL,
    note           VARCHAR(1000),
    evidence_url   VARCHAR(500),
    entered_by     VARCHAR(120)   NOT NULL,
    entered_at     TIMESTAMP      NOT NULL,
    superseded_at  TIMESTAMP,
    CONSTRAINT reported_value_period CHECK (period_to >= period_from)
);
CREATE INDEX reported_value_lookup ON reported_value (indicator_id, period_from, period_to);

-- What the indicator queries filter and group on; the attendance index lets a count of marks
-- by status read the index alone, session by session.
CREATE INDEX enrolment_completed ON enrolment (completed_at, account_id);
CREATE INDEX attendance_session_status ON attendance (session_id, status, account_id);
CREATE INDEX enrolment_enrolled ON enrolment (enrolled_at);
CREATE INDEX class_session_starts ON class_session (starts_at);
CREATE INDEX certificate_issued ON certificate (issued_at);
CREATE INDEX consent_purpose ON consent (purpose, account_id);
