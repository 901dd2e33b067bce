package vn.hocso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/x?y", "/accounts/profile.xhtml", "/units.xhtml?q=phuoc%20dan#top"})
    void aPathOnThisSiteIsKept(String path) {
        assertThat(LocalPaths.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "//evil.com", "//evil.com/login", "http://x", "https://evil.com/", "javascript:alert(1)", "/\\evil.com",
        "evil.com", "/x\r\nSet-Cookie: a=b", "/x\ty", "/\u0000"
    })
    void aPathThatCouldLeaveTheSiteBecomesTheHomePage(String path) {
        assertThat(LocalPaths.safe(path)).isEqualTo("/");
    }
}
