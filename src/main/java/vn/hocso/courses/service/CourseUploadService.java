package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.content.ContentProblem;
import vn.hocso.courses.content.CourseArchive;
import vn.hocso.courses.content.CourseReader;
import vn.hocso.courses.model.Course;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.platform.files.TemporaryFolder;

/**
 * A course folder uploaded as a ZIP: unpacked into a temporary folder (outside any
 * transaction, it can take a while), checked like the courses folder, and imported whole
 * or not at all. Nothing of the upload stays on disk.
 */
@ApplicationScoped
public class CourseUploadService {

    private CourseImportService imports;

    protected CourseUploadService() {
    }

    @Inject
    public CourseUploadService(CourseImportService imports) {
        this.imports = imports;
    }

    /** The imported course; a DomainException listing every problem (file and line) otherwise. */
    public Course upload(Actor actor, String fileName, InputStream zip) {
        Access.requireAdmin(actor);
        try (TemporaryFolder folder = TemporaryFolder.create("upload")) {
            CourseArchive.Result unpacked = CourseArchive.unpack(zip, fileName, folder.path(), CourseArchive.Limits.DEFAULT);
            if (unpacked.courseFolder().isEmpty()) {
                throw invalid(unpacked.problems());
            }
            CourseReader.Result read = CourseReader.read(unpacked.courseFolder().get());
            if (read.course().isEmpty()) {
                throw invalid(read.problems());
            }
            return imports.importUpload(actor, read.course().get(), fileName);
        }
    }

    private static DomainException invalid(List<ContentProblem> problems) {
        return DomainException.invalid(problems.stream()
                .map(p -> FieldError.at(p.file(), p.line(), p.messageKey(), p.arguments()))
                .toList());
    }
}
