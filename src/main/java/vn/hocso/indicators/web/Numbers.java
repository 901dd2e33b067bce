package vn.hocso.indicators.web;

import java.math.BigDecimal;
import vn.hocso.platform.errors.DomainException;

/** Numbers as organizers type them: "85,5" or "85.5", with or without spaces; empty is none. */
final class Numbers {

    private Numbers() {
    }

    /** The number typed in {@code field}; a field error naming it when it is not one. */
    static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "");
        if (plain.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            plain = plain.replace(".", "");
        }
        try {
            return new BigDecimal(plain.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "reported.notANumber", text.strip());
        }
    }
}
