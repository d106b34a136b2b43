package org.okr4j.charts;

import org.okr4j.scoring.Colour;

/**
 * The colours of the pictures. Band fills are the light tints the alignment exports use for the
 * same bands (red {@code #f4a6a6}, yellow {@code #f7e98a}, green {@code #a8e0a0}, ...), so a band
 * looks the same in Mermaid, DOT, SVG and HTML; lines are dark enough to read on every band. Every
 * colour is paired with text in the pictures: nothing is told by colour alone. Stateless.
 */
final class Palette {

  /** The actual progress line and its check-in markers. */
  static final String ACTUAL = "#1f4e9c";
  /** The forecast line. */
  static final String FORECAST = "#1f4e9c";
  /** The expected pace line. */
  static final String EXPECTED = "#555555";
  /** Text, axes and the as-of marker. */
  static final String INK = "#222222";
  /** Secondary text and grid lines. */
  static final String MUTED = "#666666";
  /** Grid lines. */
  static final String GRID = "#d8d8d8";
  /** The fill of a node without a band (not scored, or a scale without colours). */
  static final String NO_BAND = "#ffffff";
  /** The fill of a placeholder for hidden work. */
  static final String HIDDEN = "#f2f2f2";
  /** The sans-serif fonts, with Chinese, Japanese and Korean fallbacks. */
  static final String FONTS = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, 'Noto Sans CJK SC', "
      + "'Microsoft YaHei', 'PingFang SC', sans-serif";

  private Palette() {}

  /** Returns the fill of a band's colour. */
  static String fill(Colour colour) {
    return switch (colour) {
      case RED -> "#f4a6a6";
      case ORANGE -> "#f8c291";
      case AMBER -> "#f7d08a";
      case YELLOW -> "#f7e98a";
      case GREEN -> "#a8e0a0";
      case DARK_GREEN -> "#74c476";
      case BLUE -> "#a6c8f4";
      case GREY -> "#d0d0d0";
    };
  }
}
