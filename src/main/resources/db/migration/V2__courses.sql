-- Courses come from the courses/ folder; the import updates them in place, keyed by slug.
-- Lessons and quizzes that disappear from the folder are retired, never deleted, so
-- enrolments and progress always keep what they point at.
CREATE TABLE course (
    id               BIGINT        PRIMARY KEY,
    slug             VARCHAR(80)   NOT NULL,
    title_vi         VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(200),
    summary_vi       VARCHAR(2000) NOT NULL,
    summary_en       VARCHAR(2000),
    category         VARCHAR(32)   NOT NULL,
    competences      VARCHAR(300)  NOT NULL,
    hours            NUMERIC(6, 2) NOT NULL,
    audience_vi      VARCHAR(1000),
    audience_en      VARCHAR(1000),
    completion_quiz  VARCHAR(120),
    certificate_vi   VARCHAR(1000),
    certificate_en   VARCHAR(1000),
    search_text      VARCHAR(4000) NOT NULL,
    imported_at      TIMESTAMP     NOT NULL,
    retired_at       TIMESTAMP,
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT course_slug_unique UNIQUE (slug)
);

CREATE TABLE lesson (
    id          BIGINT         PRIMARY KEY,
    course_id   BIGINT         NOT NULL REFERENCES course (id),
    slug        VARCHAR(80)    NOT NULL,
    position    INTEGER        NOT NULL,
    title_vi    VARCHAR(200)   NOT NULL,
    title_en    VARCHAR(200),
    minutes     INTEGER        NOT NULL,
    html        VARCHAR(400000) NOT NULL,
    retired_at  TIMESTAMP,
    CONSTRAINT lesson_slug_unique UNIQUE (course_id, slug)
);

CREATE TABLE course_quiz (
    id                  BIGINT         PRIMARY KEY,
    course_id           BIGINT         NOT NULL REFERENCES course (id),
    file                VARCHAR(120)   NOT NULL,
    title_vi            VARCHAR(200)   NOT NULL,
    title_en            VARCHAR(200),
    pass_percent        INTEGER        NOT NULL,
    time_limit_minutes  INTEGER        NOT NULL,
    gift                VARCHAR(400000) NOT NULL,
    retired_at          TIMESTAMP,
    CONSTRAINT course_quiz_file_unique UNIQUE (course_id, file)
);

-- One enrolment per learner and course.
CREATE TABLE enrolment (
    id              BIGINT      PRIMARY KEY,
    account_id      BIGINT      NOT NULL REFERENCES account (id),
    course_id       BIGINT      NOT NULL REFERENCES course (id),
    status          VARCHAR(16) NOT NULL,
    enrolled_at     TIMESTAMP   NOT NULL,
    completed_at    TIMESTAMP,
    last_lesson_id  BIGINT      REFERENCES lesson (id),
    version         INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_unique UNIQUE (account_id, course_id)
);
CREATE INDEX enrolment_course ON enrolment (course_id);

CREATE TABLE lesson_progress (
    id            BIGINT    PRIMARY KEY,
    enrolment_id  BIGINT    NOT NULL REFERENCES enrolment (id),
    lesson_id     BIGINT    NOT NULL REFERENCES lesson (id),
    done_at       TIMESTAMP NOT NULL,
    CONSTRAINT lesson_progress_unique UNIQUE (enrolment_id, lesson_id)
);
