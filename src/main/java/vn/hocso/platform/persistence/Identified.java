package vn.hocso.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Surrogate keys from one database sequence: works the same on PostgreSQL and H2 (where
 * EclipseLink's IDENTITY support breaks) and lets EclipseLink pre-allocate 50 ids a trip.
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hocso_seq")
    @SequenceGenerator(name = "hocso_seq", sequenceName = "hocso_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }
}
