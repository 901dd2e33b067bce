package vn.hocso.courses.service;

/** Fired once the courses folder has been imported at start-up, for data that needs the courses (demo activity). */
public record CoursesReady() {
}
