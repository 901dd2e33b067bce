package vn.hocso.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;
import vn.hocso.testsupport.TestDatabase.Database;

/**
 * The application's persistence unit "hocso", bootstrapped with plain Java SE EclipseLink.
 *
 * <p>Why: mappings and queries should be tested against a real database without booting Payara.
 * {@code META-INF/persistence.xml} is written for the server (JTA, {@code java:app/jdbc/hocso});
 * here it is overridden to resource-local transactions on a JDBC URL. Entities are still found
 * by {@code exclude-unlisted-classes=false}: EclipseLink scans the unit's root
 * ({@code target/classes}) in Java SE too. Without the weaving agent, lazy relations load
 * eagerly here, unlike in Payara.
 */
public final class JpaTestSupport {

    private JpaTestSupport() {
    }

    /** A factory on {@code database}; close it when done. */
    public static EntityManagerFactory entityManagerFactory(Database database) {
        return entityManagerFactory(database.jdbcUrl(), database.user(), database.password());
    }

    /**
     * A factory on any JDBC URL, such as an H2 one; close it when done.
     */
    public static EntityManagerFactory entityManagerFactory(String jdbcUrl, String user, String password) {
        return Persistence.createEntityManagerFactory("hocso", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", jdbcUrl,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.logging.level", "WARNING"));
    }

    /** Runs {@code work} in a new entity manager and transaction: committed if it returns, else rolled back. */
    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }
}
