package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Invariants;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How confident a key result's owner is that it will be met, as a fraction in [0, 1]. Many teams
 * rate on a 1–10 scale (Radical Focus starts every KR at 5/10) or in percent; {@link #ofScale10}
 * and {@link #ofPercent} convert exactly.
 *
 * <pre>{@code
 * Confidence.ofScale10(BigDecimal.valueOf(7)).value(); // 0.7
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Confidence implements Comparable<Confidence> {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Confidence() {}

  /**
   * Returns the confidence as a fraction.
   *
   * @return a value in [0, 1]
   */
  public abstract BigDecimal value();

  @Value.Check
  void checkInvariants() {
    Invariants.require(value().signum() >= 0 && value().compareTo(BigDecimal.ONE) <= 0, "a confidence lies in [0, 1]");
  }

  /**
   * Validates a confidence given as a fraction.
   *
   * @param fraction a value in [0, 1]; may be {@code null}
   * @return the confidence, or an error at the root
   */
  public static Validation<Seq<OkrError>, Confidence> validate(@Nullable BigDecimal fraction) {
    return check(fraction, BigDecimal.ONE, "[0, 1]", BigDecimal.ONE);
  }

  /**
   * Validates a confidence given on a 0–10 scale.
   *
   * @param score a value in [0, 10] with at most 29 decimals, so that its tenth lies in the
   *     number domain; may be {@code null}
   * @return the confidence, or an error at the root
   */
  public static Validation<Seq<OkrError>, Confidence> validateScale10(@Nullable BigDecimal score) {
    return check(score, TEN, "[0, 10]", TEN);
  }

  /**
   * Validates a confidence given in percent.
   *
   * @param percent a value in [0, 100] with at most 28 decimals, so that its hundredth lies in the
   *     number domain; may be {@code null}
   * @return the confidence, or an error at the root
   */
  public static Validation<Seq<OkrError>, Confidence> validatePercent(@Nullable BigDecimal percent) {
    return check(percent, HUNDRED, "[0, 100]", HUNDRED);
  }

  /**
   * Returns the confidence {@code fraction}.
   *
   * @param fraction a value in [0, 1]
   * @return the confidence
   * @throws OkrException if out of range
   */
  public static Confidence of(BigDecimal fraction) {
    return OkrException.getOrThrow(validate(fraction));
  }

  /**
   * Returns the confidence for a score on the 0–10 scale.
   *
   * @param score a value in [0, 10]
   * @return the confidence {@code score / 10}
   * @throws OkrException if out of range
   */
  public static Confidence ofScale10(BigDecimal score) {
    return OkrException.getOrThrow(validateScale10(score));
  }

  /**
   * Returns the confidence for a percentage.
   *
   * @param percent a value in [0, 100]
   * @return the confidence {@code percent / 100}
   * @throws OkrException if out of range
   */
  public static Confidence ofPercent(BigDecimal percent) {
    return OkrException.getOrThrow(validatePercent(percent));
  }

  /**
   * Returns the confidence on the 0–10 scale.
   *
   * @return {@code value() × 10}
   */
  public BigDecimal toScale10() {
    return value().multiply(TEN).stripTrailingZeros();
  }

  /**
   * Returns the confidence in percent.
   *
   * @return {@code value() × 100}
   */
  public BigDecimal toPercent() {
    return value().multiply(HUNDRED).stripTrailingZeros();
  }

  @Override
  public int compareTo(Confidence other) {
    return value().compareTo(other.value());
  }

  private static Validation<Seq<OkrError>, Confidence> check(
      @Nullable BigDecimal given, BigDecimal max, String allowed, BigDecimal divisor) {
    Problems problems = new Problems();
    BigDecimal checked = problems.number(given, OkrPath.root());
    if (checked != null && (checked.signum() < 0 || checked.compareTo(max) > 0)) {
      problems.add(new OkrError.OutOfRange(OkrPath.root(), Numbers.show(checked), allowed));
      return problems.result(() -> null);
    }
    BigDecimal fraction = checked == null || divisor.equals(BigDecimal.ONE) ? checked
        : checked.divide(divisor, Numbers.MATH);
    if (fraction != null && !Numbers.inDomain(fraction)) {
      // the fraction has more decimals than the number given: 1E-30 percent is 1E-32
      int shift = divisor.precision() - 1;
      problems.add(new OkrError.OutOfRange(OkrPath.root(), Numbers.show(checked),
          allowed + " with at most " + (Numbers.MAX_DIGITS - shift) + " decimals"));
    }
    return problems.result(() -> ImmutableConfidence.of(fraction));
  }
}
