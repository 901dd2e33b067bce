package vn.hocso.classes.service;

import vn.hocso.classes.model.ClassMember;

/** Fired in the transaction where a learner completes a class (the course's rule and the class's attendance). */
public record ClassCompleted(ClassMember member) {
}
