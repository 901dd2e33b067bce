package vn.hocso.classes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.hocso.classes.core.RosterLine;
import vn.hocso.classes.service.RosterService;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * The roster import on the class page: the uploaded file is previewed line by line, and only
 * a second, explicit step imports it.
 */
@Named
@ViewScoped
public class RosterImportPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 20,000 lines of a roster are well under this. */
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @Inject
    private RosterService rosters;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;
    @Inject
    private ClassPage classPage;

    private long classId;
    private String fileName;
    private byte[] file;
    private List<Line> lines = List.of();

    /** A previewed line, its verdict in words. */
    public record Line(int line, String status, String statusText, String name, String reason) implements Serializable {
    }

    public void upload(FileUploadEvent event) {
        cancel();
        String name = event.getFile().getFileName();
        byte[] bytes;
        try (InputStream in = event.getFile().getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines = rosters.preview(current.actor(), classId, name, bytes).stream().map(this::line).toList();
        fileName = name;
        file = bytes;
    }

    public void commit() {
        RosterService.Imported imported = rosters.commit(current.actor(), classId, fileName, file);
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("roster.imported", imported.joined(), imported.created(),
                imported.lines().size() - imported.joined()));
        cancel();
        classPage.load();
    }

    public void cancel() {
        file = null;
        fileName = null;
        lines = List.of();
    }

    private Line line(RosterLine line) {
        return new Line(line.line(), line.status().name(), language.text("roster.status." + line.status()),
                line.entry().map(e -> e.fullName()).orElse(""), line.reasonKey() == null ? ""
                : Messages.text(language.getLocale(), line.reasonKey(), line.reasonArguments().toArray()));
    }

    public long getAccepted() {
        return lines.stream().filter(l -> !"REJECTED".equals(l.status())).count();
    }

    public long getRejected() {
        return lines.size() - getAccepted();
    }

    public long getMaxFileBytes() {
        return MAX_FILE_BYTES;
    }

    public boolean isPreviewing() {
        return file != null;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getFileName() {
        return fileName;
    }

    public long getClassId() {
        return classId;
    }

    public void setClassId(long classId) {
        this.classId = classId;
    }
}
