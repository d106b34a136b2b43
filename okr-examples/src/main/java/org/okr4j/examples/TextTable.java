package org.okr4j.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns stay aligned with Chinese text: widths are measured in
 * terminal display columns (East Asian wide and full-width characters count two), not in
 * {@code String.length()}. Mutable; build one per report.
 */
public final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /**
   * Creates a table with a header row.
   *
   * @param header the column titles
   */
  public TextTable(String... header) {
    this.columns = header.length;
    rows.add(header.clone());
  }

  /**
   * Adds a row; missing cells are blank.
   *
   * @param cells the cells
   * @return this table
   */
  public TextTable row(String... cells) {
    String[] row = new String[columns];
    for (int i = 0; i < columns; i++) {
      row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
    }
    rows.add(row);
    return this;
  }

  /**
   * Renders the table with a rule under the header, columns separated by two spaces.
   *
   * @return the text, one line per row, each ending in a newline
   */
  public String render() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], displayWidth(row[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(sb, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        appendRow(sb, rule, widths);
      }
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      line.append(row[i]);
      if (i < row.length - 1) {
        line.append(" ".repeat(widths[i] - displayWidth(row[i]) + 2));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /**
   * Returns the number of terminal columns {@code text} takes: two for East Asian wide and
   * full-width characters, zero for combining marks, one otherwise.
   *
   * @param text the text
   * @return the display width
   */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        continue;
      }
      width += isWide(cp) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
