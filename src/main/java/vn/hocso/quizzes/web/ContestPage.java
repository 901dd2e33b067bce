package vn.hocso.quizzes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Optional;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.model.ContestEntry;
import vn.hocso.quizzes.service.ContestService;

/**
 * /contest/index.xhtml?id=…: a contest's public page. Before the start it counts down in
 * the browser (no request while waiting) and then takes registered contestants to their
 * attempt; the contest itself comes from memory, not the database.
 */
@Named
@RequestScoped
public class ContestPage {

    @Inject
    private ContestService contests;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;
    @Inject
    private Clock clock;

    private long id;
    private ContestService.ContestInfo info;
    private Optional<ContestEntry> entry;

    public ContestService.ContestInfo getInfo() {
        if (info == null) {
            info = contests.info(id);
        }
        return info;
    }

    public String getQuizTitle() {
        String english = getInfo().quizTitleEn();
        return language.isEnglish() && english != null ? english : getInfo().quizTitleVi();
    }

    public String getStartsAt() {
        return Dates.format(getInfo().startsAt());
    }

    public long getStartsAtMillis() {
        return getInfo().startsAt().toEpochMilli();
    }

    public long getServerMillis() {
        return clock.millis();
    }

    public boolean isStarted() {
        return !clock.instant().isBefore(getInfo().startsAt());
    }

    public boolean isOver() {
        return !clock.instant().isBefore(getInfo().endsAt());
    }

    public boolean isLoggedIn() {
        return current.actor().isAuthenticated();
    }

    public boolean isRegistered() {
        if (entry == null) {
            entry = isLoggedIn() ? contests.entryOf(current.actor(), id) : Optional.empty();
        }
        return entry.isPresent();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
