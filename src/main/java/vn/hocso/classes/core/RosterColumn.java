package vn.hocso.classes.core;

import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.SearchText;

/**
 * The columns a roster file may have, recognised by their header in Vietnamese or English,
 * with or without diacritics, in any order and case.
 */
public enum RosterColumn {
    FULL_NAME("ho va ten", "ho ten", "full name", "name"),
    PHONE("dien thoai", "so dien thoai", "sdt", "phone", "mobile", "phone number"),
    EMAIL("email", "e-mail", "thu dien tu"),
    BIRTH_YEAR("nam sinh", "birth year", "year of birth"),
    GENDER("gioi tinh", "gender", "sex"),
    UNIT("don vi", "unit", "chi doan"),
    UNION_MEMBER("doan vien", "union member"),
    UNION_OFFICIAL("can bo doan", "union official"),
    OCOP_PRODUCER("ocop", "chu the ocop", "san xuat ocop", "ocop producer"),
    DIGITAL_TEAM_MEMBER("to cong nghe so cong dong", "to cnscd", "digital team member", "community digital team"),
    DIFFICULT_AREA("vung kho khan", "dia ban kho khan", "difficult area");

    private final List<String> headers;

    RosterColumn(String... headers) {
        this.headers = List.of(headers);
    }

    public static Optional<RosterColumn> of(String header) {
        String folded = SearchText.fold(header).replace('_', ' ');
        for (RosterColumn column : values()) {
            if (column.headers.contains(folded)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    public boolean isFlag() {
        return ordinal() >= UNION_MEMBER.ordinal();
    }
}
