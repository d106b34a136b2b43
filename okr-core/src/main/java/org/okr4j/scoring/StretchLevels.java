package org.okr4j.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.okr4j.internal.Numbers;
import org.okr4j.model.Zone;

/**
 * The four levels of a stretch key result: baseline, commit, target and stretch, in that order
 * along the key result's direction (increasing: {@code b < c < t < s}; decreasing: reversed), or all
 * four equal for a degenerate key result. Build them with {@link StretchPolicy#derive}, which
 * derives the missing levels exactly and checks the order. The record itself carries what it is
 * given (a {@code BigDecimal} subclass instance as a plain copy); its methods check the levels they
 * compare, so a missing level, or one with 1,000 or more integer digits or more than 1,000
 * decimals, is an {@link org.okr4j.validation.OkrException} there. Derived levels may carry 34
 * significant digits; {@link #rounded} gives them for display.
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
   * Keeps plain {@link BigDecimal}s: an instance of a subclass is copied.
   *
   * @param baseline the value at the start
   * @param commit the level the owner commits to
   * @param target the level aimed at
   * @param stretch the ambitious level
   */
  public StretchLevels {
    baseline = Numbers.plainIfPresent(baseline);
    commit = Numbers.plainIfPresent(commit);
    target = Numbers.plainIfPresent(target);
    stretch = Numbers.plainIfPresent(stretch);
  }

  /**
   * Tells whether every level equals the baseline, so that no progress follows from them.
   *
   * @return {@code true} for a key result whose target and stretch level equal its baseline
   * @throws org.okr4j.validation.OkrException if a level is missing or outside the number domain
   */
  public boolean isDegenerate() {
    BigDecimal b = level(baseline, "baseline");
    return level(stretch, "stretch").compareTo(b) == 0 && level(target, "target").compareTo(b) == 0;
  }

  /**
   * Returns the levels rounded for display. Scoring uses the exact levels; b = 0, t = 1 derives
   * s = 1.428571… and, rounded to 2 decimals half-even, 1.43.
   *
   * @param decimals the decimals to keep, 0 to 30
   * @param mode the rounding mode, not {@code UNNECESSARY}
   * @return the rounded levels
   * @throws org.okr4j.validation.OkrException if {@code mode} is missing or {@code UNNECESSARY},
   *     {@code decimals} is out of range, or a level is missing or outside the number domain
   */
  public StretchLevels rounded(int decimals, RoundingMode mode) {
    if (Args.require(mode, "mode") == RoundingMode.UNNECESSARY || decimals < 0
        || decimals > org.okr4j.internal.Numbers.MAX_DIGITS) {
      throw new org.okr4j.validation.OkrException(io.vavr.collection.List.of(new org.okr4j.validation.OkrError.OutOfRange(
          org.okr4j.validation.OkrPath.of(mode == RoundingMode.UNNECESSARY ? "mode" : "decimals"),
          mode == RoundingMode.UNNECESSARY ? mode.name() : Integer.toString(decimals),
          mode == RoundingMode.UNNECESSARY ? "any rounding mode but UNNECESSARY" : "[0, 30]")));
    }
    return new StretchLevels(level(baseline, "baseline").setScale(decimals, mode),
        level(commit, "commit").setScale(decimals, mode), level(target, "target").setScale(decimals, mode),
        level(stretch, "stretch").setScale(decimals, mode));
  }

  /**
   * Tells whether the key result aims upwards: its stretch level is not below its baseline.
   *
   * @return {@code true} for an increasing key result
   * @throws org.okr4j.validation.OkrException if a level is missing or outside the number domain
   */
  public boolean isIncreasing() {
    return level(stretch, "stretch").compareTo(level(baseline, "baseline")) >= 0;
  }

  /**
   * Tells whether {@code value} has reached {@code level} in the key result's direction.
   *
   * @param value a value
   * @param level a level
   * @return {@code value ≥ level} when increasing, {@code value ≤ level} when decreasing
   * @throws org.okr4j.validation.OkrException if an argument or a level is missing or outside the
   *     number domain
   */
  public boolean reaches(BigDecimal value, BigDecimal level) {
    int cmp = Numbers.argument(value, "value").compareTo(Numbers.argument(level, "level"));
    return isIncreasing() ? cmp >= 0 : cmp <= 0;
  }

  /**
   * Returns the zone of a value: the highest level it reaches (each boundary belongs to the higher
   * zone). A level equal to the baseline (a degenerate key result) is reached by the baseline itself,
   * so with every level at the baseline a value is in STRETCH if it reaches it, else in FAIL.
   *
   * @param value the current value
   * @return the zone
   * @throws org.okr4j.validation.OkrException if {@code value} or a level is missing or outside the
   *     number domain
   */
  public Zone zoneOf(BigDecimal value) {
    Numbers.argument(value, "value");
    if (reaches(value, level(stretch, "stretch"))) {
      return Zone.STRETCH;
    }
    if (reaches(value, level(target, "target"))) {
      return Zone.TARGET;
    }
    return reaches(value, level(commit, "commit")) ? Zone.COMMIT : Zone.FAIL;
  }

  /** These levels, each checked: present and inside the number domain computed values keep. */
  StretchLevels checked() {
    level(baseline, "baseline");
    level(commit, "commit");
    level(target, "target");
    level(stretch, "stretch");
    return this;
  }

  /** Checks a level where it is used, at its own name. */
  private static BigDecimal level(BigDecimal value, String name) {
    return Numbers.argument(value, name);
  }
}
