package vn.hocso.platform.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Main class of target/hocso.jar: passes HOCSO_PORT on to Payara Micro as {@code --port},
 * since Payara Micro reads its port only from its own options. Everything else (database,
 * demo mode) is read by the application itself through MicroProfile Config.
 */
public final class Launcher {

    private static final String PAYARA_MAIN = "fish.payara.micro.PayaraMicro";
    private static final int MAX_PORT = 65_535;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        List<String> options = new ArrayList<>(List.of(args));
        String port = System.getenv("HOCSO_PORT");
        if (port != null && !port.isBlank() && !options.contains("--port")) {
            options.add("--port");
            options.add(Integer.toString(parsePort(port.strip())));
        }
        try {
            Class.forName(PAYARA_MAIN).getMethod("main", String[].class).invoke(null, (Object) options.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static int parsePort(String port) {
        try {
            int value = Integer.parseInt(port);
            if (value > 0 && value <= MAX_PORT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("HOCSO_PORT must be a port number between 1 and " + MAX_PORT + ", not \"" + port + "\"");
        System.exit(2);
        return -1;
    }
}
