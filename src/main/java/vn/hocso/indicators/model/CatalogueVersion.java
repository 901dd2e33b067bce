package vn.hocso.indicators.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.platform.persistence.Identified;

/** A version of the indicator catalogue an administrator saved; the newest one counts. */
@Entity
@Table(name = "indicator_catalogue")
public class CatalogueVersion extends Identified {

    public static final int MAX_LENGTH = 100_000;

    @Column(nullable = false)
    private String yaml;
    @Column(name = "saved_by", nullable = false)
    private String savedBy;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected CatalogueVersion() {
    }

    public CatalogueVersion(String yaml, String savedBy, Instant savedAt) {
        this.yaml = yaml;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String getYaml() {
        return yaml;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
