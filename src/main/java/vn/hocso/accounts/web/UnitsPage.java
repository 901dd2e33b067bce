package vn.hocso.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * Administrators keep the unit tree: add, rename, move and merge units with the date the
 * change takes effect; the tree can be viewed as it stood on any past day.
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitService units;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private LocalDate asOf = LocalDate.now();
    private TreeNode<UnitNode> root;
    private UnitNode selected;

    private String newCode;
    private String newName;
    private UnitKind newKind;
    private UnitOption newParent;
    private LocalDate newValidFrom = LocalDate.now();

    private String renameTo;
    private UnitOption target;
    private LocalDate effective = LocalDate.now();

    @PostConstruct
    void load() {
        UnitTree.Snapshot tree = units.tree().asOf(asOf);
        root = new DefaultTreeNode<>(null, null);
        tree.roots().forEach(unit -> attach(root, unit, tree));
    }

    private static void attach(TreeNode<UnitNode> parent, UnitNode unit, UnitTree.Snapshot tree) {
        TreeNode<UnitNode> node = new DefaultTreeNode<>(unit, parent);
        node.setExpanded(true);
        tree.children(unit.code()).forEach(child -> attach(node, child, tree));
    }

    public void showDate() {
        selected = null;
        load();
    }

    public void select(UnitNode unit) {
        selected = unit;
        renameTo = unit.name();
        target = null;
    }

    public void add() {
        units.add(current.actor(), newCode, newName, newKind, newParent == null ? null : newParent.code(), newValidFrom);
        done("units.added");
        newCode = null;
        newName = null;
    }

    /** Names the unit about to be merged, so nobody merges the wrong one. */
    public String getMergeConfirmation() {
        return selected == null ? "" : language.text("units.mergeConfirm", selected.name());
    }

    public void rename() {
        units.rename(current.actor(), selected.code(), renameTo);
        done("units.renamed");
    }

    public void move() {
        units.move(current.actor(), selected.code(), target == null ? null : target.code(), effective);
        done("units.moved");
    }

    public void merge() {
        units.merge(current.actor(), selected.code(), target == null ? null : target.code(), effective);
        done("units.merged");
    }

    /** Confirms in the form that acted, and shows the tree (and the selected unit) afresh. */
    private void done(String messageKey) {
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text(messageKey));
        load();
        if (selected != null) {
            selected = units.tree().find(selected.code()).orElse(selected);
        }
    }

    public List<UnitKind> getKinds() {
        return List.of(UnitKind.values());
    }

    public TreeNode<UnitNode> getRoot() {
        return root;
    }

    public UnitNode getSelected() {
        return selected;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf == null ? LocalDate.now() : asOf;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public UnitKind getNewKind() {
        return newKind;
    }

    public void setNewKind(UnitKind newKind) {
        this.newKind = newKind;
    }

    public UnitOption getNewParent() {
        return newParent;
    }

    public void setNewParent(UnitOption newParent) {
        this.newParent = newParent;
    }

    public LocalDate getNewValidFrom() {
        return newValidFrom;
    }

    public void setNewValidFrom(LocalDate newValidFrom) {
        this.newValidFrom = newValidFrom;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }

    public UnitOption getTarget() {
        return target;
    }

    public void setTarget(UnitOption target) {
        this.target = target;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }
}
