package vn.hocso.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-US,en;q=0.9", "en", "EN-gb", "fr-FR, en;q=0.5", "vi;q=0.2, en;q=0.8"})
    void englishIsChosenWhenItIsTheBestSupportedLanguageAsked(String header) {
        assertThat(Messages.fromAcceptLanguage(header)).isEqualTo(Messages.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"vi", "vi-VN,vi;q=0.9,en;q=0.8", "fr", "zh-CN, ja", "!!garbage;;q=x", "en;q=2"})
    void vietnameseIsChosenOtherwise(String header) {
        assertThat(Messages.fromAcceptLanguage(header)).isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void onlyEnglishIsServedInEnglish() {
        assertThat(Messages.supported(Locale.US)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.supported(Locale.FRENCH)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.supported(null)).isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void aTextComesInTheLanguageAsked() {
        assertThat(Messages.text(Messages.VIETNAMESE, "login.title")).isEqualTo("Đăng nhập");
        assertThat(Messages.text(Locale.forLanguageTag("en-AU"), "nav.skip")).isEqualTo("Skip to the main content");
        assertThat(Messages.text(Locale.GERMAN, "login.title")).isEqualTo("Đăng nhập");
    }

    @Test
    void argumentsAreFormattedIntoTheText() {
        assertThat(Messages.text(Messages.ENGLISH, "login.throttled", 30))
                .isEqualTo("Too many wrong attempts. Please try again in 30 seconds.");
        assertThat(Messages.text(Messages.VIETNAMESE, "birthYear.outOfRange", "1916", "2020"))
                .isEqualTo("Năm sinh phải từ 1916 đến 2020.");
    }

    @Test
    void howOftenCountsAreRefreshedIsSaidInMinutesOrUnderAMinuteInSeconds() {
        assertThat(Messages.text(Messages.VIETNAMESE, "dashboard.computedAt", "06/12/2026 13:05", 5L, 300L))
                .endsWith("tự làm mới sau mỗi 5 phút.");
        assertThat(Messages.text(Messages.ENGLISH, "dashboard.computedAt", "06/12/2026 13:05", 0L, 15L))
                .endsWith("refreshed every 15 seconds.");
    }

    @Test
    void aBirthYearIsWrittenWithoutAThousandsSeparator() {
        assertThat(Messages.text(Messages.VIETNAMESE, "guardian.hint", 2010)).contains(" 2010 ");
        assertThat(Messages.text(Messages.ENGLISH, "guardian.hint", 2010)).contains(" 2010 ");
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertThat(Messages.text(Messages.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.text(Messages.VIETNAMESE, "no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void vietnameseWinsOverAnEnglishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.text(Messages.VIETNAMESE, "login.title")).isEqualTo("Đăng nhập");
        } finally {
            Locale.setDefault(before);
        }
    }
}
