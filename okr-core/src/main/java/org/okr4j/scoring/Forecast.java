package org.okr4j.scoring;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

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
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = false)
public abstract class Forecast {

  Forecast() {}

  /**
   * Returns the method used.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract ForecastPolicy.Method method();

  /**
   * Returns the forecast progress at the end of the window.
   *
   * @return the forecast; empty when the method has too little to go on
   */
  @Value.Parameter
  public abstract Option<BigDecimal> progress();

  /**
   * Tells whether the forecast falls below the policy's threshold.
   *
   * @return {@code true} if there is a forecast and it is below {@link ForecastPolicy#willMissBelow()}
   */
  @Value.Parameter
  public abstract boolean willMiss();

  static Forecast of(ForecastPolicy policy, @org.jspecify.annotations.Nullable BigDecimal progress) {
    return ImmutableForecast.of(policy.method(), Option.of(progress),
        progress != null && progress.compareTo(policy.willMissBelow()) < 0);
  }
}
