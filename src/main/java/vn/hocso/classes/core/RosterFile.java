package vn.hocso.classes.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.SearchText;
import vn.hocso.accounts.core.Usernames;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/**
 * A roster file read line by line. Reading finds what is wrong within a line (bad phone,
 * bad year, …) and lines repeating an earlier person; {@link #check} then matches the rest
 * against the accounts, units and class members that exist.
 */
public final class RosterFile {

    /** Under this age an account needs a guardian's consent, which an import cannot give. */
    public static final int GUARDIAN_AGE = 16;
    private static final int OLDEST_YEAR = 1900;

    private final List<RosterLine> rejected = new ArrayList<>();
    private final List<RosterEntry> entries = new ArrayList<>();
    private final int currentYear;

    private RosterFile(int currentYear) {
        this.currentYear = currentYear;
    }

    /**
     * Reads the rows (line 1 is the header); a header without the needed columns rejects the
     * file, named in the message as {@code fileName}.
     */
    public static RosterFile read(String fileName, List<SheetRow> rows, int currentYear) {
        List<SheetRow> lines = rows.stream().filter(r -> !r.isBlank()).toList();
        if (lines.isEmpty()) {
            throw DomainException.invalid("file", "roster.emptyFile");
        }
        Map<RosterColumn, Integer> columns = columns(fileName, lines.get(0));
        RosterFile file = new RosterFile(currentYear);
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (SheetRow row : lines.subList(1, lines.size())) {
            file.add(row, columns, firstLineOf);
        }
        return file;
    }

