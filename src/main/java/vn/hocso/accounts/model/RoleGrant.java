package vn.hocso.accounts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.hocso.accounts.core.Role;
import vn.hocso.platform.persistence.Identified;

/** A role held by an account; organizers and trainers hold theirs at a unit. */
@Entity
@EntityListeners(ActorCache.class)
@Table(name = "role_grant")
public class RoleGrant extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    protected RoleGrant() {
    }

    RoleGrant(Account account, Role role, Unit unit) {
        this.account = account;
        this.role = role;
        this.unit = unit;
    }

    void scopeTo(Unit newScope) {
        this.unit = newScope;
    }

    public Role getRole() {
        return role;
    }

    public Unit getUnit() {
        return unit;
    }

    public Account getAccount() {
        return account;
    }
}
