package vn.hocso.classes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.hocso.accounts.core.Gender;
import vn.hocso.classes.core.AgeGroup;
import vn.hocso.platform.persistence.Identified;

/** People reached by an outreach event without accounts: a head count for one gender and age group. */
@Entity
@Table(name = "outreach_count")
public class OutreachCount extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "class_id")
    private TrainingClass event;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false)
    private AgeGroup ageGroup;
    @Column(nullable = false)
    private int people;

    protected OutreachCount() {
    }

    public OutreachCount(TrainingClass event, Gender gender, AgeGroup ageGroup, int people) {
        this.event = event;
        this.gender = gender;
        this.ageGroup = ageGroup;
        this.people = people;
    }

    public void setPeople(int people) {
        this.people = people;
    }

    public Gender getGender() {
        return gender;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public int getPeople() {
        return people;
    }
}
