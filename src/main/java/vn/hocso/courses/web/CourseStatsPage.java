package vn.hocso.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.hocso.courses.service.CourseStatsService;
import vn.hocso.platform.security.CurrentActor;

/** /training/courses.xhtml: per course, how many of my units' learners enrolled and completed. */
@Named
@RequestScoped
public class CourseStatsPage {

    @Inject
    private CourseStatsService stats;
    @Inject
    private CurrentActor current;

    private List<CourseStatsService.CourseCounts> counts;

    public List<CourseStatsService.CourseCounts> getCounts() {
        if (counts == null) {
            counts = stats.counts(current.actor());
        }
        return counts;
    }

    /** Completed as a share of enrolled, in whole percent. */
    public long completionRate(CourseStatsService.CourseCounts row) {
        return row.enrolled() == 0 ? 0 : row.completed() * 100 / row.enrolled();
    }
}
