package org.okr4j.scoring;

import io.vavr.control.Option;
import org.immutables.value.Value;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;

/**
 * How a key result's progress is computed from its metric and check-ins. Every convention on which
 * products disagree is an option (the table in {@code docs/conventions.md} lists them with the
 * products that use each variant); {@link #defaults()} is: the raw linear rule from the baseline,
 * no cap on the key result (bounds are applied when rolling up, as Perdoo does), thresholds as the
 * metric declares them, the latest check-in, weighted milestones, recurring targets as the share of
 * planned periods met with the latest check-in of each period, aggregates as the mean of the items'
 * rates, "not scored" without a check-in or with a target equal to the baseline, and no stretch
 * levels.
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
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class ProgressPolicy {

  /** How a {@link LinearMetric}'s progress follows from its current value. */
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

  /**
   * Whether a value equal to a threshold counts as met: campaign participations "at least 100 000"
   * with exactly 100 000 is met inclusively and missed strictly.
   */
  public enum ThresholdEquality {
    /** As the metric's {@link Comparison} declares (at least / at most are inclusive). The default. */
    AS_DECLARED,
    /** Equality always meets the threshold (Engagedly "at or above", Profit.co). */
    INCLUSIVE,
    /** Equality never meets it (Quantive: "the comparison is &lt; or &gt;"). */
    STRICT
  }

  /** Which check-ins of a threshold or range ("control") key result count (Profit.co's control KPI methods). */
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
   * How a control key result's value is graded against its threshold: "at most $1 per click" with
   * 0.8 is met (1) or, by distance, 1.2.
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

  /**
   * Which periods count in period-based rules mid-cycle. In a 13-week cycle evaluated on the first
   * day of week 4: planned 13, elapsed 3 (weeks 1–3 are over), started 4 (week 4 has begun).
   */
  public enum PeriodBasis {
    /** Every period planned in the cycle, so progress builds up over the cycle. The default; Profit.co. */
    PLANNED,
    /**
     * Only the periods that have ended (a period ending exactly at the instant of evaluation has
     * ended), so progress is a rate over complete periods; a check-in in the running period waits
     * until it ends.
     */
    ELAPSED,
    /**
     * The periods that have started, including the running one (and one starting exactly at the
     * instant of evaluation), so a period not over yet already counts, met or not.
     */
    STARTED
  }

  /** How milestones are counted. */
  public enum MilestoneWeighting {
    /** {@code Σ wᵢ·doneᵢ / Σ wᵢ} with the milestones' weights. The default; Zoho Sprints. */
    WEIGHTED,
    /** {@code k / M}: every milestone counts the same (Google: three of six features → 0.5). */
    EQUAL
  }

  /** How the periods of a {@link RecurringMetric} combine ("15 articles each month"). */
  public enum RecurringAggregation {
    /** A: {@code #(aᵢ ≥ tᵢ) / N}. The default; Profit.co method 1. */
    SHARE_OF_PERIODS_MET,
    /** B: {@code Σaᵢ / Σtᵢ}; a surplus offsets a deficit (Profit.co method 4). */
    CUMULATIVE,
    /** C: {@code mean(min(1, aᵢ / tᵢ))}. */
    MEAN_OF_CAPPED_RATIOS
  }

  /**
   * How several check-ins for the same period of a {@link RecurringMetric} make that period's value
   * ("one customer survey per month", two surveys reported in March).
   */
  public enum PeriodItems {
    /** The latest check-in for the period replaces the earlier ones (it carries the period's total). The default. */
    LAST,
    /** Each check-in is one item of the period: their sum (two surveys of 1 → 2). */
    SUM,
    /** The largest item: one item alone must meet the period's target. */
    MAX_ITEM,
    /** The mean of the items. */
    MEAN
  }

  /** How the items of an {@link AggregateMetric} combine ("average interaction rate per article"). */
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

  /**
   * What a key result without any check-in scores ("3000 leads" before the first report). The one
   * rule for every kind, stretch-scored key results included.
   */
  public enum NoCheckIn {
    /** Not scored, an explicit empty value (Jira Align "N/S"). The default. */
    NOT_SCORED,
    /**
     * Progress 0, as if the current value were the baseline (Oslo okr-tracker); under stretch levels
     * the key result is in the baseline's zone (FAIL).
     */
    ZERO
  }

  /**
   * What a linear key result whose target equals its baseline scores: {@code (c − b) / (t − b)} is
   * then undefined and tools differ (b = t = 12 %, c = 12.5 %: Oslo okr-tracker's d3 scale 0.5, read
   * as a threshold 1). With stretch levels it applies when the reference level equals the baseline.
   * The ratio rule ({@link LinearRule#RATIO_TO_TARGET}) does not use the baseline and is unaffected.
   */
  public enum Degenerate {
    /**
     * Not scored, with the problem {@code okr.key-result.target-equals-baseline} at
     * {@code /metric/target}, so {@code Scorer.validate} refuses the set. The default.
     */
    REJECT,
    /** Progress 0. */
    ZERO,
    /** Progress 0.5 (Oslo okr-tracker: a d3 scale over an empty domain maps every value to 0.5). */
    HALF,
    /** Read as a threshold "at least t": 1 when {@code c ≥ t}, else 0. */
    THRESHOLD,
    /** Not scored, without a problem. */
    NOT_SCORED
  }

  private static final ProgressPolicy DEFAULTS = ImmutableProgressPolicy.builder()
      .linearRule(LinearRule.FROM_BASELINE)
      .cap(Cap.none())
      .thresholdEquality(ThresholdEquality.AS_DECLARED)
      .controlMethod(ControlMethod.LATEST)
      .controlGrading(ControlGrading.MET_OR_NOT)
      .cadence(Period.WEEK)
      .periodBasis(PeriodBasis.PLANNED)
      .milestoneWeighting(MilestoneWeighting.WEIGHTED)
      .recurring(RecurringAggregation.SHARE_OF_PERIODS_MET)
      .periodItems(PeriodItems.LAST)
      .aggregate(AggregateMethod.MEAN_OF_RATES)
      .noCheckIn(NoCheckIn.NOT_SCORED)
      .degenerate(Degenerate.REJECT)
      .stretch(Option.none())
      .build();

  ProgressPolicy() {}

  /**
   * Returns how linear key results are scored: from the baseline (default; Quantive, Perdoo, Oslo)
   * or as the ratio to the target (feedback4e).
   *
   * @return the rule; {@link LinearRule#FROM_BASELINE} by default
   */
  public abstract LinearRule linearRule();

  /**
   * Returns the bounds of a key result's reported progress. Default {@link Cap#none()}: the raw
   * value is reported (Quantive: 125 % is shown; Perdoo keeps it too and caps only in the roll-up,
   * see {@link RollUpPolicy#cap()}); Oslo okr-tracker and Google's 0.0–1.0 grading use {@link
   * Cap#clamp01()}; Puzzle floors at 0 ({@link Cap#nonNegative()}).
   *
   * @return the cap; {@link Cap#none()} by default
   */
  public abstract Cap cap();

  /**
   * Returns whether a value equal to a threshold meets it, for threshold, range and thresholded
   * aggregate metrics. Default {@link ThresholdEquality#AS_DECLARED}: inclusive for at least / at
   * most, strict for above / below and inclusive for ranges; Quantive is {@link
   * ThresholdEquality#STRICT}, Engagedly and Profit.co {@link ThresholdEquality#INCLUSIVE}.
   *
   * @return the equality rule; {@link ThresholdEquality#AS_DECLARED} by default
   */
  public abstract ThresholdEquality thresholdEquality();

  /**
   * Returns which check-ins of a threshold or range key result count: the latest (default;
   * Quantive, Engagedly), the share of periods met or the mean of check-ins (Profit.co).
   *
   * @return the method; {@link ControlMethod#LATEST} by default
   */
  public abstract ControlMethod controlMethod();

  /**
   * Returns how a threshold key result's value is graded: met or not (default; Quantive, Engagedly)
   * or by distance from the target (Profit.co). Also applies to aggregate metrics without a
   * baseline.
   *
   * @return the grading; {@link ControlGrading#MET_OR_NOT} by default
   */
  public abstract ControlGrading controlGrading();

  /**
   * Returns the period that groups check-ins for {@link ControlMethod#SHARE_OF_PERIODS_MET} and
   * {@link AggregateMethod#MEAN_OF_PERIOD_MEANS}, laid from the cycle's start. Default {@link
   * Period#WEEK} (Profit.co's weekly check-ins).
   *
   * @return the period; {@link Period#WEEK} by default
   */
  public abstract Period cadence();

  /**
   * Returns which periods count in recurring targets and in the share of periods met: planned
   * (default; Profit.co), elapsed (ended) or started.
   *
   * @return the basis; {@link PeriodBasis#PLANNED} by default
   */
  public abstract PeriodBasis periodBasis();

  /**
   * Returns how milestones count: by their weights (default; Zoho Sprints, Profit.co) or equally
   * (Google's N of M).
   *
   * @return the weighting; {@link MilestoneWeighting#WEIGHTED} by default
   */
  public abstract MilestoneWeighting milestoneWeighting();

  /**
   * Returns how the periods of a recurring target combine: share of periods met (default; Profit.co
   * method 1), cumulative (Profit.co method 4) or mean of capped ratios.
   *
   * @return the aggregation; {@link RecurringAggregation#SHARE_OF_PERIODS_MET} by default
   */
  public abstract RecurringAggregation recurring();

  /**
   * Returns how several check-ins for the same period of a recurring key result combine: the latest
   * replaces the others (default), or each is an item summed, the largest taken, or averaged.
   *
   * @return the rule; {@link PeriodItems#LAST} by default
   */
  public abstract PeriodItems periodItems();

  /**
   * Returns how the items of an aggregate metric combine: mean of the items' rates (default),
   * pooled ratio, or mean of per-period means.
   *
   * @return the method; {@link AggregateMethod#MEAN_OF_RATES} by default
   */
  public abstract AggregateMethod aggregate();

  /**
   * Returns what a key result without a check-in at the instant of evaluation scores: not scored
   * (default; Jira Align N/S) or 0 (Oslo okr-tracker, where the current value defaults to the
   * baseline).
   *
   * @return the rule; {@link NoCheckIn#NOT_SCORED} by default
   */
  public abstract NoCheckIn noCheckIn();

  /**
   * Returns what a linear key result whose target equals its baseline scores: not scored and
   * reported (default), 0, 0.5, 1 when the target is reached, or not scored silently.
   *
   * @return the rule; {@link Degenerate#REJECT} by default
   */
  public abstract Degenerate degenerate();

  /**
   * Returns how linear key results are scored against commit / target / stretch levels, if at all.
   * With a {@link StretchPolicy}, a linear key result's levels are {@link StretchPolicy#derive(
   * LinearMetric) derived} from its baseline and target (the commit and stretch levels as the
   * metric declares them, else at the policy's fractions), its raw progress is {@link
   * StretchPolicy#progress} (the policy's reference level is 100 %, its below-baseline rule
   * applies, and it replaces {@link #linearRule()}; {@link #noCheckIn()} and {@link #degenerate()}
   * apply as to every linear key result), and its score reports a
   * {@link KeyResultScore#zone() zone}. Default none: linear key results are scored by
   * {@link #linearRule()} and have no zone (Puzzle OKR: {@link StretchPolicy#puzzle()}).
   *
   * @return the stretch policy; none by default
   */
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
    return ImmutableProgressPolicy.copyOf(this).copyWithStretch(stretch);
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
    return ImmutableProgressPolicy.copyOf(this).copyWithLinearRule(Args.require(linearRule, "linearRule"));
  }

  /**
   * Returns a copy with another {@link #cap()}.
   *
   * @param cap the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code cap} is missing
   */
  public ProgressPolicy withCap(Cap cap) {
    return ImmutableProgressPolicy.copyOf(this).copyWithCap(Args.require(cap, "cap"));
  }

  /**
   * Returns a copy with another {@link #thresholdEquality()}.
   *
   * @param thresholdEquality the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code thresholdEquality} is missing
   */
  public ProgressPolicy withThresholdEquality(ThresholdEquality thresholdEquality) {
    return ImmutableProgressPolicy.copyOf(this).copyWithThresholdEquality(Args.require(thresholdEquality, "thresholdEquality"));
  }

  /**
   * Returns a copy with another {@link #controlMethod()}.
   *
   * @param controlMethod the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code controlMethod} is missing
   */
  public ProgressPolicy withControlMethod(ControlMethod controlMethod) {
    return ImmutableProgressPolicy.copyOf(this).copyWithControlMethod(Args.require(controlMethod, "controlMethod"));
  }

  /**
   * Returns a copy with another {@link #controlGrading()}.
   *
   * @param controlGrading the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code controlGrading} is missing
   */
  public ProgressPolicy withControlGrading(ControlGrading controlGrading) {
    return ImmutableProgressPolicy.copyOf(this).copyWithControlGrading(Args.require(controlGrading, "controlGrading"));
  }

  /**
   * Returns a copy with another {@link #cadence()}.
   *
   * @param cadence the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code cadence} is missing
   */
  public ProgressPolicy withCadence(Period cadence) {
    return ImmutableProgressPolicy.copyOf(this).copyWithCadence(Args.require(cadence, "cadence"));
  }

  /**
   * Returns a copy with another {@link #periodBasis()}.
   *
   * @param periodBasis the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code periodBasis} is missing
   */
  public ProgressPolicy withPeriodBasis(PeriodBasis periodBasis) {
    return ImmutableProgressPolicy.copyOf(this).copyWithPeriodBasis(Args.require(periodBasis, "periodBasis"));
  }

  /**
   * Returns a copy with another {@link #milestoneWeighting()}.
   *
   * @param milestoneWeighting the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code milestoneWeighting} is missing
   */
  public ProgressPolicy withMilestoneWeighting(MilestoneWeighting milestoneWeighting) {
    return ImmutableProgressPolicy.copyOf(this).copyWithMilestoneWeighting(Args.require(milestoneWeighting, "milestoneWeighting"));
  }

  /**
   * Returns a copy with another {@link #recurring()}.
   *
   * @param recurring the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code recurring} is missing
   */
  public ProgressPolicy withRecurring(RecurringAggregation recurring) {
    return ImmutableProgressPolicy.copyOf(this).copyWithRecurring(Args.require(recurring, "recurring"));
  }

  /**
   * Returns a copy with another {@link #aggregate()}.
   *
   * @param aggregate the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code aggregate} is missing
   */
  public ProgressPolicy withAggregate(AggregateMethod aggregate) {
    return ImmutableProgressPolicy.copyOf(this).copyWithAggregate(Args.require(aggregate, "aggregate"));
  }

  /**
   * Returns a copy with another {@link #periodItems()}.
   *
   * @param periodItems the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code periodItems} is missing
   */
  public ProgressPolicy withPeriodItems(PeriodItems periodItems) {
    return ImmutableProgressPolicy.copyOf(this).copyWithPeriodItems(Args.require(periodItems, "periodItems"));
  }

  /**
   * Returns a copy with another {@link #degenerate()}.
   *
   * @param degenerate the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code degenerate} is missing
   */
  public ProgressPolicy withDegenerate(Degenerate degenerate) {
    return ImmutableProgressPolicy.copyOf(this).copyWithDegenerate(Args.require(degenerate, "degenerate"));
  }

  /**
   * Returns a copy with another {@link #noCheckIn()}.
   *
   * @param noCheckIn the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code noCheckIn} is missing
   */
  public ProgressPolicy withNoCheckIn(NoCheckIn noCheckIn) {
    return ImmutableProgressPolicy.copyOf(this).copyWithNoCheckIn(Args.require(noCheckIn, "noCheckIn"));
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
