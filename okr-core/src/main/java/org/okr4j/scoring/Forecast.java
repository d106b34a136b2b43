package org.okr4j.scoring;

import io.vavr.control.Option;
import java.math.BigDecimal;
import io.vavr.Lazy;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A forecast of progress at the end of a key result's window (for an objective: the roll-up of its
 * key results' forecasts), the method that produced it, and whether it falls short of
 * {@link ForecastPolicy#willMissBelow()}.
 *
 * <pre>{@code
 * Forecast f = card.keyResult(KeyResultId.of("kr-leads")).get().forecast();
 * f.progress();  // Some(1.5): at this pace, 150 % by the end
 * f.willMiss();  // false
 * }</pre>
 *
 * <p>Immutable and thread-safe. The number is computed on first use (a scorecard's roll-up does not
 * need it), once; equality, hash code and text are those of the computed value.
 */
public final class Forecast {

  private final ForecastPolicy.Method method;
  private final BigDecimal willMissBelow;
  private final Lazy<Option<BigDecimal>> progress;

  private Forecast(ForecastPolicy.Method method, BigDecimal willMissBelow, Lazy<Option<BigDecimal>> progress) {
    this.method = method;
    this.willMissBelow = willMissBelow;
    this.progress = progress;
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
   * Tells whether the forecast falls below the policy's threshold.
   *
   * @return {@code true} if there is a forecast and it is below {@link ForecastPolicy#willMissBelow()}
   */
  public boolean willMiss() {
    Option<BigDecimal> p = progress();
    return p.isDefined() && p.get().compareTo(willMissBelow) < 0;
  }

  static Forecast of(ForecastPolicy policy, @Nullable BigDecimal progress) {
    return new Forecast(policy.method(), policy.willMissBelow(), Lazy.of(() -> Option.of(progress)));
  }

  /** A forecast computed by {@code progress} on first use; {@code progress} must be pure. */
  static Forecast later(ForecastPolicy policy, Supplier<@Nullable BigDecimal> progress) {
    return new Forecast(policy.method(), policy.willMissBelow(), Lazy.of(() -> Option.of(progress.get())));
  }

  /**
   * Tells whether {@code other} is a forecast with the same method, progress and verdict.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof Forecast f && method == f.method
        && progress().equals(f.progress()) && willMiss() == f.willMiss();
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(method, progress(), willMiss());
  }

  /**
   * Returns a text of the form {@code Forecast{method=PACE, progress=Some(1.5), willMiss=false}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Forecast{method=" + method + ", progress=" + progress() + ", willMiss=" + willMiss() + "}";
  }
}
