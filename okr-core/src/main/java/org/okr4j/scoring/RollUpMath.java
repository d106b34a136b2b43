package org.okr4j.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The arithmetic of a roll-up, shared by {@link RollUpPolicy#combine} and the scorer: contributions
 * are added one by one, without allocating per contribution; sums are exact, and the one division
 * uses {@code Numbers.MATH} (through {@link Decimals}), so the result does not depend on the order
 * of the contributions.
 * Mutable, confined to one call.
 */
final class RollUpMath {

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

  RollUpMath(RollUpPolicy policy) {
    this(policy, policy.cap());
  }

  RollUpMath(RollUpPolicy policy, Cap cap) {
    this.method = policy.method();
    this.skipMissing = policy.missing() == RollUpPolicy.Missing.SKIP;
    this.equalWeights = policy.children() == RollUpPolicy.Children.POOLED;
    this.cap = cap;
  }

  /** Returns the weight a contribution of weight {@code weight} counts with. */
  BigDecimal effectiveWeight(BigDecimal weight) {
    return equalWeights && weight.signum() != 0 ? BigDecimal.ONE : weight;
  }

  /** Tells whether a contribution counts: a weight above 0, and progress or counted as 0. */
  boolean counts(@Nullable BigDecimal progress, BigDecimal weight) {
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

  /** Returns the problem that leaves the roll-up without value, if any. */
  @Nullable OkrError problem(OkrPath at) {
    return isUnnormalized() ? new OkrError.WeightsNotNormalized(at, weightTotal) : null;
  }

  private boolean isUnnormalized() {
    return method == RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE && contributions > 0
        && weightTotal.compareTo(BigDecimal.ONE) != 0;
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
