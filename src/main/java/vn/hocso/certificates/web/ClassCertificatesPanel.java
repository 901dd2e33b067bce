package vn.hocso.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.hocso.certificates.service.ClassCertificateJobs;
import vn.hocso.platform.security.CurrentActor;

/** The class page's certificate button: starts the background job and follows its progress. */
@Named
@ViewScoped
public class ClassCertificatesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClassCertificateJobs jobs;
    @Inject
    private CurrentActor current;

    private long classId;
    private ClassCertificateJobs.Progress progress;

    public void start(ClassCertificateJobs.Format format) {
        progress = jobs.start(current.actor(), classId, format);
    }

    public void refresh() {
        if (progress != null) {
            progress = jobs.progress(current.actor(), progress.id());
        }
    }

    public boolean isRunning() {
        return progress != null && "RUNNING".equals(progress.state());
    }

    public ClassCertificateJobs.Progress getProgress() {
        return progress;
    }

    public long getClassId() {
        return classId;
    }

    public void setClassId(long classId) {
        this.classId = classId;
    }
}
