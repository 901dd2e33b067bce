package vn.hocso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;

/** Whole numbers from request parameters: empty when missing or not a number, never an exception. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static OptionalLong longValue(HttpServletRequest request, String name) {
        try {
            String text = request.getParameter(name);
            return text == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static Optional<Integer> intValue(HttpServletRequest request, String name) {
        try {
            String text = request.getParameter(name);
            return text == null ? Optional.empty() : Optional.of(Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
