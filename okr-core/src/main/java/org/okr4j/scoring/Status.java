package org.okr4j.scoring;

import org.okr4j.model.ManualStatus;

/**
 * The status of a key result or objective at an instant, from best to worst: {@link #ACHIEVED},
 * {@link #ON_TRACK}, {@link #BEHIND}, {@link #AT_RISK}, {@link #OFF_TRACK}, and once its window
 * has closed unmet {@link #MISSED}; {@link #NOT_SCORED} when there is nothing to judge. The words
 * follow the products that use them: "behind" before "at risk" (Engagedly, Amoeboids, Oboard),
 * "off track" as the worst while the window is open (Telescope, Innovationminds, WorkBoard's red).
 *
 * <p>{@link #rank()} is the order of severity only. A roll-up that averages statuses scores them
 * on a {@link StatusScale} (BOJA scores on track or done 1, at risk 2, off track 3; Profit.co gives
 * each status a confidence percentage), chosen by {@link StatusPolicy#statusScale()}.
 */
public enum Status {
  /** The key result has reached its target (progress ≥ 1). */
  ACHIEVED(0),
  /** Progress is where it is expected to be. */
  ON_TRACK(1),
  /** Progress is somewhat below expectation. */
  BEHIND(2),
  /** Progress is well below expectation. */
  AT_RISK(3),
  /** Progress is far below expectation, or the key result was never updated in time. */
  OFF_TRACK(4),
  /**
   * The window has closed and the target was not met: a final status, where a status computed
   * against expected progress would say "behind" ({@link StatusPolicy#missedStatus()}).
   */
  MISSED(5),
  /** No progress is known, so there is no status. */
  NOT_SCORED(-1);

  private final int rank;

  Status(int rank) {
    this.rank = rank;
  }

  /**
   * Returns the severity of the status: 0 for {@link #ACHIEVED}, 1 for {@link #ON_TRACK} up to 5
   * for {@link #MISSED}; −1 for {@link #NOT_SCORED}. The weakest of several statuses has the
   * highest rank.
   *
   * @return the rank, higher is worse
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the status of a rank from 0 to 5.
   *
   * @param rank a rank, clamped to [0, 5]
   * @return the status with that rank
   */
  static Status ofRank(int rank) {
    return switch (Math.max(0, Math.min(5, rank))) {
      case 0 -> ACHIEVED;
      case 1 -> ON_TRACK;
      case 2 -> BEHIND;
      case 3 -> AT_RISK;
      case 4 -> OFF_TRACK;
      default -> MISSED;
    };
  }

  /**
   * Returns the status an owner set by hand on a check-in.
   *
   * @param manual the hand-set status
   * @return the status of the same name
   * @throws org.okr4j.validation.OkrException if {@code manual} is missing
   */
  public static Status of(ManualStatus manual) {
    return valueOf(Args.require(manual, "manual").name());
  }
}
