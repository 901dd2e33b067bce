package vn.hocso.courses.model;

/** Where a course's content last came from. */
public enum CourseSource {
    /** The courses folder read at start-up or re-read on an administrator's request. */
    FOLDER,
    /** A ZIP an administrator uploaded. */
    UPLOAD
}
