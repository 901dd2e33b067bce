package vn.hocso.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only valid ports: an invalid one ends the JVM on purpose (System.exit), which a test cannot survive. */
class LauncherTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 80, 8080, 65_535})
    void aValidPortIsPassedOnAsItsNumber(int port) {
        assertThat(Launcher.parsePort(Integer.toString(port))).isEqualTo(port);
    }
}
