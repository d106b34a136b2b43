package org.okr4j.scoring;

import io.vavr.control.Option;
import java.math.BigDecimal;
import io.vavr.Lazy;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A forecast of progress at the end of a key result's window (for an objective: the roll-up of its
 * key results' forecasts), the method that produced it, the value it projects for the key result's
 * own measure, and whether it falls short of {@link ForecastPolicy#willMissBelow()}. Once the window
 * has closed the forecast is {@link #isFinal() final}: its progress is the progress reached, and it
 * no longer "will miss" (the key result's status says whether it was missed).
 *
 * <pre>{@code
 * Forecast f = card.keyResult(KeyResultId.of("kr-leads")).get().forecast();
 * f.progress();  // Some(1.5): at this pace, 150 % by the end
 * f.willMiss();  // false
 * f.value();     // Some(4500): 3000 leads targeted, 150 % of the way from 0
 * }</pre>
 *
 * <p>Immutable and thread-safe. The number is computed on first use (a scorecard's roll-up does not
 * need it), once; equality, hash code and text are those of the computed value.
 */
public final class Forecast {

  private final ForecastPolicy.Method method;
  private final BigDecimal willMissBelow;
  private final boolean isFinal;
  private final Lazy<Option<BigDecimal>> progress;
  private final Lazy<Option<BigDecimal>> value;

  private Forecast(ForecastPolicy.Method method, BigDecimal willMissBelow, boolean isFinal,
      Lazy<Option<BigDecimal>> progress, Function<BigDecimal, @Nullable BigDecimal> toValue) {
    this.method = method;
    this.willMissBelow = willMissBelow;
    this.isFinal = isFinal;
    this.progress = progress;
    this.value = Lazy.of(() -> progress.get().flatMap(p -> Option.of(toValue.apply(p))));
  }

  /**
   * Returns the method used.
   *
   * @return the method
   */
  public ForecastPolicy.Method method() {
    return method;
  }

  /**
   * Returns the forecast progress at the end of the window.
   *
   * @return the forecast; empty when the method has too little to go on
   */
  public Option<BigDecimal> progress() {
    return progress.get();
  }

  /**
   * Returns the value the key result's measure is projected to reach at the end of its window: for
   * a linear key result {@code b + p̂·(t − b)} (its reference level in place of {@code t} under
   * stretch levels; {@code p̂·t} or {@code t / p̂} under the ratio rule), for an aggregate with a
   * baseline the same from its aggregate value. 3000 leads from 0, forecast 1.5 → 4500.
   *
   * @return the projected value; empty for kinds without a measure (binary, milestones, ordinal,
   *     recurring, thresholds, ranges), for an objective, or without a forecast
   */
  public Option<BigDecimal> value() {
    return value.get();
  }

  /**
   * Tells whether the window has closed, so that the forecast is the outcome itself.
   *
   * @return {@code true} at or after the end of the key result's window (for an objective: of every
   *     key result's)
   */
  public boolean isFinal() {
    return isFinal;
  }

  /**
   * Tells whether the forecast falls below the policy's threshold while there is still time.
   *
   * @return {@code true} if the forecast is not final, there is one, and it is below
   *     {@link ForecastPolicy#willMissBelow()}
   */
  public boolean willMiss() {
    Option<BigDecimal> p = progress();
    return !isFinal && p.isDefined() && p.get().compareTo(willMissBelow) < 0;
  }

  static Forecast of(ForecastPolicy policy, @Nullable BigDecimal progress) {
    return new Forecast(policy.method(), policy.willMissBelow(), false, Lazy.of(() -> Option.of(progress)), p -> null);
  }

  /**
   * A forecast computed by {@code progress} on first use; {@code progress} and {@code toValue} must
   * be pure.
   */
  static Forecast later(ForecastPolicy policy, boolean isFinal, Supplier<@Nullable BigDecimal> progress,
      Function<BigDecimal, @Nullable BigDecimal> toValue) {
    return new Forecast(policy.method(), policy.willMissBelow(), isFinal, Lazy.of(() -> Option.of(progress.get())),
        toValue);
  }

  /**
   * Tells whether {@code other} is a forecast with the same method, progress, value, finality and
   * verdict.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof Forecast f && method == f.method && isFinal == f.isFinal
        && progress().equals(f.progress()) && value().equals(f.value()) && willMiss() == f.willMiss();
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(method, isFinal, progress(), value(), willMiss());
  }

  /**
   * Returns a text of the form {@code Forecast{method=PACE, progress=Some(1.5), willMiss=false}},
   * with {@code , final} before the closing brace once the window has closed.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Forecast{method=" + method + ", progress=" + progress() + ", willMiss=" + willMiss()
        + (isFinal ? ", final}" : "}");
  }
}
