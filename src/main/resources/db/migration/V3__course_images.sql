-- Lesson images are stored with their course, so a course uploaded as a ZIP needs no
-- writable folder on the server and every node serves the same bytes.
CREATE TABLE course_image (
    id            BIGINT       PRIMARY KEY,
    course_id     BIGINT       NOT NULL REFERENCES course (id),
    name          VARCHAR(120) NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    content       BYTEA        NOT NULL,
    CONSTRAINT course_image_name_unique UNIQUE (course_id, name)
);

-- Where a course last came from: the courses folder or an administrator's upload.
ALTER TABLE course ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'FOLDER';
ALTER TABLE course ADD COLUMN imported_by VARCHAR(80);
