package vn.hocso.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.service.Accounts;

/** What the header and menu show: who is logged in, their unit, and the role's pages. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private Actor actor;
    @Inject
    private Accounts accounts;
    @Inject
    private HttpServletRequest request;

    private Optional<Account> account;

    public boolean isLoggedIn() {
        return actor.isAuthenticated();
    }

    public boolean isOrganizer() {
        return actor.has(Role.ORGANIZER) || actor.isAdmin();
    }

    /** Trainers, organizers and administrators follow the courses of their units. */
    public boolean isTrainer() {
        return actor.has(Role.TRAINER) || isOrganizer();
    }

    public boolean isAdmin() {
        return actor.isAdmin();
    }

    public String getFullName() {
        return account().map(Account::getFullName).orElse("");
    }

    public String getUnitName() {
        return account().map(Account::getUnit).map(Unit::getName).orElse("");
    }

    /** The page being shown, URL-encoded, so switching language comes back to it. */
    public String getBackParameter() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    public String getCsrfToken() {
        return CsrfToken.of(request.getSession(true));
    }

    private Optional<Account> account() {
        if (account == null) {
            account = actor.isAuthenticated() ? accounts.find(actor.username()) : Optional.empty();
        }
        return account;
    }
}
