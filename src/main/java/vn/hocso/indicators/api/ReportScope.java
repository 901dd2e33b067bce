package vn.hocso.indicators.api;

import jakarta.ws.rs.QueryParam;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.indicators.service.PeriodChoice;

/** The unit and period every indicator and report request names: ?unit=&year= (&period=june|december, or &from=&to=). */
public class ReportScope {

    @QueryParam("unit")
    private String unit;
    @QueryParam("year")
    private Integer year;
    @QueryParam("period")
    private String period;
    @QueryParam("from")
    private String from;
    @QueryParam("to")
    private String to;

    public String unit() {
        return unit;
    }

    public Period period(IndicatorService indicators) {
        return PeriodChoice.parse(period, year, from, to).resolve(indicators.calendar(), indicators.today());
    }
}
