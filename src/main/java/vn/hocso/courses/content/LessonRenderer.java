package vn.hocso.courses.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns a lesson's Markdown into HTML once, at import. Raw HTML in a lesson is refused
 * (with its line) rather than silently dropped, images must be files of the course, and
 * the output still goes through an allow-list sanitizer: lessons come from many hands.
 */
public final class LessonRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("img", "pre", "code", "hr")
                    .allowAttributes("src", "alt", "title", "loading").onElements("img")
                    .allowUrlProtocols("https", "http", "mailto")
                    .toFactory());

    private LessonRenderer() {
    }

    /** A rendered lesson, or the problems that stop it. */
    public record Rendered(String html, List<ContentProblem> problems) {
    }

    /**
     * @param firstLine the line of the file the Markdown starts on, for problems
     * @param assetBase where the course's images are served, e.g. "/course-files/slug/"
     * @param imageExists whether a file next to the lesson has this name
     */
    public static Rendered render(String markdown, String file, int firstLine, String assetBase, Predicate<String> imageExists) {
        Node document = PARSER.parse(markdown);
        List<ContentProblem> problems = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(ContentProblem.at(file, lineOf(html, firstLine), "content.rawHtml"));
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(ContentProblem.at(file, lineOf(html, firstLine), "content.rawHtml"));
            }

            @Override
            public void visit(Image image) {
                String source = image.getDestination();
                if (source.contains("://") || source.startsWith("/") || source.contains("..")) {
                    problems.add(ContentProblem.at(file, lineOf(image, firstLine), "content.imageNotLocal", source));
                } else if (!imageExists.test(source)) {
                    problems.add(ContentProblem.at(file, lineOf(image, firstLine), "content.imageMissing", source));
                }
                visitChildren(image);
            }
        });
        if (!problems.isEmpty()) {
            return new Rendered(null, problems.stream().distinct().toList());
        }
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image) {
                        attributes.put("src", assetBase + attributes.get("src"));
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
        return new Rendered(POLICY.sanitize(renderer.render(document)), List.of());
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getSourceSpans().isEmpty() ? firstLine : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }
}
