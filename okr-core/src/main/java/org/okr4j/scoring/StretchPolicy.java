package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.immutables.value.Value;
import org.okr4j.validation.OkrPath;

/**
 * How commit / target / stretch levels are derived and how a key result is scored against them
 * (Puzzle OKR's model and the conventions of products that import from it). Levels not given are
 * derived from the baseline {@code b} and the stretch level {@code s}: commit
 * {@code b + commitFraction·(s − b)}, target {@code b + targetFraction·(s − b)}; any one missing of
 * baseline, target and stretch is solved from the other two. Derived values are rounded to
 * {@link #decimals()} decimals with {@link #rounding()}.
 *
 * <pre>{@code
 * StretchPolicy policy = StretchPolicy.defaults().withReference(StretchPolicy.Reference.STRETCH);
 * StretchLevels levels = policy.derive(BigDecimal.ZERO, null, null, new BigDecimal("100")).get();
 * // commit 30, target 70, stretch 100
 * Option<Zone> zone = policy.zone(levels, Option.of(new BigDecimal("75")));   // TARGET
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class StretchPolicy {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final StretchPolicy DEFAULTS = ImmutableStretchPolicy.builder()
      .commitFraction(new BigDecimal("0.3"))
      .targetFraction(new BigDecimal("0.7"))
      .decimals(Option.some(2))
      .rounding(RoundingMode.HALF_EVEN)
      .reference(Reference.TARGET)
      .degenerate(Degenerate.REJECT)
      .belowBaseline(BelowBaseline.KEEP_NEGATIVE)
      .missingCurrent(MissingCurrent.NOT_SCORED)
      .build();

  /** The level that counts as 100 % progress. */
  public enum Reference {
    /** Progress {@code (c − b) / (t − b)}: reaching the target is 100 %. */
    TARGET,
    /** Progress {@code (c − b) / (s − b)}: reaching the stretch level is 100 % (Puzzle OKR). */
    STRETCH
  }

  /** What a key result whose reference level equals its baseline scores. */
  public enum Degenerate {
    /** Refused by {@link #derive}: {@code okr.key-result.target-equals-baseline}. */
    REJECT,
    /** Progress 0. */
    ZERO,
    /** Progress 0.5. */
    HALF,
    /** Not scored. */
    NOT_SCORED,
    /** 1 when the current value meets the reference level, else 0. */
    THRESHOLD
  }

  /** What a value on the wrong side of the baseline scores (independent of any cap). */
  public enum BelowBaseline {
    /** Negative progress, as computed. */
    KEEP_NEGATIVE,
    /** Progress 0. */
    FLOOR_AT_ZERO
  }

  /** What a key result without a current value scores. */
  public enum MissingCurrent {
    /** Not scored, and in no zone. */
    NOT_SCORED,
    /** The current value is the baseline: progress 0 (zone FAIL). */
    BASELINE
  }

  StretchPolicy() {}

  /**
   * Returns where the commit level lies between the baseline (0) and the stretch level (1).
   *
   * @return a fraction in (0, {@link #targetFraction()}); 0.3 by default
   */
  @Value.Parameter
  public abstract BigDecimal commitFraction();

  /**
   * Returns where the target lies between the baseline (0) and the stretch level (1).
   *
   * @return a fraction in ({@link #commitFraction()}, 1); 0.7 by default
   */
  @Value.Parameter
  public abstract BigDecimal targetFraction();

  /**
   * Returns the decimals derived levels are rounded to.
   *
   * @return 0 to 30 decimals, or none to keep derived levels exact; 2 by default
   */
  @Value.Parameter
  public abstract Option<Integer> decimals();

  /**
   * Returns how derived levels are rounded.
   *
   * @return any rounding mode but {@code UNNECESSARY}; half-even by default
   */
  @Value.Parameter
  public abstract RoundingMode rounding();

  /**
   * Returns the level that counts as 100 % progress.
   *
   * @return the reference; {@link Reference#TARGET} by default
   */
  @Value.Parameter
  public abstract Reference reference();

  /**
   * Returns what a key result whose reference level equals its baseline scores.
   *
   * @return the rule; {@link Degenerate#REJECT} by default
   */
  @Value.Parameter
  public abstract Degenerate degenerate();

  /**
   * Returns what a value on the wrong side of the baseline scores.
   *
   * @return the rule; {@link BelowBaseline#KEEP_NEGATIVE} by default
   */
  @Value.Parameter
  public abstract BelowBaseline belowBaseline();

  /**
   * Returns what a key result without a current value scores.
   *
   * @return the rule; {@link MissingCurrent#NOT_SCORED} by default
   */
  @Value.Parameter
  public abstract MissingCurrent missingCurrent();

  /**
   * Validates a stretch policy.
   *
   * @param commitFraction where the commit level lies, in (0, targetFraction); may be {@code null}
   * @param targetFraction where the target lies, in (commitFraction, 1); may be {@code null}
   * @param decimals decimals of derived levels (0 to 30), or none; may be {@code null}
   * @param rounding rounding of derived levels, not {@code UNNECESSARY}; may be {@code null}
   * @param reference the level that counts as 100 %; may be {@code null}
   * @param degenerate the degenerate-baseline rule; may be {@code null}
   * @param belowBaseline the below-baseline rule; may be {@code null}
   * @param missingCurrent the missing-value rule; may be {@code null}
   * @return the policy, or every problem ({@code okr.required} at the option's name,
   *     {@code okr.out-of-range} at {@code /commitFraction}, {@code /decimals}, {@code /rounding})
   */
  public static Validation<Seq<OkrError>, StretchPolicy> validate(@Nullable BigDecimal commitFraction,
      @Nullable BigDecimal targetFraction, @Nullable Option<Integer> decimals, @Nullable RoundingMode rounding,
      @Nullable Reference reference, @Nullable Degenerate degenerate, @Nullable BelowBaseline belowBaseline,
      @Nullable MissingCurrent missingCurrent) {
    org.okr4j.internal.Problems problems = new org.okr4j.internal.Problems();
    problems.present(commitFraction, OkrPath.of("commitFraction"));
    problems.present(targetFraction, OkrPath.of("targetFraction"));
    problems.present(decimals, OkrPath.of("decimals"));
    problems.present(rounding, OkrPath.of("rounding"));
    problems.present(reference, OkrPath.of("reference"));
    problems.present(degenerate, OkrPath.of("degenerate"));
    problems.present(belowBaseline, OkrPath.of("belowBaseline"));
    problems.present(missingCurrent, OkrPath.of("missingCurrent"));
    if (problems.isEmpty()) {
      check(commitFraction, targetFraction, decimals, rounding).forEach(problems::add);
    }
    return problems.result(() -> ImmutableStretchPolicy.of(commitFraction, targetFraction, decimals, rounding,
        reference, degenerate, belowBaseline, missingCurrent));
  }

  /** Checks the fractions, decimals and rounding of a policy about to be built. */
  private static Seq<OkrError> check(BigDecimal commitFraction, BigDecimal targetFraction, Option<Integer> decimals,
      RoundingMode rounding) {
    Seq<OkrError> errors = List.empty();
    if (commitFraction.signum() <= 0 || commitFraction.compareTo(targetFraction) >= 0
        || targetFraction.compareTo(BigDecimal.ONE) >= 0) {
      errors = errors.append(new OkrError.OutOfRange(OkrPath.of("commitFraction"),
          commitFraction.toPlainString() + " < " + targetFraction.toPlainString(), "0 < commit < target < 1"));
    }
    if (decimals.exists(d -> d < 0 || d > Numbers.MAX_DIGITS)) {
      errors = errors.append(new OkrError.OutOfRange(OkrPath.of("decimals"), decimals.get().toString(),
          "[0, " + Numbers.MAX_DIGITS + "]"));
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      errors = errors.append(new OkrError.OutOfRange(OkrPath.of("rounding"), rounding.name(),
          "any rounding mode but UNNECESSARY"));
    }
    return errors;
  }

  /**
   * Returns the defaults: fractions 0.3 and 0.7, derived levels rounded half-even to 2 decimals,
   * the target as reference, degenerate key results rejected, negative progress kept, no current
   * value not scored.
   *
   * @return the defaults
   */
  public static StretchPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns Puzzle OKR's conventions: the stretch level is 100 %, values below the baseline score
   * 0 (Puzzle floors progress at 0), otherwise the defaults.
   *
   * @return the preset
   */
  public static StretchPolicy puzzle() {
    return DEFAULTS.withReference(Reference.STRETCH).withBelowBaseline(BelowBaseline.FLOOR_AT_ZERO);
  }

  /**
   * Returns a copy with other fractions.
   *
   * @param commit where the commit level lies, in (0, target)
   * @param target where the target lies, in (commit, 1)
   * @return the copy
   * @throws OkrException if a fraction is missing or out of range
   */
  public StretchPolicy withFractions(BigDecimal commit, BigDecimal target) {
    Args.require(commit, "commitFraction");
    Args.require(target, "targetFraction");
    Seq<OkrError> errors = check(commit, target, decimals(), rounding());
    if (!errors.isEmpty()) {
      throw new OkrException(errors);
    }
    return ImmutableStretchPolicy.builder().from(this).commitFraction(commit).targetFraction(target).build();
  }

  /**
   * Returns a copy with another rounding of derived levels.
   *
   * @param decimals decimals (0 to 30), or none to keep derived levels exact
   * @param rounding the rounding mode, not {@code UNNECESSARY}
   * @return the copy
   * @throws OkrException if an argument is missing or out of range
   */
  public StretchPolicy withRounding(Option<Integer> decimals, RoundingMode rounding) {
    Args.require(decimals, "decimals");
    Args.require(rounding, "rounding");
    Seq<OkrError> errors = check(commitFraction(), targetFraction(), decimals, rounding);
    if (!errors.isEmpty()) {
      throw new OkrException(errors);
    }
    return ImmutableStretchPolicy.builder().from(this).decimals(decimals).rounding(rounding).build();
  }

  /**
   * Returns a copy with another {@link #reference()}.
   *
   * @param reference the new value
   * @return the copy
   * @throws OkrException if {@code reference} is missing
   */
  public StretchPolicy withReference(Reference reference) {
    return ImmutableStretchPolicy.copyOf(this).copyWithReference(Args.require(reference, "reference"));
  }

  /**
   * Returns a copy with another {@link #degenerate()}.
   *
   * @param degenerate the new value
   * @return the copy
   * @throws OkrException if {@code degenerate} is missing
   */
  public StretchPolicy withDegenerate(Degenerate degenerate) {
    return ImmutableStretchPolicy.copyOf(this).copyWithDegenerate(Args.require(degenerate, "degenerate"));
  }

  /**
   * Returns a copy with another {@link #belowBaseline()}.
   *
   * @param belowBaseline the new value
   * @return the copy
   * @throws OkrException if {@code belowBaseline} is missing
   */
  public StretchPolicy withBelowBaseline(BelowBaseline belowBaseline) {
    return ImmutableStretchPolicy.copyOf(this).copyWithBelowBaseline(Args.require(belowBaseline, "belowBaseline"));
  }

  /**
   * Returns a copy with another {@link #missingCurrent()}.
   *
   * @param missingCurrent the new value
   * @return the copy
   * @throws OkrException if {@code missingCurrent} is missing
   */
  public StretchPolicy withMissingCurrent(MissingCurrent missingCurrent) {
    return ImmutableStretchPolicy.copyOf(this).copyWithMissingCurrent(Args.require(missingCurrent, "missingCurrent"));
  }

  /**
   * Derives the missing levels and checks their order. At least two of baseline, target and stretch
   * are needed; with all three given they are kept. Missing ones are solved from
   * {@code t = b + targetFraction·(s − b)}: {@code s = b + (t − b) / targetFraction},
   * {@code b = (t − targetFraction·s) / (1 − targetFraction)}; then a missing commit is
   * {@code b + commitFraction·(s − b)}. The levels must then be strictly ordered
   * ({@code b < c < t < s} or reversed); a key result whose target or stretch level equals its
   * baseline is accepted, all its levels set to the baseline, only if {@link #degenerate()} is not
   * {@link Degenerate#REJECT}.
   *
   * @param baseline the baseline, or {@code null} to derive it
   * @param commit the commit level, or {@code null} to derive it
   * @param target the target, or {@code null} to derive it
   * @param stretch the stretch level, or {@code null} to derive it
   * @return the levels, or the problems: {@code okr.required} under {@code /target} when fewer than
   *     two of baseline, target and stretch are given, {@code okr.key-result.target-equals-baseline}
   *     ({@code /target}), {@code okr.out-of-range} for a level out of order or outside the number
   *     domain
   */
  public Validation<Seq<OkrError>, StretchLevels> derive(@Nullable BigDecimal baseline, @Nullable BigDecimal commit,
      @Nullable BigDecimal target, @Nullable BigDecimal stretch) {
    int given = (baseline == null ? 0 : 1) + (target == null ? 0 : 1) + (stretch == null ? 0 : 1);
    if (given < 2) {
      return Validation.invalid(List.of(new OkrError.Required(
          OkrPath.of(baseline == null ? "baseline" : target == null ? "target" : "stretch"))));
    }
    BigDecimal b = baseline;
    BigDecimal t = target;
    BigDecimal s = stretch;
    if (s == null) {
      s = round(b.add(Decimals.div(t.subtract(b), targetFraction())));
    } else if (b == null) {
      b = round(Decimals.div(t.subtract(targetFraction().multiply(s)), BigDecimal.ONE.subtract(targetFraction())));
    } else if (t == null) {
      t = round(b.add(targetFraction().multiply(s.subtract(b))));
    }
    BigDecimal c = commit != null ? commit : round(b.add(commitFraction().multiply(s.subtract(b))));
    if (t.compareTo(b) == 0 || s.compareTo(b) == 0) {
      if (degenerate() == Degenerate.REJECT) {
        return Validation.invalid(List.of(new OkrError.TargetEqualsBaseline(
            OkrPath.of(target != null && t.compareTo(b) == 0 ? "target" : "stretch"), b)));
      }
      return Validation.valid(new StretchLevels(b, b, b, b));
    }
    int dir = s.compareTo(b);
    Seq<OkrError> errors = List.empty();
    BigDecimal[] levels = {b, c, t, s};
    String[] names = {"baseline", "commit", "target", "stretch"};
    for (int i = 0; i < levels.length; i++) {
      if (!Numbers.inDomain(levels[i])) {
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), levels[i].toString(), Numbers.DOMAIN));
      } else if (i > 0 && levels[i].compareTo(levels[i - 1]) != dir) {
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), levels[i].toPlainString(),
            (dir > 0 ? "above " : "below ") + names[i - 1] + " " + levels[i - 1].toPlainString()));
      }
    }
    return errors.isEmpty() ? Validation.valid(new StretchLevels(b, c, t, s)) : Validation.invalid(errors);
  }

  /**
   * Derives the levels of a linear metric: its baseline and target, with its declared commit and
   * stretch levels ({@link LinearMetric#commit()}, {@link LinearMetric#stretch()}) or, where not
   * declared, levels derived from them.
   *
   * @param metric the metric
   * @return the levels, or the problems of {@link #derive}
   * @throws OkrException if {@code metric} is missing
   */
  public Validation<Seq<OkrError>, StretchLevels> derive(LinearMetric metric) {
    Args.require(metric, "metric");
    return derive(metric.baseline(), metric.commit().getOrNull(), metric.targetValue(), metric.stretch().getOrNull());
  }

  /**
   * Returns a key result's current value: the value of its latest measurement at or before
   * {@code asOf}.
   *
   * @param keyResult the key result
   * @param asOf the instant of evaluation
   * @return the value, none without a measurement
   * @throws OkrException if an argument is missing
   */
  public static Option<BigDecimal> currentValue(KeyResult keyResult, Instant asOf) {
    Args.require(keyResult, "keyResult");
    Args.require(asOf, "asOf");
    return keyResult.checkInsAsOf(asOf).reverse().map(c -> c.data())
        .find(d -> d instanceof CheckInData.Measurement)
        .map(d -> ((CheckInData.Measurement) d).value());
  }

  /**
   * Returns the progress of a current value: {@code (c − b) / (ref − b)} with {@code ref} the
   * {@link #reference()} level, then {@link #belowBaseline()}; without a value,
   * {@link #missingCurrent()}; for degenerate() levels, {@link #degenerate()}.
   *
   * @param levels the levels
   * @param current the current value, if any
   * @return the progress, none if not scored
   * @throws OkrException if an argument is missing
   */
  public Option<BigDecimal> progress(StretchLevels levels, Option<BigDecimal> current) {
    Args.require(levels, "levels");
    Args.require(current, "current");
    if (current.isEmpty() && missingCurrent() == MissingCurrent.NOT_SCORED) {
      return Option.none();
    }
    BigDecimal c = current.getOrElse(levels.baseline());
    BigDecimal ref = reference() == Reference.TARGET ? levels.target() : levels.stretch();
    BigDecimal span = ref.subtract(levels.baseline());
    if (span.signum() == 0) {
      return switch (degenerate()) {
        case ZERO -> Option.some(BigDecimal.ZERO);
        case HALF -> Option.some(HALF);
        case THRESHOLD -> Option.some(levels.reaches(c, ref) ? BigDecimal.ONE : BigDecimal.ZERO);
        default -> Option.none();
      };
    }
    BigDecimal p = Decimals.div(c.subtract(levels.baseline()), span);
    return Option.some(belowBaseline() == BelowBaseline.FLOOR_AT_ZERO && p.signum() < 0 ? BigDecimal.ZERO : p);
  }

  /**
   * Returns the zone of a current value; without a value, the baseline's zone (FAIL unless the
   * levels are degenerate()) if {@link #missingCurrent()} is {@link MissingCurrent#BASELINE}, else
   * none.
   *
   * @param levels the levels
   * @param current the current value, if any
   * @return the zone, none if not scored
   * @throws OkrException if an argument is missing
   */
  public Option<Zone> zone(StretchLevels levels, Option<BigDecimal> current) {
    Args.require(levels, "levels");
    Args.require(current, "current");
    if (current.isEmpty()) {
      return missingCurrent() == MissingCurrent.BASELINE ? Option.some(levels.zoneOf(levels.baseline())) : Option.none();
    }
    return Option.some(levels.zoneOf(current.get()));
  }

  private BigDecimal round(BigDecimal x) {
    return decimals().isEmpty() ? x : x.setScale(decimals().get(), rounding());
  }
}
