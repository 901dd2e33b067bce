package vn.hocso.courses.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.hocso.courses.model.CourseImage;
import vn.hocso.courses.service.CatalogService;

/**
 * GET /course-files/{slug}/{image}: the images lessons show. Phones keep them for a day
 * and then only ask whether they changed (ETag), which costs a few bytes on 3G.
 */
@WebServlet("/course-files/*")
public class CourseFilesServlet extends HttpServlet {

    private static final int ONE_DAY = 86_400;

    @Inject
    private CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        Optional<CourseImage> image = parts.length == 3 ? catalog.findImage(parts[1], parts[2]) : Optional.empty();
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + image.get().getSha256() + "\"";
        response.setHeader("Cache-Control", "public, max-age=" + ONE_DAY);
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = image.get().content();
        response.setContentType(image.get().getContentType());
        response.setCharacterEncoding((String) null); // an image has no charset; the server would add UTF-8
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
