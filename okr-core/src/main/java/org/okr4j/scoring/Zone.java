package org.okr4j.scoring;

/**
 * The zone a key result's current value lies in, relative to its commit, target and stretch levels
 * (Puzzle OKR's "Fail / Commit / Target / Stretch"). With derived levels these are the ranges of
 * {@code r = (c − b) / (s − b)}: FAIL &lt; 0.3 ≤ COMMIT &lt; 0.7 ≤ TARGET &lt; 1.0 ≤ STRETCH, each
 * boundary belonging to the higher zone. Best last.
 */
public enum Zone {
  /** Below the commit level. */
  FAIL,
  /** At or beyond the commit level, short of the target. */
  COMMIT,
  /** At or beyond the target, short of the stretch level. */
  TARGET,
  /** At or beyond the stretch level. */
  STRETCH
}
