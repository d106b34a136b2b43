package org.okr4j.scoring;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A score per status, for an objective status that is the mean of its key results' statuses
 * ({@link StatusPolicy.StatusRollUp#MEAN_RANK}). The mean of the scored key results' scores is
 * rounded to a whole number if {@link #rounding()} says so, then read back as the in-progress
 * status ({@code ON_TRACK}, {@code BEHIND}, {@code AT_RISK}, {@code OFF_TRACK}) whose score is
 * nearest, a tie going to the worse status. Scales where a higher score is better (Profit.co) and
 * where it is worse (BOJA) both work.
 *
 * <pre>{@code
 * StatusScale boja = StatusScale.boja();
 * // on track 1, on track 1, at risk 2: mean 1.33, rounded half up 1 → ON_TRACK
 * boja.statusOf(new BigDecimal("1.3333"));                  // ON_TRACK
 * StatusScale.profitCo().statusOf(new BigDecimal("55"));   // AT_RISK: 30 and 80 are both 25 away
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class StatusScale {

  /** The statuses a mean is read back as, best first. */
  private static final Status[] IN_PROGRESS = {Status.ON_TRACK, Status.BEHIND, Status.AT_RISK, Status.OFF_TRACK};

  private static final StatusScale RANKS = scale(RoundingMode.HALF_UP, "1", "1", "2", "3", "4", "4");
  private static final StatusScale BOJA = scale(RoundingMode.HALF_UP, "1", "1", "2", "2", "3", "3");
  private static final StatusScale PROFIT_CO = scale(null, "100", "80", "30", "30", "10", "10");

  StatusScale() {}

  /**
   * Returns the score of every status but {@link Status#NOT_SCORED}.
   *
   * @return the scores, in the order of {@link Status}
   */
  public abstract Map<Status, BigDecimal> scores();

  /**
   * Returns how the mean is rounded to a whole number before it is read back as a status.
   *
   * @return the rounding mode, or none to read the exact mean
   */
  public abstract Option<RoundingMode> rounding();

  /**
   * Validates a scale.
   *
   * @param scores a score for each status but {@link Status#NOT_SCORED}; may be {@code null}
   * @param rounding how the mean is rounded to a whole number, or {@code null} to keep it exact
   * @return the scale, or every problem: {@code okr.required} at {@code /scores/STATUS} for a
   *     missing status, {@code okr.out-of-range} for a score outside the number domain or for
   *     {@code NOT_SCORED} or {@code UNNECESSARY}
   */
  public static Validation<Seq<OkrError>, StatusScale> validate(@Nullable Map<Status, BigDecimal> scores,
      @Nullable RoundingMode rounding) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("scores");
    LinkedHashMap<Status, BigDecimal> checked = LinkedHashMap.empty();
    if (problems.present(scores, path)) {
      for (Status s : Status.values()) {
        if (s == Status.NOT_SCORED) {
          if (scores.containsKey(s)) {
            problems.add(new OkrError.OutOfRange(path.key(s.name()), s.name(), "a scored status"));
          }
          continue;
        }
        BigDecimal score = problems.number(scores.get(s).getOrNull(), path.key(s.name()));
        if (score != null) {
          checked = checked.put(s, score);
        }
      }
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("rounding"), rounding.name(), "any rounding mode but UNNECESSARY"));
    }
    LinkedHashMap<Status, BigDecimal> result = checked;
    return problems.result(() -> ImmutableStatusScale.of(result, Option.of(rounding)));
  }

  /**
   * Returns a scale.
   *
   * @param scores a score for each status but {@link Status#NOT_SCORED}
   * @param rounding how the mean is rounded to a whole number, or {@code null} to keep it exact
   * @return the scale
   * @throws OkrException with the problems of {@link #validate}
   */
  public static StatusScale of(Map<Status, BigDecimal> scores, @Nullable RoundingMode rounding) {
    return OkrException.getOrThrow(validate(scores, rounding));
  }

  /**
   * Returns the statuses' severity ranks, achieved counting as on track and missed as off track:
   * ACHIEVED 1, ON_TRACK 1, BEHIND 2, AT_RISK 3, OFF_TRACK 4, MISSED 4; the mean rounded half up.
   * The default.
   *
   * @return the scale
   */
  public static StatusScale ranks() {
    return RANKS;
  }

  /**
   * Returns BOJA's grade status: on track or done 1, at risk 2, off track 3 (behind counting as at
   * risk and missed as off track, as BOJA has neither), the mean rounded half up: [1, 1, 2] →
   * 1.33 → on track.
   *
   * @return the scale
   */
  public static StatusScale boja() {
    return BOJA;
  }

  /**
   * Returns Profit.co's confidence percentages: completed 100, on track 80, at risk 30, in trouble
   * (off track) 10, behind counting as at risk and missed as in trouble; the exact mean read back
   * as the nearest status.
   *
   * @return the scale
   */
  public static StatusScale profitCo() {
    return PROFIT_CO;
  }

  /**
   * Returns the score of a status.
   *
   * @param status a scored status
   * @return its score
   * @throws OkrException if {@code status} is missing or {@link Status#NOT_SCORED}
   */
  public BigDecimal score(Status status) {
    if (Args.require(status, "status") == Status.NOT_SCORED) {
      throw new OkrException(io.vavr.collection.List.of(
          new OkrError.OutOfRange(OkrPath.of("status"), status.name(), "a scored status")));
    }
    return scores().get(status).get();
  }

  /**
   * Reads a mean score back as a status: rounded by {@link #rounding()} if set, then the
   * in-progress status whose score is nearest, a tie going to the worse status.
   *
   * @param mean the mean of some statuses' scores
   * @return {@code ON_TRACK}, {@code BEHIND}, {@code AT_RISK} or {@code OFF_TRACK}
   * @throws OkrException if {@code mean} is missing, or has 1,000 or more integer digits or more
   *     than 1,000 decimals
   */
  public Status statusOf(BigDecimal mean) {
    BigDecimal checked = Numbers.argument(mean, "mean");
    BigDecimal m = rounding().isDefined() ? checked.setScale(0, rounding().get()) : checked;
    Status best = null;
    BigDecimal bestDistance = null;
    for (Status s : IN_PROGRESS) {
      BigDecimal distance = scores().get(s).get().subtract(m).abs();
      if (bestDistance == null || distance.compareTo(bestDistance) <= 0) {
        best = s;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static StatusScale scale(@Nullable RoundingMode rounding, String... scores) {
    Map<Status, BigDecimal> map = LinkedHashMap.empty();
    for (int i = 0; i < scores.length; i++) {
      map = map.put(Status.values()[i], new BigDecimal(scores[i]));
    }
    return of(map, rounding);
  }
}
