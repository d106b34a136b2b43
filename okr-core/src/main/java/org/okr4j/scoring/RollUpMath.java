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

  private RollUpMath(RollUpMath from) {
    this.policy = from.policy;
    this.groups = from.groups;
    this.keyResults = from.keyResults.copy();
    this.children = groups ? from.children.copy() : keyResults;
  }

  /** Returns an independent copy of this roll-up's state, to change without touching this one. */
  RollUpMath copy() {
    return new RollUpMath(this);
  }

  /**
   * Takes back a key result's contribution added before with {@link #add}, leaving the sums as if
   * it had never been added, value and scale.
   *
   * @return false if that cannot be done exactly (a minimum, or the scale of a sum is no longer
   *     known); the state is then undefined and must be rebuilt from the contributions
   */
  boolean remove(@Nullable BigDecimal progress, BigDecimal weight) {
    return keyResults.remove(progress, weight);
  }

  /** Takes back an aligned child's contribution added before with {@link #addChild}; see {@link #remove}. */
  boolean removeChild(@Nullable BigDecimal progress, BigDecimal weight) {
    return children.remove(progress, weight);
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
    private final Total weightTotal;
    private final Total sumW;
    private final Total sumWp;
    private final Total sumWpRaw;
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal minRaw;

    private Sum(Sum from) {
      this.method = from.method;
      this.skipMissing = from.skipMissing;
      this.equalWeights = from.equalWeights;
      this.cap = from.cap;
      this.contributions = from.contributions;
      this.scored = from.scored;
      this.weightTotal = from.weightTotal.copy();
      this.sumW = from.sumW.copy();
      this.sumWp = from.sumWp.copy();
      this.sumWpRaw = from.sumWpRaw.copy();
      this.min = from.min;
      this.minRaw = from.minRaw;
    }

    Sum copy() {
      return new Sum(this);
    }

    Sum(RollUpPolicy.Method method, RollUpPolicy.Missing missing, boolean equalWeights, Cap cap) {
      this.method = method;
      this.skipMissing = missing == RollUpPolicy.Missing.SKIP;
      this.equalWeights = equalWeights;
      this.cap = cap;
      this.weightTotal = new Total();
      this.sumW = new Total();
      this.sumWp = new Total();
      this.sumWpRaw = new Total();
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
      weightTotal.add(w);
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
          sumW.add(BigDecimal.ONE);
          sumWp.add(capped);
          sumWpRaw.add(raw);
          break;
        default:
          sumW.add(w);
          BigDecimal rawW = times(raw, w);
          sumWpRaw.add(rawW);
          sumWp.add(capped == raw ? rawW : times(capped, w));
          break;
      }
    }

    /** The inverse of {@link #add}; see {@link RollUpMath#remove}. */
    boolean remove(@Nullable BigDecimal progress, BigDecimal weight) {
      if (method == RollUpPolicy.Method.MINIMUM) {
        return false;
      }
      BigDecimal w = effectiveWeight(weight);
      contributions--;
      boolean exact = weightTotal.remove(w);
      if (!counts(progress, w)) {
        return exact;
      }
      BigDecimal raw = progress == null ? BigDecimal.ZERO : progress;
      if (progress != null) {
        scored--;
      }
      BigDecimal capped = cap.apply(raw);
      if (method == RollUpPolicy.Method.MEAN) {
        exact &= sumW.remove(BigDecimal.ONE);
        exact &= sumWp.remove(capped);
        return sumWpRaw.remove(raw) && exact;
      }
      exact &= sumW.remove(w);
      BigDecimal rawW = times(raw, w);
      exact &= sumWpRaw.remove(rawW);
      return sumWp.remove(capped == raw ? rawW : times(capped, w)) && exact;
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
      return isUnnormalized() ? new OkrError.WeightsNotNormalized(at, weightTotal.value) : null;
    }

    boolean isUnnormalized() {
      return method == RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE && contributions > 0
          && weightTotal.value.compareTo(BigDecimal.ONE) != 0;
    }

    int contributions() {
      return contributions;
    }

    BigDecimal weightTotal() {
      return weightTotal.value;
    }

    BigDecimal sumOfWeights() {
      return sumW.value;
    }

    /** Returns the combined progress with the cap applied to each contribution, or {@code null}. */
    @Nullable BigDecimal progress() {
      return result(sumWp.value, min);
    }

    /** Returns the combined progress without the cap, or {@code null}. */
    @Nullable BigDecimal raw() {
      return result(sumWpRaw.value, minRaw);
    }

    private @Nullable BigDecimal result(BigDecimal sum, @Nullable BigDecimal minimum) {
      if (scored == 0 || isUnnormalized()) {
        return null;
      }
      if (method == RollUpPolicy.Method.MINIMUM) {
        return minimum;
      }
      return sumW.value.compareTo(BigDecimal.ONE) == 0 ? sum : Decimals.div(sum, sumW.value);
    }
  }

  /**
   * An exact running total that can also take a term back. A total built by adding terms to
   * {@link BigDecimal#ZERO} has the largest scale among them (at least 0); to give the same scale
   * after a term is taken back, it counts the terms of the largest scale, and reports when the
   * last of them leaves (the scale of the rest is then unknown without looking at them).
   * Mutable, confined to one roll-up.
   */
  static final class Total {

    BigDecimal value = BigDecimal.ZERO;
    /** The largest scale among the terms added, at least 0. */
    private int top;
    /** How many terms of scale {@link #top} (above 0) are in the total. */
    private int atTop;

    Total copy() {
      Total t = new Total();
      t.value = value;
      t.top = top;
      t.atTop = atTop;
      return t;
    }

    void add(BigDecimal term) {
      value = value.add(term);
      int s = term.scale();
      if (s > top) {
        top = s;
        atTop = 1;
      } else if (s == top && s > 0) {
        atTop++;
      }
    }

    /** Takes back a term added before; false if the total's scale is no longer known. */
    boolean remove(BigDecimal term) {
      value = value.subtract(term);
      return term.scale() != top || top <= 0 || --atTop > 0;
    }
  }
}
