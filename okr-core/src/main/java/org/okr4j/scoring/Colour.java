package org.okr4j.scoring;

/**
 * The colour of a {@link Band}. Google's scale uses {@link #RED}, {@link #YELLOW} and
 * {@link #GREEN}; WorkBoard adds {@link #AMBER} and {@link #DARK_GREEN}; Weekdone shows
 * over-achievers in {@link #BLUE}; Ally.io shows a 1.0 in {@link #ORANGE}.
 */
public enum Colour {
  /** Red: failing. */
  RED,
  /** Orange. */
  ORANGE,
  /** Amber. */
  AMBER,
  /** Yellow: progress made, short of the target. */
  YELLOW,
  /** Green: delivered. */
  GREEN,
  /** Dark green: well delivered. */
  DARK_GREEN,
  /** Blue: beyond the target. */
  BLUE,
  /** Grey: neutral. */
  GREY
}
