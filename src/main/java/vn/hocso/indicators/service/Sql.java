package vn.hocso.indicators.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** A native query built in pieces, every value bound as a parameter. */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql add(String part) {
        text.append(part);
        return this;
    }

    /** Puts the query so far between {@code before} and {@code after}, keeping its parameters. */
    Sql surround(String before, String after) {
        text.insert(0, before).append(after);
        return this;
    }

    Sql param(Object value) {
        parameters.add(value);
        text.append('?').append(parameters.size());
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
        Query query = em.createNativeQuery(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
