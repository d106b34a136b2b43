package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How a status follows from progress and time, or from the owner's word. Under
 * {@link #source()} {@link StatusSource#MANUAL} a key result's status is the one its owner last set
 * on a check-in; under {@link StatusSource#MANUAL_OVERRIDES_COMPUTED} that status if any, else the
 * computed one. The computed status of a key result is, in order:
 * <ol>
 *   <li>once its window is final, {@link Status#ACHIEVED} if met, else {@link #missedStatus()}
 *       (missed, at risk or off track as the host calls it) rather than "behind": a threshold,
 *       range or binary key result is final after its due date, any key result after its cycle's
 *       end (no missed status configured: the rules below apply as before the end);</li>
 *   <li>{@link #staleStatus()} if it was never updated and {@link #neverUpdatedAfter()} of its
 *       window has passed (WorkBoard: "Never Updated and half the OKR time period has passed →
 *       Red");</li>
 *   <li>{@link Status#NOT_SCORED} if it has no progress;</li>
 *   <li>{@link Status#ACHIEVED} if {@link #achievedAtOne()} and its progress is at least 1 (a
 *       threshold or range key result only once its window has closed: it must hold until then);</li>
 *   <li>for a range key result with a {@link #rangeTolerance()}: at risk just outside the range,
 *       off track beyond the tolerance (Betterworks' "yellow breakpoints");</li>
 *   <li>for a met-or-not key result (binary, or a threshold graded met or not) under
 *       {@link #binaryStatus()} other than the default: on track when met, else behind or off
 *       track;</li>
 *   <li>otherwise {@link #rule()} applied to the reported progress and the
 *       {@link #expected() expected progress};</li>
 *   <li>finally {@link #staleStatus()} if the last check-in is older than
 *       {@link #staleAfterDays()}.</li>
 * </ol>
 * An objective's status combines its key results' statuses ({@link #objectiveStatus()}): the
 * weakest, or the mean of their scores on {@link #statusScale()}; while its cycle runs, a key
 * result already missed counts as off track. Evaluated at or after its cycle's end, an objective
 * that is not achieved gets {@link #missedStatus()} too.
 *
 * <pre>{@code
 * StatusPolicy engagedly = StatusPolicy.defaults()
 *     .withRule(StatusRule.engagedly())
 *     .withExpected(ExpectedProgress.linear().withDayCount(ExpectedProgress.DayCount.WHOLE_DAYS));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class StatusPolicy {

  /** How met-or-not key results get their status. */
  public enum BinaryStatus {
    /** Like every other key result, by {@link #rule()} against expected progress (Viva Goals). The default. */
    BY_EXPECTED_PROGRESS,
    /** Met → on track, not met → behind (Engagedly's threshold goals during the period). */
    MET_OR_BEHIND,
    /** Met → on track, not met → off track; no expected-progress curve (Innovationminds' binary key results). */
    MET_OR_OFF_TRACK
  }

  /** How an objective's status follows from its key results' statuses, ignoring those not scored. */
  public enum StatusRollUp {
    /** The weakest key-result status (Perdoo, worxmate); all achieved → achieved. The default. */
    WEAKEST,
    /**
     * The mean of the statuses' scores on {@link #statusScale()}, read back as the nearest status
     * (after the scale's rounding); achieved only when all are achieved. With the default scale
     * the scores are the ranks and the mean is rounded half up; BOJA's scale gives [on track, on
     * track, at risk] = [1, 1, 2] → 1.33 → on track; Profit.co's averages confidence percentages.
     */
    MEAN_RANK
  }

  /** Where a key result's status comes from. */
  public enum StatusSource {
    /** Computed from progress and time by the rules of this policy. The default. */
    COMPUTED,
    /**
     * The status the owner last set on a check-in at or before the instant ({@code CheckIn.status()});
     * not scored when the owner never set one (Perdoo's default, BOJA, Profit.co).
     */
    MANUAL,
    /** The owner's last status where one was set, else the computed status. */
    MANUAL_OVERRIDES_COMPUTED
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final int MAX_DAYS = 36_500;

  private static final StatusPolicy DEFAULTS = ImmutableStatusPolicy.builder()
      .expected(ExpectedProgress.linear())
      .rule(StatusRule.atLeastExpected())
      .achievedAtOne(true)
      .binaryStatus(BinaryStatus.BY_EXPECTED_PROGRESS)
      .rangeTolerance(Option.none())
      .staleAfterDays(Option.none())
      .neverUpdatedAfter(Option.some(HALF))
      .missedStatus(Option.some(Status.MISSED))
      .source(StatusSource.COMPUTED)
      .statusScale(StatusScale.ranks())
      .staleStatus(Status.OFF_TRACK)
      .objectiveStatus(StatusRollUp.WEAKEST)
      .build();

  StatusPolicy() {}

  /**
   * Returns the expected progress at an instant: linear over the key result's window by default
   * (Viva Goals, Engagedly, Innovationminds), optionally by whole days (Engagedly) or phased per
   * key result (Viva Goals / Ally.io).
   *
   * @return the expectation; {@link ExpectedProgress#linear()} by default
   */
  public abstract ExpectedProgress expected();

  /**
   * Returns the status rule: on track iff a ≥ e (default; Viva Goals / Ally.io), ratio bands on a /
   * e (Oboard, Amoeboids) or gap bands on e − a (Engagedly).
   *
   * @return the rule; {@link StatusRule#atLeastExpected()} by default
   */
  public abstract StatusRule rule();

  /**
   * Returns whether a key result whose progress reaches 1 is achieved (Engagedly: a ≥ 100 % →
   * Achieved). True by default.
   *
   * @return {@code true} by default
   */
  public abstract boolean achievedAtOne();

  /**
   * Returns how met-or-not key results get their status: by the rule like every other (default;
   * Viva Goals), met → on track else behind (Engagedly), or else off track (Innovationminds).
   *
   * @return the rule; {@link BinaryStatus#BY_EXPECTED_PROGRESS} by default
   */
  public abstract BinaryStatus binaryStatus();

  /**
   * Returns the tolerance band around a range key result's bounds: a latest value outside the range
   * by at most this much is at risk, beyond it off track, mapping to status rather than progress
   * (Betterworks' yellow breakpoints). None by default.
   *
   * @return the tolerance, ≥ 0; none by default
   */
  public abstract Option<BigDecimal> rangeTolerance();

  /**
   * Returns after how many days without a check-in a key result is stale and gets {@link
   * #staleStatus()}. None by default.
   *
   * @return the number of days; none by default
   */
  public abstract Option<Integer> staleAfterDays();

  /**
   * Returns the share of its window after which a key result that was never updated gets {@link
   * #staleStatus()} (WorkBoard: never updated at half the period → red). 0.5 by default.
   *
   * @return the share of the window in [0, 1]; 0.5 by default
   */
  public abstract Option<BigDecimal> neverUpdatedAfter();

  /**
   * Returns the status of a stale or never-updated key result: off track by default (WorkBoard's
   * red).
   *
   * @return the status; {@link Status#OFF_TRACK} by default
   */
  public abstract Status staleStatus();

  /**
   * Returns how an objective's status follows from its key results': the weakest (default; Perdoo,
   * worxmate) or the mean of status ranks (BOJA).
   *
   * @return the rule; {@link StatusRollUp#WEAKEST} by default
   */
  public abstract StatusRollUp objectiveStatus();

  /**
   * Returns the final status of a key result whose window has closed with its target unmet, and of
   * an objective evaluated at or after its cycle's end that is not achieved: a threshold or binary
   * key result still unmet after its due date is missed, not "behind". Engagedly calls it at risk,
   * Innovationminds off track. None keeps the computed rules after the end.
   *
   * @return {@link Status#MISSED}, {@link Status#AT_RISK} or {@link Status#OFF_TRACK}, or none;
   *     {@link Status#MISSED} by default
   */
  public abstract Option<Status> missedStatus();

  /**
   * Returns where key-result statuses come from: computed (default), the owner's hand-set status,
   * or the owner's where set and computed otherwise.
   *
   * @return the source; {@link StatusSource#COMPUTED} by default
   */
  public abstract StatusSource source();

  /**
   * Returns the scores of statuses for {@link StatusRollUp#MEAN_RANK}: the severity ranks rounded
   * half up by default, {@link StatusScale#boja()} or {@link StatusScale#profitCo()}.
   *
   * @return the scale; {@link StatusScale#ranks()} by default
   */
  public abstract StatusScale statusScale();

  /**
   * Returns the default status policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static StatusPolicy defaults() {
    return DEFAULTS;
  }



  /**
   * Returns a copy with another {@link #expected()}.
   *
   * @param expected the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code expected} is missing
   */
  public StatusPolicy withExpected(ExpectedProgress expected) {
    return ImmutableStatusPolicy.copyOf(this).copyWithExpected(Args.require(expected, "expected"));
  }

  /**
   * Returns a copy with another {@link #rule()}.
   *
   * @param rule the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code rule} is missing
   */
  public StatusPolicy withRule(StatusRule rule) {
    return ImmutableStatusPolicy.copyOf(this).copyWithRule(Args.require(rule, "rule"));
  }

  /**
   * Returns a copy with another {@link #achievedAtOne()}.
   *
   * @param achievedAtOne the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code achievedAtOne} is missing
   */
  public StatusPolicy withAchievedAtOne(boolean achievedAtOne) {
    return ImmutableStatusPolicy.copyOf(this).copyWithAchievedAtOne(Args.require(achievedAtOne, "achievedAtOne"));
  }

  /**
   * Returns a copy with another {@link #binaryStatus()}.
   *
   * @param binaryStatus the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code binaryStatus} is missing
   */
  public StatusPolicy withBinaryStatus(BinaryStatus binaryStatus) {
    return ImmutableStatusPolicy.copyOf(this).copyWithBinaryStatus(Args.require(binaryStatus, "binaryStatus"));
  }

  /**
   * Returns a copy with another {@link #objectiveStatus()}.
   *
   * @param objectiveStatus the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code objectiveStatus} is missing
   */
  public StatusPolicy withObjectiveStatus(StatusRollUp objectiveStatus) {
    return ImmutableStatusPolicy.copyOf(this).copyWithObjectiveStatus(Args.require(objectiveStatus, "objectiveStatus"));
  }

  /**
   * Returns a copy with a tolerance band around range bounds.
   *
   * @param tolerance the tolerance, ≥ 0, in the metric's unit
   * @return the copy
   * @throws OkrException if the tolerance is missing, negative or outside the number domain
   */
  public StatusPolicy withRangeTolerance(BigDecimal tolerance) {
    Problems problems = new Problems();
    BigDecimal t = problems.nonNegative(tolerance, OkrPath.of("rangeTolerance"));
    return OkrException.getOrThrow(problems.result(() -> copy().copyWithRangeTolerance(Option.some(t))));
  }

  /**
   * Returns a copy without a tolerance band around range bounds.
   *
   * @return the copy
   */
  public StatusPolicy withoutRangeTolerance() {
    return copy().copyWithRangeTolerance(Option.none());
  }

  /**
   * Returns a copy in which a key result without a check-in for more than {@code days} days is stale.
   *
   * @param days the number of days, 1 to 36 500
   * @return the copy
   * @throws OkrException if {@code days} is out of range
   */
  public StatusPolicy withStaleAfterDays(int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("staleAfterDays"),
          Integer.toString(days), "[1, " + MAX_DAYS + "]")));
    }
    return copy().copyWithStaleAfterDays(Option.some(days));
  }

  /**
   * Returns a copy in which key results are never stale for lack of recent check-ins.
   *
   * @return the copy
   */
  public StatusPolicy withoutStaleAfterDays() {
    return copy().copyWithStaleAfterDays(Option.none());
  }

  /**
   * Returns a copy in which a key result never updated once {@code share} of its window has passed
   * gets {@link #staleStatus()}.
   *
   * @param share the share of the window, in [0, 1]
   * @return the copy
   * @throws OkrException if {@code share} is missing or outside [0, 1]
   */
  public StatusPolicy withNeverUpdatedAfter(BigDecimal share) {
    Problems problems = new Problems();
    BigDecimal s = problems.number(share, OkrPath.of("neverUpdatedAfter"));
    if (s != null && (s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("neverUpdatedAfter"), Fmt.num(s), "[0, 1]"));
    }
    return OkrException.getOrThrow(problems.result(() -> copy().copyWithNeverUpdatedAfter(Option.some(s))));
  }

  /**
   * Returns a copy without the never-updated rule.
   *
   * @return the copy
   */
  public StatusPolicy withoutNeverUpdatedRule() {
    return copy().copyWithNeverUpdatedAfter(Option.none());
  }

  /**
   * Returns a copy with another status for stale and never-updated key results.
   *
   * @param status the status, not {@link Status#NOT_SCORED}
   * @return the copy
   * @throws OkrException if {@code status} is missing or {@link Status#NOT_SCORED}
   */
  public StatusPolicy withStaleStatus(Status status) {
    if (Args.require(status, "staleStatus") == Status.NOT_SCORED) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("staleStatus"), status.name(), "a scored status")));
    }
    return copy().copyWithStaleStatus(status);
  }

  /**
   * Returns a copy in which a key result closed unmet, and an objective evaluated after its cycle
   * that is not achieved, get {@code status}.
   *
   * @param status {@link Status#MISSED}, {@link Status#AT_RISK} or {@link Status#OFF_TRACK}
   * @return the copy
   * @throws OkrException if {@code status} is missing or another status
   */
  public StatusPolicy withMissedStatus(Status status) {
    if (Args.require(status, "missedStatus") != Status.MISSED && status != Status.AT_RISK
        && status != Status.OFF_TRACK) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("missedStatus"), status.name(),
          "MISSED, AT_RISK or OFF_TRACK")));
    }
    return copy().copyWithMissedStatus(Option.some(status));
  }

  /**
   * Returns a copy without a final status: after the end, statuses follow the computed rules.
   *
   * @return the copy
   */
  public StatusPolicy withoutMissedStatus() {
    return copy().copyWithMissedStatus(Option.none());
  }

  /**
   * Returns a copy with another {@link #source()}.
   *
   * @param source the new value
   * @return the copy
   * @throws OkrException if {@code source} is missing
   */
  public StatusPolicy withSource(StatusSource source) {
    return copy().copyWithSource(Args.require(source, "source"));
  }

  /**
   * Returns a copy with another {@link #statusScale()}.
   *
   * @param statusScale the new value
   * @return the copy
   * @throws OkrException if {@code statusScale} is missing
   */
  public StatusPolicy withStatusScale(StatusScale statusScale) {
    return copy().copyWithStatusScale(Args.require(statusScale, "statusScale"));
  }

  /** The generated copy of this policy, whose {@code with*} methods change one option each. */
  private ImmutableStatusPolicy copy() {
    return ImmutableStatusPolicy.copyOf(this);
  }
}
