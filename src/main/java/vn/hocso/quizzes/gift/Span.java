package vn.hocso.quizzes.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece [start, end) of a question's raw source, escapes still in it, so that every piece
 * cut from a question still knows where it stands (and so on which line).
 */
record Span(String source, int start, int end) {

    Span {
        if (start < 0 || start > end || end > source.length()) {
            throw new IndexOutOfBoundsException(start + ".." + end);
        }
    }

    String raw() {
        return source.substring(start, end);
    }

    /** The text meant: escapes replaced, white space around it removed. */
    String text() {
        return Escapes.unescape(raw()).strip();
    }

    boolean isBlank() {
        return strip().start == end;
    }

    char charAt(int index) {
        return source.charAt(index);
    }

    boolean startsWith(String prefix) {
        return source.startsWith(prefix, start) && start + prefix.length() <= end;
    }

    Span stripLeading() {
        int from = start;
        while (from < end && Character.isWhitespace(source.charAt(from))) {
            from++;
        }
        return new Span(source, from, end);
    }

    Span strip() {
        Span leading = stripLeading();
        int to = end;
        while (to > leading.start && Character.isWhitespace(source.charAt(to - 1))) {
            to--;
        }
        return new Span(source, leading.start, to);
    }

    /** Where {@code token} first stands unescaped at or after {@code from}, or −1. */
    int find(String token, int from) {
        return Escapes.indexOf(source, token, from, end);
    }

    int find(String token) {
        return find(token, start);
    }

    int findAny(String chars, int from) {
        return Escapes.indexOfAny(source, chars, from, end);
    }

    int findLast(String token) {
        return Escapes.lastIndexOf(source, token, start, end);
    }

    /** The pieces between unescaped {@code token}s, at most {@code limit} (the last keeps the rest). */
    List<Span> split(String token, int limit) {
        List<Span> pieces = new ArrayList<>();
        int from = start;
        for (int at = find(token, from); at >= 0 && pieces.size() < limit - 1; at = find(token, from)) {
            pieces.add(between(from, at));
            from = at + token.length();
        }
        pieces.add(between(from, end));
        return pieces;
    }

    Span before(int index) {
        return new Span(source, start, index);
    }

    Span from(int index) {
        return new Span(source, index, end);
    }

    Span between(int from, int to) {
        return new Span(source, from, to);
    }
}
