package vn.hocso.certificates.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.hocso.accounts.core.Actor;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * All certificates of a class as one ZIP (or one PDF to print), made in the background: the learners who completed
 * the class get theirs issued if they have none yet, then every standing certificate is
 * written to a file one at a time. The page polls the job's progress and downloads the file.
 */
@ApplicationScoped
public class ClassCertificateJobs {

    private static final Logger LOG = Logger.getLogger(ClassCertificateJobs.class.getName());

    @Resource
    private ManagedExecutorService executor;
    @Inject
    private CertificateService certificates;
    @Inject
    private ClassCertificateIssuing issuing;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** One ZIP of PDFs, or one PDF of all pages for printing. */
    public enum Format {
        ZIP("application/zip", ".zip"), PDF("application/pdf", ".pdf");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** A job as its owner sees it. */
    public record Progress(String id, long classId, Format format, int done, int total, String state, String fileName) {
    }

    private static final class Job {
        final String owner;
        final long classId;
        final Format format;
        volatile int done;
        volatile int total;
        volatile String state = "RUNNING";
        volatile Path file;

        Job(String owner, long classId, Format format) {
            this.owner = owner;
            this.classId = classId;
            this.format = format;
        }
    }

    public Progress start(Actor actor, long classId, Format format) {
        issuing.standing(actor, classId);
        String id = UUID.randomUUID().toString();
        Job job = new Job(actor.username(), classId, format == null ? Format.ZIP : format);
        jobs.put(id, job);
        executor.submit(() -> run(actor, job));
        return progress(id, job);
    }

    public Progress progress(Actor actor, String id) {
        return progress(id, owned(actor, id));
    }

    /** The finished file, for the organizer who started the job. */
    public Path file(Actor actor, String id) {
        Job job = owned(actor, id);
        if (job.file == null || !"DONE".equals(job.state)) {
            throw DomainException.of(Failure.CONFLICT, "certificates.jobNotDone");
        }
        return job.file;
    }

    private Job owned(Actor actor, String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner.equals(actor.username())) {
            throw DomainException.of(Failure.NOT_FOUND, "certificates.jobUnknown");
        }
        return job;
    }

    private void run(Actor actor, Job job) {
        try {
            List<Long> completed = issuing.completedWithout(actor, job.classId);
            List<Long> existing = issuing.standing(actor, job.classId);
            job.total = completed.size() + existing.size();
            for (long member : completed) {
                issuing.issueFor(actor, member);
                job.done++;
            }
            List<Long> all = issuing.standing(actor, job.classId);
            job.total = job.done + all.size();
            Path file = Files.createTempFile("hocso-certificates-", job.format.extension);
            file.toFile().deleteOnExit();
            if (job.format == Format.ZIP) {
                zip(all, file, job);
            } else {
                merge(all, file, job);
            }
            job.file = file;
            job.state = "DONE";
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Certificates of class " + job.classId + " failed", e);
            job.state = "FAILED";
        }
    }

    private void zip(List<Long> certificateIds, Path file, Job job) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (long id : certificateIds) {
                CertificateService.File pdf = certificates.file(id);
                entries.putNextEntry(new ZipEntry(pdf.name()));
                entries.write(pdf.pdf());
                entries.closeEntry();
                job.done++;
            }
        }
    }

    /** One page per certificate; what is being merged goes to a temporary file, not the heap. */
    private void merge(List<Long> certificateIds, Path file, Job job) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (long id : certificateIds) {
                PDDocument one = Loader.loadPDF(certificates.file(id).pdf());
                sources.add(one);
                merger.appendDocument(merged, one);
                job.done++;
            }
            merged.getDocumentInformation().setTitle("Giấy chứng nhận – lớp " + job.classId);
            merged.save(file.toFile());
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }

    private static Progress progress(String id, Job job) {
        return new Progress(id, job.classId, job.format, job.done, job.total, job.state,
                "giay-chung-nhan-lop-" + job.classId + job.format.extension);
    }
}
