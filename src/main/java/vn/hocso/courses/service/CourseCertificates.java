package vn.hocso.courses.service;

import java.util.Map;
import vn.hocso.accounts.core.Actor;

/** The certificates a learner holds, by course slug: kept by another feature, shown with the enrolments. */
public interface CourseCertificates {

    /** Course slug to the verification code of the learner's standing certificate. */
    Map<String, String> codesOf(Actor actor);
}
