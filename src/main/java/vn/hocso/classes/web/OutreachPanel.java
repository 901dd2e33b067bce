package vn.hocso.classes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.Gender;
import vn.hocso.classes.core.AgeGroup;
import vn.hocso.classes.service.OutreachService;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/** The head counts of an outreach event on its class page: a row per gender, a column per age group. */
@Named
@ViewScoped
public class OutreachPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutreachService outreach;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private long classId;
    private List<Row> rows;

    /** The people of one gender, by age group, as the form holds them. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Gender gender;
        private int under16;
        private int from16To30;
        private int over30;

        Row(Gender gender, OutreachService.HeadCount counts) {
            this.gender = gender;
            this.under16 = counts.get(gender, AgeGroup.UNDER_16);
            this.from16To30 = counts.get(gender, AgeGroup.FROM_16_TO_30);
            this.over30 = counts.get(gender, AgeGroup.OVER_30);
        }

        Map<AgeGroup, Integer> byAge() {
            Map<AgeGroup, Integer> people = new EnumMap<>(AgeGroup.class);
            people.put(AgeGroup.UNDER_16, under16);
            people.put(AgeGroup.FROM_16_TO_30, from16To30);
            people.put(AgeGroup.OVER_30, over30);
            return people;
        }

        public Gender getGender() {
            return gender;
        }

        public int getUnder16() {
            return under16;
        }

        public void setUnder16(int under16) {
            this.under16 = under16;
        }

        public int getFrom16To30() {
            return from16To30;
        }

        public void setFrom16To30(int from16To30) {
            this.from16To30 = from16To30;
        }

        public int getOver30() {
            return over30;
        }

        public void setOver30(int over30) {
            this.over30 = over30;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            show(outreach.counts(current.actor(), classId));
        }
        return rows;
    }

    public int getTotal() {
        return getRows().stream().mapToInt(r -> r.under16 + r.from16To30 + r.over30).sum();
    }

    public void save() {
        Map<Gender, Map<AgeGroup, Integer>> people = new EnumMap<>(Gender.class);
        getRows().forEach(row -> people.put(row.gender, row.byAge()));
        OutreachService.HeadCount saved = outreach.record(current.actor(), classId, new OutreachService.HeadCount(people));
        show(saved);
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("outreach.saved", saved.total()));
    }

    private void show(OutreachService.HeadCount counts) {
        rows = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            rows.add(new Row(gender, counts));
        }
    }

    public long getClassId() {
        return classId;
    }

    public void setClassId(long classId) {
        this.classId = classId;
    }
}
