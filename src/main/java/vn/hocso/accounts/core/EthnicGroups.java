package vn.hocso.accounts.core;

import java.util.List;

/** Viet Nam's 54 ethnic groups: a pick list rather than free text, so statistics add up. */
public final class EthnicGroups {

    private static final List<String> ALL = ResourceLines.read(EthnicGroups.class, "ethnic-groups.txt");

    private EthnicGroups() {
    }

    public static List<String> all() {
        return ALL;
    }

    public static boolean contains(String name) {
        return name != null && ALL.contains(name.strip());
    }

}
