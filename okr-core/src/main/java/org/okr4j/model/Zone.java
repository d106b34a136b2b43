package org.okr4j.model;

/**
 * A zone relative to a key result's commit, target and stretch levels (Puzzle OKR's "Fail /
 * Commit / Target / Stretch"). A metric key result's current value lies in a zone (with derived
 * levels these are the ranges of {@code r = (c − b) / (s − b)}: FAIL &lt; 0.3 ≤ COMMIT &lt; 0.7 ≤
 * TARGET &lt; 1.0 ≤ STRETCH, each boundary belonging to the higher zone); an {@link OrdinalMetric}
 * key result's check-ins record the zone itself ({@link CheckInData.ZoneReached}). Worst first,
 * best last: the declaration order is the order of achievement.
 */
public enum Zone {
  /** Below the commit level. */
  FAIL,
  /** At or beyond the commit level, short of the target. */
  COMMIT,
  /** At or beyond the target, short of the stretch level. */
  TARGET,
  /** At or beyond the stretch level. */
  STRETCH;

  /**
   * Returns the wire name of the zone: {@code fail}, {@code commit}, {@code target} or
   * {@code stretch}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
