package vn.hocso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

class JpaTestSupportTest {

    @Test
    void findsTheApplicationEntitiesWithoutListingThem() {
        try (EntityManagerFactory factory = JpaTestSupport.entityManagerFactory(TestDatabase.fresh())) {
            assertThat(factory.getMetamodel().getEntities()).isNotEmpty();
        }
    }

    @Test
    void inTransactionCommitsWhenWorkReturnsAndRollsBackWhenItThrows() {
        try (EntityManagerFactory factory = JpaTestSupport.entityManagerFactory(TestDatabase.fresh())) {
            JpaTestSupport.inTransaction(factory, em -> execute(em, "CREATE TABLE scratch (v int)"));
            JpaTestSupport.inTransaction(factory, em -> execute(em, "INSERT INTO scratch VALUES (1)"));

            assertThatThrownBy(() -> JpaTestSupport.inTransaction(factory, em -> {
                execute(em, "INSERT INTO scratch VALUES (2)");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");

            Number rows = JpaTestSupport.inTransaction(factory,
                    em -> (Number) em.createNativeQuery("SELECT count(*) FROM scratch").getSingleResult());
            assertThat(rows.intValue()).isEqualTo(1);
        }
    }

    private static int execute(EntityManager em, String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }
}
