package vn.hocso.platform.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalLong;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;
import vn.hocso.platform.web.RequestParameters;

/** GET …xlsx?id=…: an Excel workbook about one thing, downloaded under a stable file name. */
public abstract class XlsxDownload extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The file name for the thing with this id, without ".xlsx". */
    protected abstract String fileName(long id);

    /** Checks who asks (a domain failure becomes its status page) and writes the workbook. */
    protected abstract void write(long id, HttpServletRequest request, OutputStream out);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong given = RequestParameters.longValue(request, "id");
        if (given.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = given.getAsLong();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(id) + ".xlsx\"");
        try {
            write(id, request, response.getOutputStream());
        } catch (RuntimeException e) {
            DomainException domain = DomainExceptions.unwrap(e);
            if (domain == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(domain.failure().status());
        }
    }
}
