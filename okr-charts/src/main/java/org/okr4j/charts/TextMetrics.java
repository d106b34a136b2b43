package org.okr4j.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide text is drawn, to wrap titles and shorten them with an ellipsis before they
 * overflow a chart. SVG has no text layout and the renderer's font is unknown, so widths come from
 * a fixed table of advance widths per kind of character, chosen on the wide side of common sans-serif
 * fonts (DejaVu Sans, Noto Sans): Han, kana, Hangul and full-width forms take 1 em, capitals about
 * 0.72 em, most lower-case letters and digits about 0.6 em, spaces and narrow letters less. A
 * drawn line can end up a little shorter than estimated, never much longer. Stateless.
 */
final class TextMetrics {

  /** The character that marks a shortened line. */
  static final String ELLIPSIS = "…";

  private TextMetrics() {}

  /** Returns the estimated advance width of one code point, in em. */
  static double em(int cp) {
    if (isWide(cp)) {
      return 1.0;
    }
    if (cp == ' ') {
      return 0.32;
    }
    if ("iljft.,:;'!|()[]".indexOf(cp) >= 0) {
      return 0.36;
    }
    if ("mwMW@%".indexOf(cp) >= 0) {
      return 0.92;
    }
    if (Character.isUpperCase(cp)) {
      return 0.72;
    }
    return 0.62;
  }

  /** Tells whether a code point is drawn one em wide: CJK ideographs and punctuation, kana, Hangul, full-width forms. */
  static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x1F300 && cp <= 0x1FAFF;
  }

  /** How much wider bold text is drawn than regular text. */
  static final double BOLD = 1.12;

  /** Returns the estimated width of {@code text} at {@code fontSize} pixels. */
  static double width(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      em += em(cp);
      i += Character.charCount(cp);
    }
    return em * fontSize;
  }

  /**
   * Breaks {@code text} into at most {@code maxLines} lines no wider than {@code maxWidth}: at the
   * last space that fits, or between any two characters where there is none (as Chinese text
   * breaks). Line breaks and tabs in the text count as spaces. The last line ends with an ellipsis
   * if text is left over.
   */
  static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
    String rest = text.replaceAll("\\s+", " ").strip();
    List<String> lines = new ArrayList<>();
    while (!rest.isEmpty() && lines.size() < maxLines) {
      if (lines.size() == maxLines - 1 || width(rest, fontSize) <= maxWidth) {
        lines.add(ellipsize(rest, maxWidth, fontSize));
        break;
      }
      int end = fit(rest, maxWidth, fontSize);
      if (end >= rest.length()) {
        lines.add(rest);
        break;
      }
      int space = rest.lastIndexOf(' ', end);
      int cut = space > 0 && rest.charAt(end) != ' ' ? space : end;
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    return lines;
  }

  /** Returns {@code text} whole if it fits, else its longest prefix that fits with an ellipsis after it. */
  static String ellipsize(String text, double maxWidth, double fontSize) {
    if (width(text, fontSize) <= maxWidth) {
      return text;
    }
    int end = fit(text, maxWidth - width(ELLIPSIS, fontSize), fontSize);
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** Returns the length of the longest prefix of {@code text} (whole code points, at least one) that fits. */
  private static int fit(String text, double maxWidth, double fontSize) {
    double used = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      double w = em(cp) * fontSize;
      if (used + w > maxWidth && i > 0) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
    }
    return i;
  }
}
