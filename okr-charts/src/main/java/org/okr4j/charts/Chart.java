package org.okr4j.charts;

/**
 * A picture of OKRs that renders as SVG text. The text is a function of the chart's value: the same
 * chart gives the same bytes on every machine and every run (fixed number formatting, no locale,
 * no time stamps, no hash order), which makes charts safe to commit, compare and cache.
 *
 * <p>Every chart is 600 pixels wide, for a column of a page, an e-mail or a PDF, and needs no
 * script, font file or network. Its {@code <title>} and {@code <desc>} elements give its name and a
 * text summary of everything it shows, so a screen reader or a text-only client loses nothing, and
 * every colour is paired with a text label. Titles in any script are escaped, so the text is always
 * well-formed XML.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Chart permits BurnUpChart, AlignmentChart {

  /** The width of every chart, in pixels. */
  int WIDTH = 600;

  /**
   * Returns the chart's title, also its SVG {@code <title>}.
   *
   * @return the title
   */
  String title();

  /**
   * Returns a plain-text summary of what the chart shows, also its SVG {@code <desc>}.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the chart's height, which depends on its content (title lines, number of nodes).
   *
   * @return the height in pixels
   */
  int height();

  /**
   * Renders the chart as a standalone SVG document: an {@code <svg>} root element in the SVG
   * namespace, without an XML declaration, so that the same text can be written to a file or put
   * inline into HTML.
   *
   * @return the SVG text, ending with a line break
   */
  String toSvg();
}
