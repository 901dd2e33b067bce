-- Classes (training classes, outreach events, contests) of a course, run by a unit.
CREATE TABLE training_class (
    id                    BIGINT       PRIMARY KEY,
    title                 VARCHAR(200) NOT NULL,
    course_id             BIGINT       NOT NULL REFERENCES course (id),
    unit_id               BIGINT       NOT NULL REFERENCES unit (id),
    kind                  VARCHAR(12)  NOT NULL,
    mode                  VARCHAR(12)  NOT NULL,
    location              VARCHAR(300),
    capacity              INTEGER,
    start_date            DATE         NOT NULL,
    end_date              DATE         NOT NULL,
    attendance_threshold  INTEGER      NOT NULL,
    -- the share of a session each status earns, in percent (Moodle's defaults: 2, 1, 1, 0 of 2)
    points_present        INTEGER      NOT NULL,
    points_late           INTEGER      NOT NULL,
    points_excused        INTEGER      NOT NULL,
    points_absent         INTEGER      NOT NULL,
    enrolment_key         VARCHAR(16)  NOT NULL,
    created_by            VARCHAR(120) NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    version               INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT training_class_dates CHECK (end_date >= start_date),
    CONSTRAINT training_class_key UNIQUE (enrolment_key)
);
CREATE INDEX training_class_unit ON training_class (unit_id, start_date);

CREATE TABLE class_trainer (
    class_id    BIGINT NOT NULL REFERENCES training_class (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (class_id, account_id)
);

CREATE TABLE class_session (
    id              BIGINT       PRIMARY KEY,
    class_id        BIGINT       NOT NULL REFERENCES training_class (id),
    starts_at       TIMESTAMP    NOT NULL,
    ends_at         TIMESTAMP    NOT NULL,
    -- signs the rotating check-in codes of this session only
    checkin_secret  VARCHAR(64)  NOT NULL,
    CONSTRAINT class_session_times CHECK (ends_at > starts_at)
);
CREATE INDEX class_session_class ON class_session (class_id, starts_at);

CREATE TABLE class_member (
    id           BIGINT      PRIMARY KEY,
    class_id     BIGINT      NOT NULL REFERENCES training_class (id),
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    joined_at    TIMESTAMP   NOT NULL,
    joined_by    VARCHAR(12) NOT NULL,
    completed_at TIMESTAMP,
    CONSTRAINT class_member_unique UNIQUE (class_id, account_id)
);
CREATE INDEX class_member_account ON class_member (account_id);

-- One mark per learner and session; marked_at is when the mark was taken (on the trainer's
-- phone, possibly offline), so a later sync of an older mark does not undo a newer one.
CREATE TABLE attendance (
    id          BIGINT       PRIMARY KEY,
    session_id  BIGINT       NOT NULL REFERENCES class_session (id),
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    status      VARCHAR(8)   NOT NULL,
    remark      VARCHAR(300),
    marked_at   TIMESTAMP    NOT NULL,
    marked_by   VARCHAR(120) NOT NULL,
    CONSTRAINT attendance_unique UNIQUE (session_id, account_id)
);
CREATE INDEX attendance_account ON attendance (account_id);

CREATE TABLE attendance_change (
    id             BIGINT       PRIMARY KEY,
    session_id     BIGINT       NOT NULL REFERENCES class_session (id),
    account_id     BIGINT       NOT NULL REFERENCES account (id),
    at             TIMESTAMP    NOT NULL,
    actor          VARCHAR(120) NOT NULL,
    source         VARCHAR(12)  NOT NULL,
    before_status  VARCHAR(8),
    after_status   VARCHAR(8)   NOT NULL,
    before_remark  VARCHAR(300),
    after_remark   VARCHAR(300)
);
CREATE INDEX attendance_change_session ON attendance_change (session_id);

-- Outreach events count people without accounts, by gender and age group.
CREATE TABLE outreach_count (
    id         BIGINT     PRIMARY KEY,
    class_id   BIGINT     NOT NULL REFERENCES training_class (id),
    gender     VARCHAR(8) NOT NULL,
    age_group  VARCHAR(16) NOT NULL,
    people     INTEGER    NOT NULL,
    CONSTRAINT outreach_count_unique UNIQUE (class_id, gender, age_group),
    CONSTRAINT outreach_count_people CHECK (people >= 0)
);
