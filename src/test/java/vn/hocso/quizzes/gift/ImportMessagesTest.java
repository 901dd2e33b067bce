package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every import problem has a text in both languages, with the arguments it is given. */
class ImportMessagesTest {

    private static final Properties VIETNAMESE = load("vn/hocso/i18n/messages.properties");
    private static final Properties ENGLISH = load("vn/hocso/i18n/messages_en.properties");

    @ParameterizedTest
    @EnumSource(ImportMessage.class)
    void bothLanguagesHaveATextTakingExactlyTheMessagesArguments(ImportMessage message) {
        for (Properties bundle : new Properties[] {VIETNAMESE, ENGLISH}) {
            String text = bundle.getProperty(message.key());
            assertThat(text).as(message.key()).isNotBlank();
            if (message.arguments() > 0) {
                String[] arguments = IntStream.range(0, message.arguments()).mapToObj(i -> "«" + i + "»").toArray(String[]::new);
                String formatted = new MessageFormat(text, Locale.ROOT).format(arguments);
                assertThat(formatted).as(message.key()).contains(arguments).doesNotContain("{");
            } else {
                assertThat(text).as(message.key() + " takes no argument").doesNotContainPattern("\\{\\d");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ImportMessage.class)
    void keysArePrefixedForTheQuizImport(ImportMessage message) {
        assertThat(message.key()).startsWith("quiz.import.");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
