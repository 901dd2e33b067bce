package vn.hocso.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.service.SelfService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/** The learner's own account: profile, consents, password, their data, and deletion. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SelfService self;
    @Inject
    private CurrentActor current;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private Language language;

    private ProfileForm form;
    private String username;
    private String currentPassword;
    private String newPassword;
    private String deletePassword;

    @PostConstruct
    void load() {
        Account account = self.me(current.actor());
        username = account.getUsername();
        form = ProfileForm.of(account, account.getUnit() == null ? null : unitPicker.byCode(account.getUnit().getCode()));
    }

    public void save() {
        form.resolveUnit(unitPicker);
        self.updateProfile(current.actor(), form.toProfile());
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("profile.saved"));
    }

    public void changePassword() {
        self.changePassword(current.actor(), currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("password.changed"));
    }

    public boolean isStatisticsConsent() {
        return self.me(current.actor()).hasConsent(ConsentPurpose.STATISTICS);
    }

    public void toggleStatistics() {
        self.setConsent(current.actor(), ConsentPurpose.STATISTICS, !isStatisticsConsent());
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("consent.updated"));
    }

    public void withdrawEthnicity() {
        self.setConsent(current.actor(), ConsentPurpose.SENSITIVE_ETHNICITY, false);
        form.setEthnicity(null);
        form.setEthnicityConsent(false);
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("consent.updated"));
    }

    /** One line of the consent history, with its times written out. */
    public record ConsentRow(String purpose, String givenBy, String givenAt, String withdrawnAt) {
    }

    /** The consent history, newest first, as the person gave or withdrew it. */
    public List<ConsentRow> getConsents() {
        return self.me(current.actor()).getConsents().stream()
                .sorted(Comparator.comparing(Consent::getGivenAt).reversed())
                .map(c -> new ConsentRow(c.getPurpose().name(), c.getGivenBy().name(),
                        Dates.format(c.getGivenAt()), Dates.format(c.getWithdrawnAt())))
                .toList();
    }

    public void deleteAccount() throws IOException, ServletException {
        self.deleteAccount(current.actor(), deletePassword);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?deleted=true");
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getUsername() {
        return username;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
