package vn.hocso.indicators.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import vn.hocso.indicators.calc.Catalogue;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.service.CatalogueStore;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * /admin/catalogue.xhtml: the indicator catalogue as YAML for an administrator to edit (a new
 * target year, a new indicator), checked with every problem and its line before it is
 * saved as a new version; the shipped catalogue can be restored.
 */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueStore catalogues;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String yaml;
    private List<Row> preview = List.of();

    /** An indicator as the preview lists it. */
    public record Row(String id, String title, String kind, String unitOfMeasure, String targets, String measure)
            implements Serializable {
    }

    /** A saved version: who and when. */
    public record Version(String savedBy, String savedAt) implements Serializable {
    }

    @PostConstruct
    void load() {
        yaml = catalogues.text(current.actor());
        preview = rows(catalogues.current());
    }

    public void check() {
        preview = rows(catalogues.check(current.actor(), yaml));
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("catalogue.valid", preview.size()));
    }

    public void save() {
        preview = rows(catalogues.save(current.actor(), yaml));
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("catalogue.saved", preview.size()));
    }

    public void restore() {
        preview = rows(catalogues.restoreShipped(current.actor()));
        yaml = catalogues.text(current.actor());
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("catalogue.restored"));
    }

    public List<Version> getVersions() {
        return catalogues.versions(current.actor()).stream()
                .map(v -> new Version(v.getSavedBy(), Dates.format(v.getSavedAt()))).toList();
    }

    private List<Row> rows(Catalogue catalogue) {
        return catalogue.indicators().stream().map(this::row).toList();
    }

    private Row row(Indicator i) {
        String targets = i.targets().entrySet().stream()
                .map(t -> t.getKey() + ": " + language.number(t.getValue(), 2)).collect(Collectors.joining(" · "));
        return new Row(i.id(), i.title().in(language.getLocale()), language.text("indicators.kind." + i.kind()),
                i.unitOfMeasure().in(language.getLocale()), targets, i.computed() ? i.measure().code() : i.rollUp().name());
    }

    public List<Row> getPreview() {
        return preview;
    }

    public String getYaml() {
        return yaml;
    }

    public void setYaml(String yaml) {
        this.yaml = yaml;
    }
}
