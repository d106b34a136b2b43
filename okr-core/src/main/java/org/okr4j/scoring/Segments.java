package org.okr4j.scoring;

import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.model.Zone;

/**
 * How full each segment of a segmented progress bar is, for a key result with commit, target and
 * stretch levels: the fail segment runs from the baseline to the commit level, the commit segment
 * from there to the target, the target segment from there to the stretch level; the stretch
 * segment is a mark, full once the stretch level is reached. Levels 0 / 30 / 70 / 100 at 50: fail
 * 1, commit 0.5, target 0, stretch 0. An ordinal key result fills every segment below its zone.
 *
 * <p>A plain result: immutable and thread-safe, built by the scorer.
 *
 * @param fail the fill of the fail segment, in [0, 1]
 * @param commit the fill of the commit segment, in [0, 1]
 * @param target the fill of the target segment, in [0, 1]
 * @param stretch 1 once the stretch level is reached, else 0
 */
public record Segments(BigDecimal fail, BigDecimal commit, BigDecimal target, BigDecimal stretch) {

  /**
   * Keeps plain {@link BigDecimal}s: an instance of a subclass is copied.
   *
   * @param fail the fill of the fail segment
   * @param commit the fill of the commit segment
   * @param target the fill of the target segment
   * @param stretch the fill of the stretch segment
   */
  public Segments {
    fail = Numbers.plainIfPresent(fail);
    commit = Numbers.plainIfPresent(commit);
    target = Numbers.plainIfPresent(target);
    stretch = Numbers.plainIfPresent(stretch);
  }

  /**
   * Returns the fills for a current value between levels.
   *
   * @param levels the levels, not degenerate
   * @param current the current value
   * @return the fills
   */
  static Segments of(StretchLevels levels, BigDecimal current) {
    return new Segments(fill(levels.baseline(), levels.commit(), current), fill(levels.commit(), levels.target(), current),
        fill(levels.target(), levels.stretch(), current),
        levels.reaches(current, levels.stretch()) ? BigDecimal.ONE : BigDecimal.ZERO);
  }

  /**
   * Returns the fills for an ordinal key result in {@code zone}: every segment below the zone full.
   *
   * @param zone the zone reached
   * @return the fills
   */
  static Segments of(Zone zone) {
    BigDecimal[] f = new BigDecimal[4];
    for (Zone z : Zone.values()) {
      boolean full = z == Zone.STRETCH ? zone == Zone.STRETCH : z.compareTo(zone) < 0;
      f[z.ordinal()] = full ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    return new Segments(f[0], f[1], f[2], f[3]);
  }

  /** The share of {@code [from, to]} that {@code value} has covered, clamped to [0, 1]. */
  private static BigDecimal fill(BigDecimal from, BigDecimal to, BigDecimal value) {
    BigDecimal f = Decimals.div(value.subtract(from), to.subtract(from));
    return f.signum() < 0 ? BigDecimal.ZERO : f.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : f;
  }
}
