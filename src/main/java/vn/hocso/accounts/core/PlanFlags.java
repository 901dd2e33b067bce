package vn.hocso.accounts.core;

/** The groups Program 273 singles out, recorded per learner for report breakdowns. */
public record PlanFlags(boolean unionMember, boolean unionOfficial, boolean ocopProducer,
                        boolean digitalTeamMember, boolean difficultArea) {

    public static final PlanFlags NONE = new PlanFlags(false, false, false, false, false);
}
