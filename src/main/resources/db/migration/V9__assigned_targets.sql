-- Targets a unit assigns to the units below it ("giao chỉ tiêu"), per indicator and year:
-- the plan sets the district's, the district shares them out among its communes.
CREATE TABLE assigned_target (
    id            BIGINT         PRIMARY KEY,
    indicator_id  VARCHAR(16)    NOT NULL,
    unit_id       BIGINT         NOT NULL REFERENCES unit (id),
    target_year   INTEGER        NOT NULL,
    target        NUMERIC(14, 2) NOT NULL,
    assigned_by   VARCHAR(120)   NOT NULL,
    assigned_at   TIMESTAMP      NOT NULL,
    CONSTRAINT assigned_target_unique UNIQUE (indicator_id, unit_id, target_year),
    CONSTRAINT assigned_target_positive CHECK (target >= 0)
);
