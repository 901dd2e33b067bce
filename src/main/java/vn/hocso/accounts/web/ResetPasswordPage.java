package vn.hocso.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.hocso.accounts.service.PasswordResetService;

/** Setting a new password with the one-time code an organizer handed over. */
@Named
@RequestScoped
public class ResetPasswordPage {

    @Inject
    private PasswordResetService resets;

    private String username;
    private String code;
    private String newPassword;

    public void reset() throws IOException {
        resets.resetPassword(username, code, newPassword);
        LoginPage.redirectHere(FacesContext.getCurrentInstance().getExternalContext(), username, "reset.done");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
