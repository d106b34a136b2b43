package org.okr4j.scoring;

import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.model.Zone;

/**
 * The four levels of a stretch key result: baseline, commit, target and stretch, in that order
 * along the key result's direction (increasing: {@code b < c < t < s}; decreasing: reversed). Build
 * them with {@link StretchPolicy#derive}, which derives the missing levels and checks the order;
 * the constructor only refuses {@code null}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param baseline the value at the start
 * @param commit the level the owner commits to
 * @param target the level aimed at
 * @param stretch the ambitious level
 */
public record StretchLevels(BigDecimal baseline, BigDecimal commit, BigDecimal target, BigDecimal stretch) {

  /**
   * Checks that every level is present.
   *
   * @param baseline the value at the start
   * @param commit the level the owner commits to
   * @param target the level aimed at
   * @param stretch the ambitious level
   * @throws org.okr4j.validation.OkrException if a level is missing, or has 1,000 or more integer
   *     digits or more than 1,000 decimals
   */
  public StretchLevels {
    baseline = Numbers.argument(baseline, "baseline");
    commit = Numbers.argument(commit, "commit");
    target = Numbers.argument(target, "target");
    stretch = Numbers.argument(stretch, "stretch");
  }

  /**
   * Tells whether the key result aims upwards: its stretch level is not below its baseline.
   *
   * @return {@code true} for an increasing key result
   */
  public boolean isIncreasing() {
    return stretch.compareTo(baseline) >= 0;
  }

  /**
   * Tells whether {@code value} has reached {@code level} in the key result's direction.
   *
   * @param value a value
   * @param level a level
   * @return {@code value ≥ level} when increasing, {@code value ≤ level} when decreasing
   */
  public boolean reaches(BigDecimal value, BigDecimal level) {
    int cmp = Args.require(value, "value").compareTo(Args.require(level, "level"));
    return isIncreasing() ? cmp >= 0 : cmp <= 0;
  }

  /**
   * Returns the zone of a value: the highest level it reaches (each boundary belongs to the higher
   * zone). A level equal to the baseline (a degenerate key result) is reached by the baseline itself,
   * so with every level at the baseline a value is in STRETCH if it reaches it, else in FAIL.
   *
   * @param value the current value
   * @return the zone
   * @throws org.okr4j.validation.OkrException if {@code value} is missing
   */
  public Zone zoneOf(BigDecimal value) {
    Args.require(value, "value");
    if (reaches(value, stretch)) {
      return Zone.STRETCH;
    }
    if (reaches(value, target)) {
      return Zone.TARGET;
    }
    return reaches(value, commit) ? Zone.COMMIT : Zone.FAIL;
  }
}
