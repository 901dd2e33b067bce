package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;

/** Where the courses were imported from at start-up, so their images can be served. */
@ApplicationScoped
public class CourseFolderLocation {

    private volatile Path root;

    void remember(Path imported) {
        this.root = imported;
    }

    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }
}
