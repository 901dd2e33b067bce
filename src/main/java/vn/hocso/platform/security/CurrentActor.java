package vn.hocso.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;

/** Makes "who is asking" injectable into REST resources and backing beans, once per request. */
@RequestScoped
public class CurrentActor {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private Accounts accounts;

    private Actor actor;

    @Produces
    public Actor actor() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            actor = principal == null ? Actor.ANONYMOUS : accounts.actorFor(principal.getName());
        }
        return actor;
    }
}
