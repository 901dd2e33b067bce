package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.hocso.accounts.core.Actor;
import vn.hocso.classes.model.TrainingClass;

/** The attendance sheet of a class, for those who run it. */
@ApplicationScoped
public class ClassSheets {

    private Clock clock;
    private ClassService classes;
    private AttendanceService attendance;

    protected ClassSheets() {
    }

    @Inject
    public ClassSheets(Clock clock, ClassService classes, AttendanceService attendance) {
        this.clock = clock;
        this.classes = classes;
        this.attendance = attendance;
    }

    public ClassSheet sheet(Actor actor, long classId) {
        TrainingClass trainingClass = classes.running(actor, classId);
        return ClassSheet.of(trainingClass, classes.members(trainingClass), attendance.marksOf(trainingClass), clock.instant());
    }
}
