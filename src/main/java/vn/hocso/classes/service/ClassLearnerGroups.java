package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Actor;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.quizzes.service.LearnerGroups;

/** A class's roster as a group of learners, for quiz results per class. */
@ApplicationScoped
public class ClassLearnerGroups implements LearnerGroups {

    private ClassService classes;

    protected ClassLearnerGroups() {
    }

    @Inject
    public ClassLearnerGroups(ClassService classes) {
        this.classes = classes;
    }

    @Override
    public LearnerGroup group(Actor actor, long classId) {
        TrainingClass trainingClass = classes.running(actor, classId);
        Set<Long> members = classes.members(trainingClass).stream().map(m -> m.getAccount().getId()).collect(Collectors.toSet());
        return new LearnerGroup(trainingClass.getTitle(), members);
    }
}
