package vn.hocso.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Makes the container's resources injectable with plain {@code @Inject}, so services can
 * take them in constructors and tests can build services without a container.
 */
@ApplicationScoped
public class Resources {

    @Produces
    @PersistenceContext(unitName = "hocso")
    private EntityManager entityManager;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new MicrosecondClock(Clock.systemDefaultZone());
    }
}
