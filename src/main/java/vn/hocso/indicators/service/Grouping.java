package vn.hocso.indicators.service;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.LearnerFlag;
import vn.hocso.indicators.calc.Period;
import vn.hocso.platform.i18n.Dates;

/**
 * What a query groups its counts by besides the unit: the month (of a record's own time) or
 * the learner's profile, the learner being joined as {@code a}.
 */
abstract sealed class Grouping {

    static Grouping byMonth(Period period) {
        return new ByMonth(period.months());
    }

    /** By the learner's profile as of {@code year} (for the age group). */
    static Grouping byProfile(int year) {
        return new ByProfile(year);
    }

    /** Whether the key needs the learner's account joined as {@code a}. */
    abstract boolean needsLearner();

    /** Joins the key needs after the learner's account. */
    String joins() {
        return "";
    }

    /** Appends the key of a record whose time is {@code column} (a timestamp, or a date when {@code date}). */
    abstract void key(Sql sql, String column, boolean date);

    /** Appends the key of an outreach head count {@code o} (people without accounts) held on {@code column}. */
    abstract void outreachKey(Sql sql, String column);

    /** Months as "2026-03"; the first month also takes anything earlier, the last anything later. */
    static final class ByMonth extends Grouping {
        private final List<YearMonth> months;

        ByMonth(List<YearMonth> months) {
            this.months = months;
        }

        @Override
        boolean needsLearner() {
            return false;
        }

        @Override
        void key(Sql sql, String column, boolean date) {
            if (months.size() == 1) {
                sql.add("'" + months.get(0) + "'");
                return;
            }
            sql.add("CASE");
            for (int i = 1; i < months.size(); i++) {
                sql.add(" WHEN " + column + " < ").param(start(months.get(i), date)).add(" THEN '" + months.get(i - 1) + "'");
            }
            sql.add(" ELSE '" + months.get(months.size() - 1) + "' END");
        }

        @Override
        void outreachKey(Sql sql, String column) {
            key(sql, column, true);
        }

        private static Object start(YearMonth month, boolean date) {
            return date ? Date.valueOf(month.atDay(1)) : Timestamp.from(month.atDay(1).atStartOfDay(Dates.VIETNAM).toInstant());
        }
    }

    /**
     * The learner's whole profile in one key, "FEMALE|FROM_16_TO_30|YNNYN" (gender, age group,
     * then Y/N/U for each of the plan's flags), so one query serves every personal breakdown.
     * Learners without a standing consent to statistics are only "UNDISCLOSED", whatever
     * their profile says.
     */
    static final class ByProfile extends Grouping {
        private final int year;

        ByProfile(int year) {
            this.year = year;
        }

        @Override
        boolean needsLearner() {
            return true;
        }

        @Override
        String joins() {
            return " LEFT JOIN (SELECT DISTINCT account_id FROM consent WHERE purpose = 'STATISTICS' AND withdrawn_at IS NULL) st"
                    + " ON st.account_id = a.id";
        }

        @Override
        void key(Sql sql, String column, boolean date) {
            sql.add("CASE WHEN st.account_id IS NULL THEN '" + Dimension.UNDISCLOSED + "' ELSE COALESCE(a.gender, '"
                    + Dimension.UNKNOWN + "') || '|' || CASE WHEN a.birth_year IS NULL THEN '" + Dimension.UNKNOWN + "' WHEN ")
                    .param(year).add(" - a.birth_year < 16 THEN 'UNDER_16' WHEN ")
                    .param(year).add(" - a.birth_year <= 30 THEN 'FROM_16_TO_30' ELSE 'OVER_30' END || '|'");
            for (LearnerFlag flag : LearnerFlag.values()) {
                sql.add(" || CASE WHEN a." + flag.column() + " THEN 'Y' ELSE 'N' END");
            }
            sql.add(" END");
        }

        @Override
        void outreachKey(Sql sql, String column) {
            sql.add("o.gender || '|' || o.age_group || '|" + "U".repeat(LearnerFlag.values().length) + "'");
        }
    }
}
