package org.okr4j.scoring;

import io.vavr.control.Option;
import org.immutables.value.Value;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;

/**
 * How a key result's progress is computed from its metric and check-ins (SCORING.md §1). Every
 * convention on which products disagree is an option; {@link #defaults()} follows SCORING.md §0:
 * the raw linear rule from the baseline, no cap on the key result (bounds are applied when rolling
 * up, as Perdoo does), thresholds as the metric declares them, the latest check-in, weighted
 * milestones, recurring targets as the share of planned periods met, aggregates as the mean of the
 * items' rates, "not scored" without a check-in, and no stretch levels.
 *
 * <pre>{@code
 * ProgressPolicy quantiveLike = ProgressPolicy.defaults()
 *     .withThresholdEquality(ProgressPolicy.ThresholdEquality.STRICT);
 * ProgressPolicy profitCo = ProgressPolicy.defaults()
 *     .withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
 *     .withCadence(Period.WEEK);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class ProgressPolicy {

  /** How a {@link LinearMetric}'s progress follows from its current value (SCORING.md §1.1–1.2). */
  public enum LinearRule {
    /**
     * {@code (c − b) / (t − b)}, one formula for both directions. The default; Quantive, Perdoo,
     * Oslo okr-tracker, Leapsome, feedback4e, ServiceNow "Maximize"; Viva Goals "Reach" is this
     * rule from 0.
     */
    FROM_BASELINE,
    /**
     * The ratio to the target, ignoring the baseline: {@code c / t} going up, {@code t / c} going
     * down (feedback4e "progress by target value"; non-linear and unbounded as {@code c → 0}).
     */
    RATIO_TO_TARGET
  }

  /** Whether a value equal to a threshold counts as met (SCORING.md §1.4, E17, E21). */
  public enum ThresholdEquality {
    /** As the metric's {@link Comparison} declares (at least / at most are inclusive). The default. */
    AS_DECLARED,
    /** Equality always meets the threshold (Engagedly "at or above", Profit.co). */
    INCLUSIVE,
    /** Equality never meets it (Quantive: "the comparison is &lt; or &gt;"). */
    STRICT
  }

  /**
   * Which check-ins of a threshold or range ("control") key result count (SCORING.md §1.4,
   * Profit.co's control KPI methods).
   */
  public enum ControlMethod {
    /** The latest check-in only. The default; Quantive, Engagedly. */
    LATEST,
    /**
     * The share of periods of {@link #cadence()} whose latest check-in meets the threshold, over
     * planned or elapsed periods ({@link #periodBasis()}); a period without a check-in is not met
     * (Profit.co method 1: 9 of 13 weekly check-ins met → 69 %).
     */
    SHARE_OF_PERIODS_MET,
    /**
     * The mean of every check-in, graded against the threshold (Profit.co method 3; with a constant
     * threshold method 4, sum of check-ins over sum of targets, gives the same number).
     */
    MEAN_OF_CHECK_INS
  }

  /**
   * How a control key result's value is graded against its threshold (SCORING.md §1.4, E16, E23).
   */
  public enum ControlGrading {
    /** 1 when the threshold is met, else 0. The default; Quantive, Engagedly. */
    MET_OR_NOT,
    /**
     * The distance from the target: {@code 1 + (a − t) / t = a / t} for at least / above,
     * {@code 1 + (t − a) / t = (2t − a) / t} for at most / below (Profit.co method 2: at most $1,
     * a = 0.8 → 120 %). A negative threshold divides by {@code |t|}, so that progress still grows
     * in the right direction; undefined for {@code t = 0}. Range metrics stay met-or-not.
     */
    DISTANCE
  }

  /** Which periods count in period-based rules (SCORING.md §1.10, mid-cycle). */
  public enum PeriodBasis {
    /** Every period planned in the cycle, so progress builds up over the cycle. The default; Profit.co. */
    PLANNED,
    /** Only the periods started so far, so progress is a rate to date. */
    ELAPSED
  }

  /** How milestones are counted (SCORING.md §1.7). */
  public enum MilestoneWeighting {
    /** {@code Σ wᵢ·doneᵢ / Σ wᵢ} with the milestones' weights. The default; Zoho Sprints. */
    WEIGHTED,
    /** {@code k / M}: every milestone counts the same (Google: three of six features → 0.5). */
    EQUAL
  }

  /** How the periods of a {@link RecurringMetric} combine (SCORING.md §1.10). */
  public enum RecurringAggregation {
    /** A: {@code #(aᵢ ≥ tᵢ) / N}. The default; Profit.co method 1. */
    SHARE_OF_PERIODS_MET,
    /** B: {@code Σaᵢ / Σtᵢ}; a surplus offsets a deficit (Profit.co method 4). */
    CUMULATIVE,
    /** C: {@code mean(min(1, aᵢ / tᵢ))}. */
    MEAN_OF_CAPPED_RATIOS
  }

  /** How the items of an {@link AggregateMetric} combine (SCORING.md §1.11). */
  public enum AggregateMethod {
    /** The unweighted mean of per-item rates ("average interaction rate per article"). The default. */
    MEAN_OF_RATES,
    /** The pooled ratio {@code Σnum / Σden}. */
    POOLED_RATIO,
    /**
     * The mean of per-period means: items grouped by the period of {@link #cadence()} in which they
     * were last reported (Profit.co method 3 over periods).
     */
    MEAN_OF_PERIOD_MEANS
  }

  /** What a key result without any check-in scores (SCORING.md §1.3, E19). */
  public enum NoCheckIn {
    /** Not scored, an explicit empty value (Jira Align "N/S"). The default. */
    NOT_SCORED,
    /** Progress 0, as if the current value were the baseline (Oslo okr-tracker). */
    ZERO
  }

  private static final ProgressPolicy DEFAULTS = ImmutableProgressPolicy.of(LinearRule.FROM_BASELINE, Cap.none(), ThresholdEquality.AS_DECLARED, ControlMethod.LATEST, ControlGrading.MET_OR_NOT, Period.WEEK, PeriodBasis.PLANNED, MilestoneWeighting.WEIGHTED, RecurringAggregation.SHARE_OF_PERIODS_MET, AggregateMethod.MEAN_OF_RATES, NoCheckIn.NOT_SCORED, Option.none());

  ProgressPolicy() {}

  /**
   * Returns how linear key results are scored: from the baseline (default; Quantive, Perdoo, Oslo)
   * or as the ratio to the target (feedback4e).
   *
   * @return the rule; {@link LinearRule#FROM_BASELINE} by default
   */
  @Value.Parameter
  public abstract LinearRule linearRule();

  /**
   * Returns the bounds of a key result's reported progress. Default {@link Cap#none()}: the raw
   * value is reported (Quantive: 125 % is shown; Perdoo keeps it too and caps only in the roll-up,
   * see {@link RollUpPolicy#cap()}); Oslo okr-tracker and Google's 0.0–1.0 grading use {@link
   * Cap#clamp01()}; Puzzle floors at 0 ({@link Cap#nonNegative()}).
   *
   * @return the cap; {@link Cap#none()} by default
   */
  @Value.Parameter
  public abstract Cap cap();

  /**
   * Returns whether a value equal to a threshold meets it, for threshold, range and thresholded
   * aggregate metrics. Default {@link ThresholdEquality#AS_DECLARED}: inclusive for at least / at
   * most, strict for above / below and inclusive for ranges; Quantive is {@link
   * ThresholdEquality#STRICT}, Engagedly and Profit.co {@link ThresholdEquality#INCLUSIVE}.
   *
   * @return the equality rule; {@link ThresholdEquality#AS_DECLARED} by default
   */
  @Value.Parameter
  public abstract ThresholdEquality thresholdEquality();

  /**
   * Returns which check-ins of a threshold or range key result count: the latest (default;
   * Quantive, Engagedly), the share of periods met or the mean of check-ins (Profit.co).
   *
   * @return the method; {@link ControlMethod#LATEST} by default
   */
  @Value.Parameter
  public abstract ControlMethod controlMethod();

  /**
   * Returns how a threshold key result's value is graded: met or not (default; Quantive, Engagedly)
   * or by distance from the target (Profit.co). Also applies to aggregate metrics without a
   * baseline.
   *
   * @return the grading; {@link ControlGrading#MET_OR_NOT} by default
   */
  @Value.Parameter
  public abstract ControlGrading controlGrading();

  /**
   * Returns the period that groups check-ins for {@link ControlMethod#SHARE_OF_PERIODS_MET} and
   * {@link AggregateMethod#MEAN_OF_PERIOD_MEANS}, laid from the cycle's start. Default {@link
   * Period#WEEK} (Profit.co's weekly check-ins).
   *
   * @return the period; {@link Period#WEEK} by default
   */
  @Value.Parameter
  public abstract Period cadence();

  /**
   * Returns which periods count in recurring targets and in the share of periods met: planned
   * (default; Profit.co) or elapsed.
   *
   * @return the basis; {@link PeriodBasis#PLANNED} by default
   */
  @Value.Parameter
  public abstract PeriodBasis periodBasis();

  /**
   * Returns how milestones count: by their weights (default; Zoho Sprints, Profit.co) or equally
   * (Google's N of M).
   *
   * @return the weighting; {@link MilestoneWeighting#WEIGHTED} by default
   */
  @Value.Parameter
  public abstract MilestoneWeighting milestoneWeighting();

  /**
   * Returns how the periods of a recurring target combine: share of periods met (default; Profit.co
   * method 1), cumulative (Profit.co method 4) or mean of capped ratios.
   *
   * @return the aggregation; {@link RecurringAggregation#SHARE_OF_PERIODS_MET} by default
   */
  @Value.Parameter
  public abstract RecurringAggregation recurring();

  /**
   * Returns how the items of an aggregate metric combine: mean of the items' rates (default),
   * pooled ratio, or mean of per-period means.
   *
   * @return the method; {@link AggregateMethod#MEAN_OF_RATES} by default
   */
  @Value.Parameter
  public abstract AggregateMethod aggregate();

  /**
   * Returns what a key result without a check-in at the instant of evaluation scores: not scored
   * (default; Jira Align N/S) or 0 (Oslo okr-tracker, where the current value defaults to the
   * baseline).
   *
   * @return the rule; {@link NoCheckIn#NOT_SCORED} by default
   */
  @Value.Parameter
  public abstract NoCheckIn noCheckIn();

  /**
   * Returns how linear key results are scored against commit / target / stretch levels, if at all.
   * With a {@link StretchPolicy}, a linear key result's levels are {@link StretchPolicy#derive(
   * LinearMetric) derived} from its baseline and target (the commit and stretch levels as the
   * metric declares them, else at the policy's fractions), its raw progress is {@link
   * StretchPolicy#progress} (the policy's reference level is 100 %, its degenerate, below-baseline
   * and missing-value rules apply, and it replaces {@link #linearRule()}), and its score reports a
   * {@link KeyResultScore#zone() zone}. Default none: linear key results are scored by
   * {@link #linearRule()} and have no zone (Puzzle OKR: {@link StretchPolicy#puzzle()}).
   *
   * @return the stretch policy; none by default
   */
  @Value.Parameter
  public abstract Option<StretchPolicy> stretch();

  /**
   * Returns a copy with another {@link #stretch()}.
   *
   * @param stretch the new value, none to score linear key results by {@link #linearRule()}
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code stretch} is missing or holds {@code null}
   */
  public ProgressPolicy withStretch(Option<StretchPolicy> stretch) {
    Args.require(stretch, "stretch").forEach(x -> Args.require(x, "stretch"));
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch);
  }

  /**
   * Returns the default progress policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static ProgressPolicy defaults() {
    return DEFAULTS;
  }



  /**
   * Returns a copy with another {@link #linearRule()}.
   *
   * @param linearRule the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code linearRule} is missing
   */
  public ProgressPolicy withLinearRule(LinearRule linearRule) {
    return ImmutableProgressPolicy.of(Args.require(linearRule, "linearRule"), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #cap()}.
   *
   * @param cap the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code cap} is missing
   */
  public ProgressPolicy withCap(Cap cap) {
    return ImmutableProgressPolicy.of(linearRule(), Args.require(cap, "cap"), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #thresholdEquality()}.
   *
   * @param thresholdEquality the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code thresholdEquality} is missing
   */
  public ProgressPolicy withThresholdEquality(ThresholdEquality thresholdEquality) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), Args.require(thresholdEquality, "thresholdEquality"), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #controlMethod()}.
   *
   * @param controlMethod the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code controlMethod} is missing
   */
  public ProgressPolicy withControlMethod(ControlMethod controlMethod) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), Args.require(controlMethod, "controlMethod"), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #controlGrading()}.
   *
   * @param controlGrading the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code controlGrading} is missing
   */
  public ProgressPolicy withControlGrading(ControlGrading controlGrading) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), Args.require(controlGrading, "controlGrading"), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #cadence()}.
   *
   * @param cadence the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code cadence} is missing
   */
  public ProgressPolicy withCadence(Period cadence) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), Args.require(cadence, "cadence"), periodBasis(), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #periodBasis()}.
   *
   * @param periodBasis the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code periodBasis} is missing
   */
  public ProgressPolicy withPeriodBasis(PeriodBasis periodBasis) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), Args.require(periodBasis, "periodBasis"), milestoneWeighting(), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #milestoneWeighting()}.
   *
   * @param milestoneWeighting the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code milestoneWeighting} is missing
   */
  public ProgressPolicy withMilestoneWeighting(MilestoneWeighting milestoneWeighting) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), Args.require(milestoneWeighting, "milestoneWeighting"), recurring(), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #recurring()}.
   *
   * @param recurring the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code recurring} is missing
   */
  public ProgressPolicy withRecurring(RecurringAggregation recurring) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), Args.require(recurring, "recurring"), aggregate(), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #aggregate()}.
   *
   * @param aggregate the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code aggregate} is missing
   */
  public ProgressPolicy withAggregate(AggregateMethod aggregate) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), Args.require(aggregate, "aggregate"), noCheckIn(), stretch());
  }

  /**
   * Returns a copy with another {@link #noCheckIn()}.
   *
   * @param noCheckIn the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code noCheckIn} is missing
   */
  public ProgressPolicy withNoCheckIn(NoCheckIn noCheckIn) {
    return ImmutableProgressPolicy.of(linearRule(), cap(), thresholdEquality(), controlMethod(), controlGrading(), cadence(), periodBasis(), milestoneWeighting(), recurring(), aggregate(), Args.require(noCheckIn, "noCheckIn"), stretch());
  }

  /**
   * Returns the comparison used for a metric's declared comparison under {@link #thresholdEquality()}.
   *
   * @param declared the metric's comparison
   * @return the comparison in the same direction, inclusive or strict as this policy says
   * @throws org.okr4j.validation.OkrException if {@code declared} is missing
   */
  public Comparison effective(Comparison declared) {
    Args.require(declared, "declared");
    switch (thresholdEquality()) {
      case INCLUSIVE:
        return declared.withInclusive(true);
      case STRICT:
        return declared.withInclusive(false);
      default:
        return declared;
    }
  }

  /**
   * Tells whether range bounds count as inside under {@link #thresholdEquality()}.
   *
   * @return {@code false} only for {@link ThresholdEquality#STRICT}
   */
  public boolean inclusiveRanges() {
    return thresholdEquality() != ThresholdEquality.STRICT;
  }
}