    private static Map<RosterColumn, Integer> columns(String fileName, SheetRow header) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<RosterColumn> column = RosterColumn.of(header.cell(i));
            if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                throw DomainException.invalid(List.of(FieldError.at(fileName, header.line(), "roster.duplicateColumn", List.of(header.cell(i)))));
            }
        }
        if (!columns.containsKey(RosterColumn.FULL_NAME)) {
            throw DomainException.invalid(List.of(FieldError.at(fileName, header.line(), "roster.missingNameColumn", List.of())));
        }
        if (!columns.containsKey(RosterColumn.PHONE) && !columns.containsKey(RosterColumn.EMAIL)) {
            throw DomainException.invalid(List.of(FieldError.at(fileName, header.line(), "roster.missingContactColumn", List.of())));
        }
        return columns;
    }

    private void add(SheetRow row, Map<RosterColumn, Integer> columns, Map<String, Integer> firstLineOf) {
        Function<RosterColumn, String> cell = column -> columns.containsKey(column) ? row.cell(columns.get(column)) : "";
        try {
            RosterEntry entry = entry(row.line(), cell);
            Integer earlier = firstLineOf.putIfAbsent(entry.username(), row.line());
            if (earlier != null) {
                rejected.add(RosterLine.rejected(row.line(), "roster.duplicate", earlier));
            } else {
                entries.add(entry);
            }
        } catch (Rejection rejection) {
            rejected.add(RosterLine.rejected(row.line(), rejection.key, rejection.arguments));
        }
    }

    private RosterEntry entry(int line, Function<RosterColumn, String> cell) {
        String name = cell.apply(RosterColumn.FULL_NAME).replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new Rejection("roster.missingName");
        }
        Optional<String> phone = optional(cell.apply(RosterColumn.PHONE)).map(raw -> Usernames.normalizePhone(withLeadingZero(raw))
                .orElseThrow(() -> new Rejection("roster.badPhone", raw)));
        Optional<String> email = optional(cell.apply(RosterColumn.EMAIL)).map(raw -> Usernames.normalize(raw)
                .filter(e -> e.contains("@")).orElseThrow(() -> new Rejection("roster.badEmail", raw)));
        if (phone.isEmpty() && email.isEmpty()) {
            throw new Rejection("roster.noContact");
        }
        Optional<Integer> year = optional(cell.apply(RosterColumn.BIRTH_YEAR)).map(this::year);
        Optional<Gender> gender = optional(cell.apply(RosterColumn.GENDER)).map(RosterFile::gender);
        Optional<String> unit = optional(cell.apply(RosterColumn.UNIT));
        PlanFlags flags = new PlanFlags(flag(cell, RosterColumn.UNION_MEMBER), flag(cell, RosterColumn.UNION_OFFICIAL),
                flag(cell, RosterColumn.OCOP_PRODUCER), flag(cell, RosterColumn.DIGITAL_TEAM_MEMBER),
                flag(cell, RosterColumn.DIFFICULT_AREA));
        return new RosterEntry(line, name, phone, email, year, gender, unit, flags);
    }

    /** Excel keeps a phone typed as a number without its leading zero: 912345678. */
    private static String withLeadingZero(String raw) {
        return raw.matches("[35789]\\d{8}") ? "0" + raw : raw;
    }

    private int year(String raw) {
        try {
            int year = Integer.parseInt(raw.replace(".0", ""));
            if (year >= OLDEST_YEAR && year <= currentYear) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Rejection("roster.badBirthYear", raw);
    }

    private static Gender gender(String raw) {
        return switch (SearchText.fold(raw)) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            case "khac", "other" -> Gender.OTHER;
            default -> throw new Rejection("roster.badGender", raw);
        };
    }

    private static boolean flag(Function<RosterColumn, String> cell, RosterColumn column) {
        String raw = cell.apply(column);
        return switch (SearchText.fold(raw).toLowerCase(Locale.ROOT)) {
            case "", "khong", "no", "n", "0", "false" -> false;
            case "co", "yes", "y", "x", "1", "true" -> true;
            default -> throw new Rejection("roster.badFlag", raw);
        };
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Every username the lines name, to look the accounts up in one go. */
    public Set<String> usernames() {
        Set<String> usernames = new LinkedHashSet<>();
        for (RosterEntry entry : entries) {
            entry.phone().ifPresent(usernames::add);
            entry.email().ifPresent(usernames::add);
        }
        return usernames;
    }

    /** Units named in the file, as written. */
    public Set<String> unitNames() {
        Set<String> units = new LinkedHashSet<>();
        entries.forEach(e -> e.unit().ifPresent(units::add));
        return units;
    }

    /**
     * Every line's verdict, in line order, given the existing accounts (username to id), a
     * unit lookup by code or name, and the accounts already in the class.
     */
    public List<RosterLine> check(Map<String, Long> accounts, Function<String, Optional<String>> unitCode,
                                  Collection<Long> members) {
        List<RosterLine> lines = new ArrayList<>(rejected);
        Set<Long> seen = new HashSet<>();
        for (RosterEntry entry : entries) {
            Optional<Long> account = entry.phone().map(accounts::get).or(() -> entry.email().map(accounts::get));
            if (entry.unit().isPresent() && unitCode.apply(entry.unit().get()).isEmpty()) {
                lines.add(RosterLine.rejected(entry.line(), "roster.unknownUnit", entry.unit().get()));
            } else if (account.isPresent() && members.contains(account.get())) {
                lines.add(RosterLine.rejected(entry.line(), "roster.alreadyEnrolled"));
            } else if (account.isPresent() && !seen.add(account.get())) {
                lines.add(RosterLine.rejected(entry.line(), "roster.samePerson"));
            } else if (account.isPresent()) {
                lines.add(RosterLine.matched(entry, account.get()));
            } else if (entry.birthYear().map(y -> currentYear - y < GUARDIAN_AGE).orElse(false)) {
                lines.add(RosterLine.rejected(entry.line(), "roster.under16", GUARDIAN_AGE));
            } else {
                lines.add(RosterLine.created(entry));
            }
        }
        lines.sort(Comparator.comparingInt(RosterLine::line));
        return lines;
    }

    /** A line's problem, thrown while reading it. */
    private static final class Rejection extends RuntimeException {

        private final String key;
        private final Object[] arguments;

        Rejection(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }
}
