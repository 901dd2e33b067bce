package vn.hocso.certificates.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.hocso.accounts.core.Actor;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * All certificates of a class as one ZIP, made in the background: the learners who completed
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

    /** A job as its owner sees it. */
    public record Progress(String id, long classId, int done, int total, String state, String fileName) {
    }

    private static final class Job {
        final String owner;
        final long classId;
        volatile int done;
        volatile int total;
        volatile String state = "RUNNING";
        volatile Path file;

        Job(String owner, long classId) {
            this.owner = owner;
            this.classId = classId;
        }
    }

    public Progress start(Actor actor, long classId) {
        issuing.standing(actor, classId);
        String id = UUID.randomUUID().toString();
        Job job = new Job(actor.username(), classId);
        jobs.put(id, job);
        executor.submit(() -> run(actor, job));
        return progress(id, job);
    }

    public Progress progress(Actor actor, String id) {
        return progress(id, owned(actor, id));
    }

    /** The finished ZIP, for the organizer who started the job. */
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
            Path zip = Files.createTempFile("hocso-certificates-", ".zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                for (long id : all) {
                    CertificateService.File file = certificates.file(id);
                    entries.putNextEntry(new ZipEntry(file.name()));
                    entries.write(file.pdf());
                    entries.closeEntry();
                    job.done++;
                }
            }
            zip.toFile().deleteOnExit();
            job.file = zip;
            job.state = "DONE";
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Certificates of class " + job.classId + " failed", e);
            job.state = "FAILED";
        }
    }

    private static Progress progress(String id, Job job) {
        return new Progress(id, job.classId, job.done, job.total, job.state,
                "giay-chung-nhan-lop-" + job.classId + ".zip");
    }
}
