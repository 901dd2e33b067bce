-- Units form a tree that changes over time: the tree edges live in unit_link with
-- validity dates, so a report for a past period can rebuild the tree as it stood then.
CREATE SEQUENCE hocso_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE unit (
    id              BIGINT       PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    merged_into_id  BIGINT       REFERENCES unit (id),
    version         INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT unit_code_unique UNIQUE (code),
    CONSTRAINT unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE unit_link (
    id          BIGINT PRIMARY KEY,
    unit_id     BIGINT NOT NULL REFERENCES unit (id),
    parent_id   BIGINT NOT NULL REFERENCES unit (id),
    valid_from  DATE   NOT NULL,
    valid_to    DATE,
    CONSTRAINT unit_link_not_self CHECK (unit_id <> parent_id),
    CONSTRAINT unit_link_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_link_unit ON unit_link (unit_id);
CREATE INDEX unit_link_parent ON unit_link (parent_id);

CREATE TABLE account (
    id                   BIGINT       PRIMARY KEY,
    username             VARCHAR(120) NOT NULL,
    password_hash        VARCHAR(200),
    full_name            VARCHAR(120),
    birth_year           INTEGER,
    gender               VARCHAR(8),
    unit_id              BIGINT       REFERENCES unit (id),
    ethnicity            VARCHAR(60),
    union_member         BOOLEAN      NOT NULL DEFAULT FALSE,
    union_official       BOOLEAN      NOT NULL DEFAULT FALSE,
    ocop_producer        BOOLEAN      NOT NULL DEFAULT FALSE,
    digital_team_member  BOOLEAN      NOT NULL DEFAULT FALSE,
    difficult_area       BOOLEAN      NOT NULL DEFAULT FALSE,
    guardian_name        VARCHAR(120),
    guardian_phone       VARCHAR(20),
    status               VARCHAR(12)  NOT NULL,
    failed_logins        INTEGER      NOT NULL DEFAULT 0,
    last_failed_login    TIMESTAMP,
    locked_until         TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL,
    erased_at            TIMESTAMP,
    version              INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT account_username_unique UNIQUE (username)
);
CREATE INDEX account_unit ON account (unit_id);

-- A role is granted at a unit: an organizer or trainer acts within that unit's subtree.
CREATE TABLE role_grant (
    id          BIGINT      PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    role        VARCHAR(16) NOT NULL,
    unit_id     BIGINT      REFERENCES unit (id),
    CONSTRAINT role_grant_unique UNIQUE (account_id, role)
);

-- Consent is per purpose, with the notice version the person saw; withdrawal keeps the row.
CREATE TABLE consent (
    id              BIGINT      PRIMARY KEY,
    account_id      BIGINT      NOT NULL REFERENCES account (id),
    purpose         VARCHAR(32) NOT NULL,
    given_by        VARCHAR(12) NOT NULL,
    notice_version  VARCHAR(16) NOT NULL,
    given_at        TIMESTAMP   NOT NULL,
    withdrawn_at    TIMESTAMP
);
CREATE INDEX consent_account ON consent (account_id);

CREATE TABLE one_time_code (
    id             BIGINT      PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    code_hash      VARCHAR(200) NOT NULL,
    created_by     VARCHAR(120) NOT NULL,
    created_at     TIMESTAMP   NOT NULL,
    expires_at     TIMESTAMP   NOT NULL,
    used_at        TIMESTAMP
);
CREATE INDEX one_time_code_account ON one_time_code (account_id);

CREATE TABLE audit_entry (
    id      BIGINT        PRIMARY KEY,
    at      TIMESTAMP     NOT NULL,
    actor   VARCHAR(120)  NOT NULL,
    action  VARCHAR(40)   NOT NULL,
    target  VARCHAR(200)  NOT NULL,
    detail  VARCHAR(1000)
);
CREATE INDEX audit_entry_target ON audit_entry (target);
