package vn.hocso.courses.service;

import java.util.List;
import java.util.Map;
import vn.hocso.courses.content.ContentProblem;

/**
 * What an import of the courses folder did: the courses brought up to date, the ones left
 * as an administrator last uploaded them, and the broken ones (unchanged) with their problems.
 */
public record CourseImportReport(List<String> imported, List<String> keptUploads,
                                 Map<String, List<ContentProblem>> rejected) {

    public CourseImportReport {
        imported = List.copyOf(imported);
        keptUploads = List.copyOf(keptUploads);
        rejected = Map.copyOf(rejected);
    }
}
