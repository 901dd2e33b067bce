package vn.hocso.courses.content;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read as nodes, so every complaint names the line it is about. Problems
 * are collected, not thrown: an author sees all of them at once.
 */
public final class YamlMap {

    private final MappingNode node;
    private final String file;
    private final int lineOffset;
    private final List<ContentProblem> problems;

    /** Course files give times as Vietnamese people read them. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private YamlMap(MappingNode node, String file, int lineOffset, List<ContentProblem> problems) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** Parses {@code text}; {@code lineOffset} is the line the text starts on in its file, minus one. */
    public static Optional<YamlMap> parse(String text, String file, int lineOffset, List<ContentProblem> problems) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
            }
            problems.add(ContentProblem.at(file, lineOffset + 1, "content.yamlNotMapping"));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(ContentProblem.at(file, lineOffset + line, "content.yamlInvalid", e.getProblem()));
        } catch (YAMLException e) {
            problems.add(ContentProblem.at(file, lineOffset + 1, "content.yamlInvalid", e.getMessage()));
        }
        return Optional.empty();
    }

    public String requiredText(String key) {
        return text(key).orElseGet(() -> {
            missing(key);
            return null;
        });
    }

    public Optional<String> text(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                return Optional.of(scalar.getValue().strip());
            }
            wrongType(key, value);
            return Optional.empty();
        });
    }

    /** {@code key: {vi: …, en: …}}; Vietnamese is required, English optional. */
    public LocalizedText localized(String key) {
        Optional<YamlMap> map = map(key);
        if (map.isEmpty()) {
            return null;
        }
        String vi = map.get().requiredText("vi");
        String en = map.get().text("en").orElse(null);
        return vi == null ? null : new LocalizedText(vi, en);
    }

    public Optional<YamlMap> map(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            missing(key);
            return Optional.empty();
        }
        if (value.get() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
        }
        wrongType(key, value.get());
        return Optional.empty();
    }

    /** A whole number within [min, max]; null (and a problem) otherwise. */
    public Integer requiredInt(String key, int min, int max) {
        BigDecimal number = requiredDecimal(key);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(ContentProblem.at(file, line(key), "content.numberOutOfRange", key, min, max));
            return null;
        }
        return number.intValue();
    }

    /** An optional whole number within [min, max]; the fallback when absent, null (and a problem) when wrong. */
    public Integer optionalInt(String key, int min, int max, int fallback) {
        return has(key) ? requiredInt(key, min, max) : Integer.valueOf(fallback);
    }

    /** An optional code from a closed set; the fallback when absent, null (and a problem naming the choices) when unknown. */
    public <E> E optionalCode(String key, Function<String, Optional<E>> lookup, E fallback, String choices) {
        if (!has(key)) {
            return fallback;
        }
        Optional<String> code = text(key);
        Optional<E> known = code.flatMap(lookup);
        if (code.isPresent() && known.isEmpty()) {
            problem(line(key), "content.choiceUnknown", key, code.get(), choices);
        }
        return known.orElse(null);
    }

    /** An optional Vietnam-time date and time "2026-12-01 08:00"; null when absent or wrong (then with a problem). */
    public Instant optionalDateTime(String key) {
        Optional<String> text = has(key) ? text(key) : Optional.empty();
        try {
            return text.map(t -> LocalDateTime.parse(t.replace(' ', 'T')).atZone(VIETNAM).toInstant()).orElse(null);
        } catch (DateTimeParseException e) {
            problem(line(key), "content.dateTimeInvalid", key, text.get());
            return null;
        }
    }

    public BigDecimal requiredDecimal(String key) {
        String text = requiredText(key);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(ContentProblem.at(file, line(key), "content.notANumber", key, text));
            return null;
        }
    }

    /** The scalars of a list, each with its own line. */
    public List<Entry> list(String key) {
        Optional<Node> value = value(key);
        List<Entry> entries = new ArrayList<>();
        if (value.isEmpty()) {
            missing(key);
        } else if (value.get() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                entries.add(new Entry(item, lineOf(item)));
            }
        } else {
            wrongType(key, value.get());
        }
        return entries;
    }

    /** An item of a list: a scalar or a mapping, with its line. */
    public record Entry(Node node, int line) {
    }

    public Optional<String> scalar(Entry entry) {
        return entry.node() instanceof ScalarNode scalar ? Optional.of(scalar.getValue().strip()) : Optional.empty();
    }

    public Optional<YamlMap> mapping(Entry entry) {
        return entry.node() instanceof MappingNode mapping
                ? Optional.of(new YamlMap(mapping, file, lineOffset, problems))
                : Optional.empty();
    }

    /** The keys of this mapping, in the order written. */
    public List<String> keys() {
        return node.getValue().stream().map(NodeTuple::getKeyNode)
                .filter(ScalarNode.class::isInstance).map(k -> ((ScalarNode) k).getValue()).toList();
    }

    public boolean has(String key) {
        return tuple(key).isPresent();
    }

    public int line(String key) {
        return tuple(key).map(t -> lineOf(t.getKeyNode())).orElse(lineOf(node));
    }

    public void problem(int line, String messageKey, Object... arguments) {
        problems.add(ContentProblem.at(file, line, messageKey, arguments));
    }

    private Optional<Node> value(String key) {
        return tuple(key).map(NodeTuple::getValueNode);
    }

    private Optional<NodeTuple> tuple(String key) {
        return node.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key))
                .findFirst();
    }

    private void missing(String key) {
        problems.add(ContentProblem.at(file, lineOf(node), "content.fieldMissing", key));
    }

    private void wrongType(String key, Node value) {
        problems.add(ContentProblem.at(file, lineOf(value), "content.fieldWrongType", key));
    }

    private int lineOf(Node n) {
        return lineOffset + n.getStartMark().getLine() + 1;
    }
}
