package vn.hocso.classes.core;

import java.util.List;

/** One line of a spreadsheet or CSV file, numbered as the person sees it (the header is line 1). */
public record SheetRow(int line, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
