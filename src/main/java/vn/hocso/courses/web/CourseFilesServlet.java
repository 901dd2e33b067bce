package vn.hocso.courses.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import vn.hocso.courses.content.CourseImages;
import vn.hocso.courses.service.CourseFolderLocation;

/** GET /course-files/{slug}/{image}: the images lessons show, cached by phones for a day. */
@WebServlet("/course-files/*")
public class CourseFilesServlet extends HttpServlet {

    private static final int ONE_DAY = 86_400;

    @Inject
    private CourseFolderLocation location;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        Optional<CourseImages.Image> image = parts.length == 3 && location.root().isPresent()
                ? CourseImages.find(location.root().get(), parts[1], parts[2])
                : Optional.empty();
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.get().contentType());
        response.setHeader("Cache-Control", "public, max-age=" + ONE_DAY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(image.get().file()));
        Files.copy(image.get().file(), response.getOutputStream());
    }
}
