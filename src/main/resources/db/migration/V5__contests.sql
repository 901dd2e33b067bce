-- Contests (Hội thi Tin học trẻ): one quiz, one start time for everybody. Each entry's
-- attempt is made when the contestant registers, so the start itself only reads it.
CREATE TABLE contest (
    id                BIGINT        PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    course_quiz_id    BIGINT        NOT NULL REFERENCES course_quiz (id),
    unit_id           BIGINT        NOT NULL REFERENCES unit (id),
    starts_at         TIMESTAMP     NOT NULL,
    duration_minutes  INTEGER       NOT NULL,
    created_by        VARCHAR(80)   NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE contest_entry (
    id             BIGINT     PRIMARY KEY,
    contest_id     BIGINT     NOT NULL REFERENCES contest (id),
    account_id     BIGINT     NOT NULL REFERENCES account (id),
    attempt_id     BIGINT     NOT NULL REFERENCES quiz_attempt (id),
    registered_at  TIMESTAMP  NOT NULL,
    CONSTRAINT contest_entry_unique UNIQUE (contest_id, account_id)
);

-- A contest attempt is not one of the learner's course attempts (it counts against no
-- attempt limit): attempts are numbered per quiz, learner and contest (0 = no contest).
ALTER TABLE quiz_attempt ADD COLUMN contest_key BIGINT NOT NULL DEFAULT 0;
ALTER TABLE quiz_attempt DROP CONSTRAINT quiz_attempt_unique;
ALTER TABLE quiz_attempt ADD CONSTRAINT quiz_attempt_unique UNIQUE (course_quiz_id, account_id, contest_key, number);
