package org.okr4j.scoring;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How progress is forecast to the end of a key result's window (docs/conventions.md §4). No product
 * publishes its formula (WorkBoard describes "current course and speed"), so each method is a
 * convention: F1 {@link Method#PACE} {@code p̂ = a / e} (the default), F2
 * {@link Method#LEAST_SQUARES} over the check-ins, F3 {@link Method#LAST_TWO} check-ins. A forecast
 * "will miss" when {@code p̂ < } {@link #willMissBelow()} (1 by default). An objective's forecast
 * rolls up its key results' forecasts with the roll-up policy.
 *
 * <pre>{@code
 * ForecastPolicy lsq = ForecastPolicy.defaults().withMethod(ForecastPolicy.Method.LEAST_SQUARES);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class ForecastPolicy {

  /** Forecast methods; every point is (share of the window elapsed, raw progress then). */
  public enum Method {
    /** No forecast. */
    NONE,
    /**
     * F1, pace from the origin: {@code p̂ = a / e}, the current progress divided by the expected
     * progress; none while nothing is expected. The default.
     */
    PACE,
    /**
     * F2, the least-squares line through (time fraction, progress) of every check-in, evaluated at
     * the window's end; needs two check-ins at different instants.
     */
    LEAST_SQUARES,
    /**
     * F3, the line through the last two check-ins, evaluated at the window's end; needs two
     * check-ins at different instants.
     */
    LAST_TWO
  }

  private static final ForecastPolicy DEFAULTS = ImmutableForecastPolicy.builder()
      .method(Method.PACE)
      .willMissBelow(BigDecimal.ONE)
      .build();

  ForecastPolicy() {}

  /**
   * Returns the forecast method: pace from the origin (default), least squares, or the last two
   * check-ins.
   *
   * @return the method; {@link Method#PACE} by default
   */
  public abstract Method method();

  /**
   * Returns the forecast below which a key result or objective "will miss": 1 by default (the
   * target), or a chosen band such as 0.7.
   *
   * @return the threshold; 1 by default
   */
  public abstract BigDecimal willMissBelow();

  /**
   * Returns the default forecast policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static ForecastPolicy defaults() {
    return DEFAULTS;
  }



  /**
   * Returns a copy with another {@link #method()}.
   *
   * @param method the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code method} is missing
   */
  public ForecastPolicy withMethod(Method method) {
    return ImmutableForecastPolicy.copyOf(this).copyWithMethod(Args.require(method, "method"));
  }

  /**
   * Returns a copy with another "will miss" threshold.
   *
   * @param threshold the forecast below which the target will be missed
   * @return the copy
   * @throws OkrException if the threshold is missing or outside the number domain
   */
  public ForecastPolicy withWillMissBelow(BigDecimal threshold) {
    Problems problems = new Problems();
    BigDecimal t = problems.number(threshold, OkrPath.of("willMissBelow"));
    return OkrException.getOrThrow(problems.result(() -> ImmutableForecastPolicy.copyOf(this).copyWithWillMissBelow(t)));
  }
}
