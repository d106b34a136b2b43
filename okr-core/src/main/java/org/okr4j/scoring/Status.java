package org.okr4j.scoring;

/**
 * The status of a key result or objective at an instant, from best to worst: {@link #ACHIEVED},
 * {@link #ON_TRACK}, {@link #BEHIND}, {@link #AT_RISK}, {@link #OFF_TRACK}; {@link #NOT_SCORED}
 * when there is nothing to judge. The words follow the products that use them: "behind" before
 * "at risk" (Engagedly, Amoeboids, Oboard), "off track" as the worst (Telescope, Innovationminds,
 * WorkBoard's red).
 *
 * <p>Each status has a {@link #rank()} used by the "mean of status scores" roll-up (BOJA:
 * on track or done = 1, at risk = 2, off track = 3).
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
  /** No progress is known, so there is no status. */
  NOT_SCORED(-1);

  private final int rank;

  Status(int rank) {
    this.rank = rank;
  }

  /**
   * Returns the severity of the status: 0 for {@link #ACHIEVED}, 1 for {@link #ON_TRACK} up to 4
   * for {@link #OFF_TRACK}; −1 for {@link #NOT_SCORED}.
   *
   * @return the rank, higher is worse
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the status of a rank from 0 to 4.
   *
   * @param rank a rank, clamped to [0, 4]
   * @return the status with that rank
   */
  static Status ofRank(int rank) {
    return switch (Math.max(0, Math.min(4, rank))) {
      case 0 -> ACHIEVED;
      case 1 -> ON_TRACK;
      case 2 -> BEHIND;
      case 3 -> AT_RISK;
      default -> OFF_TRACK;
    };
  }
}
