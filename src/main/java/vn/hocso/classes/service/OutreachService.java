package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Gender;
import vn.hocso.classes.core.AgeGroup;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.model.OutreachCount;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * Head counts of an outreach event (tuyên truyền lưu động): people reached without accounts,
 * by gender and age group, which count toward the plan's people reached.
 */
@ApplicationScoped
public class OutreachService {

    /** More than any commune hall or market square holds: a typo guard. */
    public static final int MAX_PEOPLE = 100_000;

    private EntityManager em;
    private ClassService classes;
    private AuditLog audit;

    protected OutreachService() {
    }

    @Inject
    public OutreachService(EntityManager em, ClassService classes, AuditLog audit) {
        this.em = em;
        this.classes = classes;
        this.audit = audit;
    }

    /** A head count per gender and age group; cells left out count zero. */
    public record HeadCount(Map<Gender, Map<AgeGroup, Integer>> people) {

        public int get(Gender gender, AgeGroup group) {
            return people.getOrDefault(gender, Map.of()).getOrDefault(group, 0);
        }

        public int total() {
            return people.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    public HeadCount counts(Actor actor, long classId) {
        return counts(classes.running(actor, classId));
    }

    /** Replaces the event's head counts. */
    @Transactional
    public HeadCount record(Actor actor, long classId, HeadCount counts) {
        TrainingClass event = classes.running(actor, classId);
        if (event.getKind() != ClassKind.OUTREACH) {
            throw DomainException.of(Failure.CONFLICT, "outreach.notAnEvent");
        }
        List<OutreachCount> stored = stored(event);
        for (Gender gender : Gender.values()) {
            for (AgeGroup group : AgeGroup.values()) {
                int people = counts.get(gender, group);
                if (people < 0 || people > MAX_PEOPLE) {
                    throw DomainException.invalid(gender.name() + "_" + group.name(), "outreach.peopleRange", MAX_PEOPLE);
                }
                stored.stream().filter(c -> c.getGender() == gender && c.getAgeGroup() == group).findFirst()
                        .ifPresentOrElse(c -> c.setPeople(people), () -> em.persist(new OutreachCount(event, gender, group, people)));
            }
        }
        audit.record(actor.username(), "OUTREACH_COUNT", ClassService.target(event), counts.total() + " people");
        return counts(event);
    }

    private HeadCount counts(TrainingClass event) {
        Map<Gender, Map<AgeGroup, Integer>> people = new EnumMap<>(Gender.class);
        for (OutreachCount count : stored(event)) {
            people.computeIfAbsent(count.getGender(), g -> new EnumMap<>(AgeGroup.class)).put(count.getAgeGroup(), count.getPeople());
        }
        return new HeadCount(people);
    }

    private List<OutreachCount> stored(TrainingClass event) {
        return em.createQuery("select c from OutreachCount c where c.event = :e", OutreachCount.class)
                .setParameter("e", event).getResultList();
    }
}
