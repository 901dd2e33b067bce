package vn.hocso.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The login form as a browser submits it: the page's hidden fields (view state) plus the person's name and password. */
public final class LoginForm {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private LoginForm() {
    }

    /** The fields to post, from the HTML of the login page. */
    public static Map<String, String> fields(String loginPage, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(loginPage);
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2));
        }
        form.put("username", username);
        form.put("password", password);
        form.put("submit", "Đăng nhập");
        return form;
    }

    /** The same fields as an application/x-www-form-urlencoded body. */
    public static String body(String loginPage, String username, String password) {
        return fields(loginPage, username, password).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
