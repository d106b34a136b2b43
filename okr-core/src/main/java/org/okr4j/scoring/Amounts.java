package org.okr4j.scoring;

import java.math.BigDecimal;
import org.okr4j.internal.Numbers;

/**
 * How far a linear key result has come in its own unit, as progress bars label it: "12 of 15
 * done, 3 to go". For a key result from 100 down to 60 at 70 the reduction is what counts: 30 of
 * 40 done, 10 to go.
 *
 * <pre>{@code
 * // 3000 leads from 0, 2250 so far
 * Amounts a = card.keyResult(KeyResultId.of("kr-leads")).get().amounts().get();
 * a.done();       // 2250
 * a.remaining();  // 750
 * a.total();      // 3000
 * }</pre>
 *
 * <p>A plain result: immutable and thread-safe, built by the scorer.
 *
 * @param current the current value used
 * @param target the resolved target value
 * @param done the amount achieved from the baseline in the key result's direction: {@code c − b}
 *     going up, {@code b − c} going down; negative below the baseline, above {@link #total()} past
 *     the target
 * @param remaining what is left to the target, {@code total − done} floored at 0
 * @param total the whole amount, {@code |t − b|}
 */
public record Amounts(BigDecimal current, BigDecimal target, BigDecimal done, BigDecimal remaining, BigDecimal total) {

  /**
   * Keeps plain {@link BigDecimal}s: an instance of a subclass is copied.
   *
   * @param current the current value used
   * @param target the resolved target value
   * @param done the amount achieved
   * @param remaining what is left
   * @param total the whole amount
   */
  public Amounts {
    current = Numbers.plainIfPresent(current);
    target = Numbers.plainIfPresent(target);
    done = Numbers.plainIfPresent(done);
    remaining = Numbers.plainIfPresent(remaining);
    total = Numbers.plainIfPresent(total);
  }

  /**
   * Returns the amounts of a key result from {@code baseline} to {@code target} at {@code current}.
   *
   * @param baseline the baseline
   * @param target the target
   * @param current the current value
   * @return the amounts
   */
  static Amounts of(BigDecimal baseline, BigDecimal target, BigDecimal current) {
    boolean down = target.compareTo(baseline) < 0;
    BigDecimal done = down ? baseline.subtract(current) : current.subtract(baseline);
    BigDecimal total = target.subtract(baseline).abs();
    BigDecimal left = total.subtract(done);
    return new Amounts(current, target, done, left.signum() < 0 ? BigDecimal.ZERO : left, total);
  }
}
