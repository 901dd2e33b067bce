package vn.hocso.quizzes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.core.ContestRanking;
import vn.hocso.quizzes.service.ContestService;

/** /organizer/contest-ranking.xhtml?id=…&unit=…: the ranking, whole or within one unit, and the units' leaderboard. */
@Named
@RequestScoped
public class ContestRankingPage {

    @Inject
    private ContestService contests;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private long id;
    private String unit;
    private List<ContestRanking.Row> rows;

    /** A unit's line in the leaderboard: contestants, best and average score. */
    public record UnitLine(String unitCode, String unitName, long contestants, BigDecimal best, BigDecimal average) {
    }

    public List<ContestRanking.Row> getRows() {
        if (rows == null) {
            rows = contests.ranking(current.actor(), id, unit);
        }
        return rows;
    }

    public List<UnitLine> getUnits() {
        Map<String, List<ContestRanking.Row>> byUnit = new LinkedHashMap<>();
        getRows().forEach(row -> byUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>()).add(row));
        return byUnit.values().stream().map(ContestRankingPage::line)
                .sorted((a, b) -> compare(b.average(), a.average())).toList();
    }

    private static UnitLine line(List<ContestRanking.Row> rows) {
        List<BigDecimal> scores = rows.stream().map(ContestRanking.Row::score).filter(s -> s != null).toList();
        BigDecimal best = scores.stream().max(BigDecimal::compareTo).orElse(null);
        BigDecimal average = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        return new UnitLine(rows.get(0).unitCode(), rows.get(0).unitName(), rows.size(), best, average);
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    public String getTitle() {
        return contests.info(id).title();
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return language.number(value, 2);
    }

    public String rank(ContestRanking.Row row) {
        return row.rank() == null ? "–" : String.valueOf(row.rank());
    }

    /** Time taken as m:ss. */
    public String time(Long seconds) {
        return seconds == null ? "–" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
