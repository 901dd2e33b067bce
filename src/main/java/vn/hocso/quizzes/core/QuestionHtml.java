package vn.hocso.quizzes.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import vn.hocso.quizzes.gift.TextFormat;

/**
 * A question's or answer's text as HTML safe to put in a page, whatever format its author
 * chose: question banks come from many hands (and from Moodle), so HTML is always
 * sanitized against an allow-list and plain text is escaped.
 */
public final class QuestionHtml {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "br", "sub", "sup").toFactory());

    private static final int MAX_RENDERED = 50_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private QuestionHtml() {
    }

    /** The same texts are shown to every contestant at once: each is sanitized once. */
    public static String render(TextFormat format, String text) {
        if (RENDERED.size() >= MAX_RENDERED) {
            RENDERED.clear();
        }
        return RENDERED.computeIfAbsent(format.name() + '\u0000' + text, key -> renderNow(format, text));
    }

    private static String renderNow(TextFormat format, String text) {
        return switch (format) {
            case PLAIN -> withLineBreaks(escape(text));
            case MOODLE -> POLICY.sanitize(withLineBreaks(text));
            case HTML -> POLICY.sanitize(text);
            case MARKDOWN -> POLICY.sanitize(RENDERER.render(MARKDOWN.parse(text)));
        };
    }

    private static String withLineBreaks(String text) {
        return text.strip().replace("\r\n", "\n").replace("\n", "<br>");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
