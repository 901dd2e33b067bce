package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.time.Instant;

/** A reported value behind the report's figures: who entered what, for which unit, with what evidence. */
public record ReportedSource(String indicatorId, String unitName, BigDecimal value, String note, String evidenceUrl,
                             String enteredBy, Instant enteredAt) {
}
