package vn.hocso.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.hocso.accounts.core.Registration;
import vn.hocso.accounts.service.RegistrationService;

/** Self-registration: every consent starts unticked; the guardian part appears for under-16s. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    private RegistrationService registration;
    @Inject
    private UnitPicker unitPicker;

    private final ProfileForm form = new ProfileForm();
    private String username;
    private String password;
    private boolean trainingConsent;
    private boolean statisticsConsent;

    public void register() throws IOException {
        form.resolveUnit(unitPicker);
        String created = registration.register(
                new Registration(username, password, form.toProfile(), trainingConsent, statisticsConsent)).getUsername();
        // the flash, not the URL: a phone number does not belong in browser history and logs
        LoginPage.redirectHere(FacesContext.getCurrentInstance().getExternalContext(), created, "register.done");
    }

    public ProfileForm getForm() {
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isTrainingConsent() {
        return trainingConsent;
    }

    public void setTrainingConsent(boolean trainingConsent) {
        this.trainingConsent = trainingConsent;
    }

    public boolean isStatisticsConsent() {
        return statisticsConsent;
    }

    public void setStatisticsConsent(boolean statisticsConsent) {
        this.statisticsConsent = statisticsConsent;
    }
}
