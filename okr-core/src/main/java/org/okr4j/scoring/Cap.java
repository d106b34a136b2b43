package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Bounds applied to a progress value: an optional floor and an optional ceiling. Products differ
 * (docs/conventions.md §1.3): Quantive keeps progress unbounded ({@link #none()}), Oslo's okr-tracker clamps
 * it to [0, 1] ({@link #clamp01()}), Perdoo treats negative values as 0 and caps at 100 % when
 * rolling up, Puzzle and Cascade floor at 0 ({@link #nonNegative()}).
 *
 * <pre>{@code
 * Cap.clamp01().apply(new BigDecimal("1.25"));   // 1
 * Cap.none().apply(new BigDecimal("-0.1667"));   // -0.1667
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cap {

  private static final Cap NONE = ImmutableCap.of(Option.none(), Option.none());
  private static final Cap CLAMP01 = ImmutableCap.of(Option.some(BigDecimal.ZERO), Option.some(BigDecimal.ONE));
  private static final Cap NON_NEGATIVE = ImmutableCap.of(Option.some(BigDecimal.ZERO), Option.none());

  Cap() {}

  /**
   * Returns the lowest value allowed.
   *
   * @return the floor, if any
   */
  public abstract Option<BigDecimal> floor();

  /**
   * Returns the highest value allowed.
   *
   * @return the ceiling, if any
   */
  public abstract Option<BigDecimal> ceiling();

  /**
   * Returns no bounds: progress is reported as computed (Quantive: "not limited … can be out of
   * the 0 % to 100 % range").
   *
   * @return the cap that changes nothing
   */
  public static Cap none() {
    return NONE;
  }

  /**
   * Returns the bounds [0, 1] (Oslo okr-tracker's clamped scale; Perdoo's roll-up).
   *
   * @return the cap to [0, 1]
   */
  public static Cap clamp01() {
    return CLAMP01;
  }

  /**
   * Returns a floor at 0 and no ceiling: negative progress becomes 0 (Puzzle, Cascade).
   *
   * @return the cap that only floors
   */
  public static Cap nonNegative() {
    return NON_NEGATIVE;
  }

  /**
   * Returns a ceiling and no floor, such as 1.75 for a control KPI reported up to 175 %.
   *
   * @param max the ceiling
   * @return the cap
   * @throws OkrException if {@code max} is missing or outside the number domain
   */
  public static Cap atMost(BigDecimal max) {
    return OkrException.getOrThrow(validate(null, Args.require(max, "ceiling")));
  }

  /**
   * Returns the bounds [{@code floor}, {@code ceiling}].
   *
   * @param floor the lowest value
   * @param ceiling the highest value, at least {@code floor}
   * @return the cap
   * @throws OkrException if a bound is missing, outside the number domain or the range is empty
   */
  public static Cap between(BigDecimal floor, BigDecimal ceiling) {
    return OkrException.getOrThrow(validate(Args.require(floor, "floor"), Args.require(ceiling, "ceiling")));
  }

  /**
   * Validates bounds; either may be absent.
   *
   * @param floor the floor, or {@code null} for none
   * @param ceiling the ceiling, or {@code null} for none
   * @return the cap, or every problem ({@code okr.empty-range} at {@code /ceiling} if the ceiling is
   *     below the floor)
   */
  public static Validation<Seq<OkrError>, Cap> validate(@Nullable BigDecimal floor, @Nullable BigDecimal ceiling) {
    Problems problems = new Problems();
    BigDecimal lo = floor == null ? null : problems.number(floor, OkrPath.of("floor"));
    BigDecimal hi = ceiling == null ? null : problems.number(ceiling, OkrPath.of("ceiling"));
    if (lo != null && hi != null && hi.compareTo(lo) < 0) {
      problems.add(new OkrError.EmptyRange(OkrPath.of("ceiling"), lo.toPlainString(), hi.toPlainString()));
    }
    return problems.result(() -> ImmutableCap.of(Option.of(lo), Option.of(hi)));
  }

  /**
   * Moves a progress value into the bounds: with {@link #clamp01()}, 1.25 becomes 1 and −0.2
   * becomes 0.
   *
   * @param progress a progress value
   * @return {@code progress} moved into the bounds; the same instance if already inside
   * @throws org.okr4j.validation.OkrException with {@code okr.required} if an argument is missing
   */
  public BigDecimal apply(BigDecimal progress) {
    Args.require(progress, "progress");
    BigDecimal p = progress;
    if (floor().isDefined() && compare(p, floor().get()) < 0) {
      p = floor().get();
    }
    if (ceiling().isDefined() && compare(p, ceiling().get()) > 0) {
      p = ceiling().get();
    }
    return p;
  }

  /**
   * {@code x.compareTo(y)}, decided by the signs or by the number of digits before the decimal point
   * when those differ, which spares {@code compareTo} scaling a 34-digit value to compare it with
   * 0 or 1.
   */
  static int compare(BigDecimal x, BigDecimal y) {
    int sx = x.signum();
    int sy = y.signum();
    if (sx != sy || sx == 0) {
      return Integer.compare(sx, sy);
    }
    long ex = (long) x.precision() - x.scale();
    long ey = (long) y.precision() - y.scale();
    if (ex != ey) {
      return ex < ey ? -sx : sx;
    }
    return x.compareTo(y);
  }

  /**
   * Tells whether the cap changes nothing.
   *
   * @return {@code true} if there is neither floor nor ceiling
   */
  public boolean isNone() {
    return floor().isEmpty() && ceiling().isEmpty();
  }

  /**
   * Describes the bounds in mathematical notation.
   *
   * @return such as {@code [0, 1]}, {@code [0, ∞)}, {@code (−∞, 1.75]} or {@code (−∞, ∞)}
   */
  public String describe() {
    return floor().map(f -> "[" + Fmt.num(f)).getOrElse("(−∞") + ", "
        + ceiling().map(c -> Fmt.num(c) + "]").getOrElse("∞)");
  }
}
