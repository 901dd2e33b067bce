-- Quiz settings beyond pass mark and time limit (course.yaml, all optional).
ALTER TABLE course_quiz ADD COLUMN attempts_allowed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE course_quiz ADD COLUMN grading_method VARCHAR(16) NOT NULL DEFAULT 'HIGHEST';
ALTER TABLE course_quiz ADD COLUMN shuffle_answers BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE course_quiz ADD COLUMN draw_rules VARCHAR(2000);
ALTER TABLE course_quiz ADD COLUMN review_after VARCHAR(16) NOT NULL DEFAULT 'SUBMIT';
ALTER TABLE course_quiz ADD COLUMN opens_at TIMESTAMP;
ALTER TABLE course_quiz ADD COLUMN closes_at TIMESTAMP;

-- The question bank: each distinct question of a quiz file, kept as GIFT. A question that
-- changes becomes a new row and the old one is retired, so an attempt is always graded
-- against exactly the question it showed.
CREATE TABLE question (
    id              BIGINT         PRIMARY KEY,
    course_quiz_id  BIGINT         NOT NULL REFERENCES course_quiz (id),
    position        INTEGER        NOT NULL,
    category        VARCHAR(255)   NOT NULL,
    name            VARCHAR(255)   NOT NULL,
    type            VARCHAR(20)    NOT NULL,
    gift            VARCHAR(100000) NOT NULL,
    content_hash    VARCHAR(64)    NOT NULL,
    retired_at      TIMESTAMP,
    CONSTRAINT question_unique UNIQUE (course_quiz_id, content_hash)
);

-- One attempt of a learner at a quiz; its questions, order and deadline are fixed at start.
CREATE TABLE quiz_attempt (
    id              BIGINT        PRIMARY KEY,
    course_quiz_id  BIGINT        NOT NULL REFERENCES course_quiz (id),
    account_id      BIGINT        NOT NULL REFERENCES account (id),
    number          INTEGER       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    started_at      TIMESTAMP     NOT NULL,
    deadline        TIMESTAMP,
    submitted_at    TIMESTAMP,
    score           NUMERIC(9, 4),
    max_score       NUMERIC(9, 4),
    passed          BOOLEAN,
    version         INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT quiz_attempt_unique UNIQUE (course_quiz_id, account_id, number)
);
CREATE INDEX quiz_attempt_account ON quiz_attempt (account_id);

-- A question as placed in an attempt, with the learner's latest answer. The answer's
-- sequence comes from the browser, so a late resend of an older answer never wins.
CREATE TABLE attempt_question (
    id              BIGINT        PRIMARY KEY,
    attempt_id      BIGINT        NOT NULL REFERENCES quiz_attempt (id),
    position        INTEGER       NOT NULL,
    question_id     BIGINT        NOT NULL REFERENCES question (id),
    choice_order    VARCHAR(400)  NOT NULL,
    response        VARCHAR(8000),
    response_seq    BIGINT        NOT NULL DEFAULT 0,
    saved_at        TIMESTAMP,
    fraction        NUMERIC(7, 6),
    CONSTRAINT attempt_question_unique UNIQUE (attempt_id, question_id)
);

ALTER TABLE course_quiz ADD COLUMN question_count INTEGER NOT NULL DEFAULT 0;

ALTER TABLE enrolment ADD COLUMN quiz_passed_at TIMESTAMP;
