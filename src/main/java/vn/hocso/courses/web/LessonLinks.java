package vn.hocso.courses.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the learner's pages, in one place. */
public final class LessonLinks {

    private LessonLinks() {
    }

    public static String course(String courseSlug) {
        return "/courses/course.xhtml?slug=" + encode(courseSlug);
    }

    public static String lesson(String courseSlug, String lessonSlug) {
        return "/learn/lesson.xhtml?course=" + encode(courseSlug) + "&lesson=" + encode(lessonSlug);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
