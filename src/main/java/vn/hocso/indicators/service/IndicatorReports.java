package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.accounts.core.Actor;
import vn.hocso.certificates.model.IssuerSettings;
import vn.hocso.certificates.service.Issuers;
import vn.hocso.indicators.calc.Breakdown;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.ReportHeading;
import vn.hocso.indicators.calc.ReportedSource;
import vn.hocso.indicators.calc.Tally;

/**
 * Everything the indicator report files need besides the dashboard: the people behind the
 * figures by group, the reported values with their sources, and how the unit signs.
 */
@ApplicationScoped
public class IndicatorReports {

    private IndicatorService indicators;
    private ReportedValues reported;
    private Issuers issuers;
    private int minCell;

    protected IndicatorReports() {
    }

    @Inject
    public IndicatorReports(IndicatorService indicators, ReportedValues reported, Issuers issuers,
                            @ConfigProperty(name = "hocso.statistics.min-cell", defaultValue = "5") int minCell) {
        this.indicators = indicators;
        this.reported = reported;
        this.issuers = issuers;
        this.minCell = minCell;
    }

    /** Groups smaller than this are hidden in files that leave the system. */
    public int minCell() {
        return minCell;
    }

    /** Every computed indicator about people, split by every personal dimension. */
    public List<Breakdown> groups(Actor actor, String unitCode, Period period) {
        IndicatorService.Scope scope = indicators.scope(actor, unitCode, period);
        List<Breakdown> groups = new ArrayList<>();
        Function<Source, Tally> counted = indicators.byProfile(period);
        for (Indicator indicator : indicators.catalogue().indicators()) {
            if (indicator.computed() && indicator.measure().aboutPeople()) {
                Tally byProfile = Source.count(indicator, counted);
                for (Dimension dimension : Dimension.personalOnes()) {
                    groups.add(Breakdown.byPeople(indicator, dimension, byProfile.byKey(scope.unit().units())));
                }
            }
        }
        return groups;
    }

    /** The reported values in force behind the dashboard's figures. */
    public List<ReportedSource> sources(Actor actor, String unitCode, Period period) {
        IndicatorService.Scope scope = indicators.scope(actor, unitCode, period);
        return reported.entries(period, scope.unit().units()).stream()
                .map(v -> new ReportedSource(v.getIndicatorId(), v.getUnit().getName(), v.getAmount(), v.getNote(),
                        v.getEvidenceUrl(), v.getEnteredBy(), v.getEnteredAt())).toList();
    }

    /** How the unit signs its reports: as set for its certificates, else its own name with the usual titles. */
    public ReportHeading heading(Actor actor, Dashboard dashboard) {
        IssuerSettings.Signing signing = issuers.signing(actor, dashboard.unit().code())
                .orElseGet(() -> Issuers.unset(dashboard.unit().name()));
        return new ReportHeading(signing.issuer(), signing.place(), signing.onBehalfOf(), signing.signerTitle(),
                signing.signerName(), dashboard.asOf());
    }
}
