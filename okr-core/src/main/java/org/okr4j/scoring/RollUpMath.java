package org.okr4j.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The arithmetic of a roll-up, shared by {@link RollUpPolicy#combine}, the scorer and
 * {@link AggregationPolicy}: contributions are added one by one, without allocating per
 * contribution; sums are exact, and each division uses {@code Numbers.MATH} (through
 * {@link Decimals}), so the result does not depend on the order of the contributions.
 *
 * <p>A flat roll-up is one {@link Sum}. Under {@link RollUpPolicy.Children#MEAN_OF_GROUP_MEANS}
 * key results and aligned children are summed apart, each group is combined by the policy's
 * method, and the groups' results are then averaged with equal weight (the lower of them under
 * {@link RollUpPolicy.Method#MINIMUM}); a group with no contribution is left out, a group with
 * nothing scored follows {@link RollUpPolicy#missing()}. Finally, with no contribution at all,
 * {@link RollUpPolicy#empty()} decides. Mutable, confined to one call.
 */
final class RollUpMath {

  private final RollUpPolicy policy;
  private final boolean groups;
  private final Sum keyResults;
  private final Sum children;

  RollUpMath(RollUpPolicy policy) {
    this.policy = policy;
    this.groups = policy.children() == RollUpPolicy.Children.MEAN_OF_GROUP_MEANS;
    this.keyResults = new Sum(policy.method(), policy.missing(), policy.children() == RollUpPolicy.Children.POOLED,
        policy.cap());
    this.children = groups ? new Sum(policy.method(), policy.missing(), false, policy.cap()) : keyResults;
  }

  /** Adds a key result's (or, in a flat roll-up, any) contribution. */
  void add(@Nullable BigDecimal progress, BigDecimal weight) {
    keyResults.add(progress, weight);
  }

  /** Adds an aligned child objective's contribution. */
  void addChild(@Nullable BigDecimal progress, BigDecimal weight) {
    children.add(progress, weight);
  }

  /** Returns the weight a contribution of weight {@code weight} counts with. */
  BigDecimal effectiveWeight(BigDecimal weight) {
    return keyResults.effectiveWeight(weight);
  }

  /** Returns the problem that leaves the roll-up without value, if any. */
  @Nullable OkrError problem(OkrPath at) {
    OkrError problem = keyResults.problem(at);
    return problem != null || !groups ? problem : children.problem(at);
  }

  /** The key results' sum (the only one in a flat roll-up). */
  Sum keyResults() {
    return keyResults;
  }

  /** The children's sum (the same object as {@link #keyResults()} in a flat roll-up). */
  Sum children() {
    return children;
  }

  /** Returns the combined progress with the cap applied to each contribution, or {@code null}. */
  @Nullable BigDecimal progress() {
    return result(true);
  }

  /** Returns the combined progress without the cap, or {@code null}. */
  @Nullable BigDecimal raw() {
    return result(false);
  }

  private @Nullable BigDecimal result(boolean capped) {
    boolean nothing = keyResults.contributions == 0 && children.contributions == 0;
    if (nothing) {
      return policy.empty() == RollUpPolicy.Empty.ZERO ? BigDecimal.ZERO : null;
    }
    if (!groups) {
      return capped ? keyResults.progress() : keyResults.raw();
    }
    RollUpPolicy.Method outer = policy.method() == RollUpPolicy.Method.MINIMUM
        ? RollUpPolicy.Method.MINIMUM : RollUpPolicy.Method.MEAN;
    Sum means = new Sum(outer, policy.missing(), false, Cap.none());
    for (Sum group : new Sum[] {keyResults, children}) {
      if (group.contributions > 0 && !group.isUnnormalized()) {
        means.add(capped ? group.progress() : group.raw(), BigDecimal.ONE);
      }
    }
    return keyResults.isUnnormalized() || children.isUnnormalized() ? null : means.progress();
  }

  /**
   * One weighted sum of contributions: the flat roll-up, or one group of a mean of group means.
   * Mutable, confined to one call.
   */
  static final class Sum {

    private final RollUpPolicy.Method method;
    private final boolean skipMissing;
    private final boolean equalWeights;
    private final Cap cap;

    private int contributions;
    private int scored;
    private BigDecimal weightTotal = BigDecimal.ZERO;
    private BigDecimal sumW = BigDecimal.ZERO;
    private BigDecimal sumWp = BigDecimal.ZERO;
    private BigDecimal sumWpRaw = BigDecimal.ZERO;
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal minRaw;

    Sum(RollUpPolicy.Method method, RollUpPolicy.Missing missing, boolean equalWeights, Cap cap) {
      this.method = method;
      this.skipMissing = missing == RollUpPolicy.Missing.SKIP;
      this.equalWeights = equalWeights;
      this.cap = cap;
    }

    /** Returns the weight a contribution of weight {@code weight} counts with. */
    BigDecimal effectiveWeight(BigDecimal weight) {
      return equalWeights && weight.signum() != 0 ? BigDecimal.ONE : weight;
    }

    /** Tells whether a contribution counts: a weight above 0, and progress or counted as 0. */
    private boolean counts(@Nullable BigDecimal progress, BigDecimal weight) {
      return weight.signum() != 0 && (progress != null || !skipMissing);
    }

    void add(@Nullable BigDecimal progress, BigDecimal weight) {
      BigDecimal w = effectiveWeight(weight);
      contributions++;
      weightTotal = weightTotal.add(w);
      if (!counts(progress, w)) {
        return;
      }
      BigDecimal raw = progress == null ? BigDecimal.ZERO : progress;
      if (progress != null) {
        scored++;
      }
      BigDecimal capped = cap.apply(raw);
      switch (method) {
        case MINIMUM:
          min = smaller(min, capped);
          minRaw = smaller(minRaw, raw);
          break;
        case MEAN:
          sumW = sumW.add(BigDecimal.ONE);
          sumWp = sumWp.add(capped);
          sumWpRaw = sumWpRaw.add(raw);
          break;
        default:
          sumW = sumW.add(w);
          BigDecimal rawW = times(raw, w);
          sumWpRaw = sumWpRaw.add(rawW);
          sumWp = sumWp.add(capped == raw ? rawW : times(capped, w));
          break;
      }
    }

    /** Multiplies, skipping the work when {@code w} is the unscaled 1 (the product would be {@code x}). */
    private static BigDecimal times(BigDecimal x, BigDecimal w) {
      return w.equals(BigDecimal.ONE) ? x : x.multiply(w);
    }

    private static BigDecimal smaller(@Nullable BigDecimal current, BigDecimal candidate) {
      if (current == null) {
        return candidate;
      }
      int c = candidate.compareTo(current);
      return c < 0 || (c == 0 && candidate.scale() < current.scale()) ? candidate : current;
    }

    /** Returns the problem that leaves the sum without value, if any. */
    @Nullable OkrError problem(OkrPath at) {
      return isUnnormalized() ? new OkrError.WeightsNotNormalized(at, weightTotal) : null;
    }

    boolean isUnnormalized() {
      return method == RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE && contributions > 0
          && weightTotal.compareTo(BigDecimal.ONE) != 0;
    }

    int contributions() {
      return contributions;
    }

    BigDecimal weightTotal() {
      return weightTotal;
    }

    BigDecimal sumOfWeights() {
      return sumW;
    }

    /** Returns the combined progress with the cap applied to each contribution, or {@code null}. */
    @Nullable BigDecimal progress() {
      return result(sumWp, min);
    }

    /** Returns the combined progress without the cap, or {@code null}. */
    @Nullable BigDecimal raw() {
      return result(sumWpRaw, minRaw);
    }

    private @Nullable BigDecimal result(BigDecimal sum, @Nullable BigDecimal minimum) {
      if (scored == 0 || isUnnormalized()) {
        return null;
      }
      if (method == RollUpPolicy.Method.MINIMUM) {
        return minimum;
      }
      return sumW.compareTo(BigDecimal.ONE) == 0 ? sum : Decimals.div(sum, sumW);
    }
  }
}
