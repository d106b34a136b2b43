package org.okr4j.model;

/**
 * A status the owner of a key result sets by hand on a check-in, as Perdoo, BOJA and Profit.co let
 * owners say "on track", "at risk" or "off track" themselves instead of (or besides) a status
 * computed from progress and time. Scoring reads it when its status policy's source says so; the
 * names match the statuses scoring computes, best first.
 *
 * <pre>{@code
 * CheckIn c = CheckIn.of(at, new CheckInData.Measurement(new BigDecimal("40")))
 *     .withStatus(ManualStatus.AT_RISK);
 * }</pre>
 */
public enum ManualStatus {
  /** The key result has reached its target. */
  ACHIEVED,
  /** Progress is where the owner expects it to be. */
  ON_TRACK,
  /** Progress is somewhat behind. */
  BEHIND,
  /** The owner sees a risk of missing the target ("needs attention"). */
  AT_RISK,
  /** The owner expects to miss the target ("off track", "in trouble"). */
  OFF_TRACK,
  /** The window has closed and the target was not met. */
  MISSED
}
