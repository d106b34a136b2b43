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
import org.okr4j.internal.Problems;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
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
 *
 * @param commitFraction where the commit level lies between baseline (0) and stretch (1); 0.3
 * @param targetFraction where the target lies between baseline (0) and stretch (1); 0.7
 * @param decimals decimals of derived levels, or none to keep them exact; 2
 * @param rounding rounding of derived levels; half-even
 * @param reference the level that counts as 100 %; {@link Reference#TARGET}
 * @param degenerate what a key result whose reference level equals its baseline scores;
 *     {@link Degenerate#REJECT}
 * @param belowBaseline what a value on the wrong side of the baseline scores;
 *     {@link BelowBaseline#KEEP_NEGATIVE}
 * @param missingCurrent what a key result without a current value scores;
 *     {@link MissingCurrent#NOT_SCORED}
 */
public record StretchPolicy(BigDecimal commitFraction, BigDecimal targetFraction, Option<Integer> decimals,
    RoundingMode rounding, Reference reference, Degenerate degenerate, BelowBaseline belowBaseline,
    MissingCurrent missingCurrent) {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final StretchPolicy DEFAULTS = new StretchPolicy(new BigDecimal("0.3"), new BigDecimal("0.7"),
      Option.some(2), RoundingMode.HALF_EVEN, Reference.TARGET, Degenerate.REJECT, BelowBaseline.KEEP_NEGATIVE,
      MissingCurrent.NOT_SCORED);

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

  /**
   * Checks the options.
   *
   * @param commitFraction where the commit level lies, in (0, targetFraction), at most 30 decimals
   * @param targetFraction where the target lies, in (commitFraction, 1), at most 30 decimals
   * @param decimals decimals of derived levels (0 to 30), or none
   * @param rounding rounding of derived levels, not {@code UNNECESSARY}
   * @param reference the level that counts as 100 %
   * @param degenerate the degenerate-baseline rule
   * @param belowBaseline the below-baseline rule
   * @param missingCurrent the missing-value rule
   * @throws OkrException if an option is missing or out of range
   */
  public StretchPolicy {
    commitFraction = Numbers.input(commitFraction, "commitFraction");
    targetFraction = Numbers.input(targetFraction, "targetFraction");
    Args.require(decimals, "decimals");
    Args.require(rounding, "rounding");
    Args.require(reference, "reference");
    Args.require(degenerate, "degenerate");
    Args.require(belowBaseline, "belowBaseline");
    Args.require(missingCurrent, "missingCurrent");
    if (commitFraction.signum() <= 0 || commitFraction.compareTo(targetFraction) >= 0
        || targetFraction.compareTo(BigDecimal.ONE) >= 0) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("commitFraction"),
          Numbers.show(commitFraction) + " < " + Numbers.show(targetFraction), "0 < commit < target < 1")));
    }
    if (decimals.exists(d -> d < 0 || d > Numbers.MAX_DIGITS)) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("decimals"), decimals.get().toString(),
          "[0, " + Numbers.MAX_DIGITS + "]")));
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("rounding"), rounding.name(),
          "any rounding mode but UNNECESSARY")));
    }
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
    return new StretchPolicy(commit, target, decimals, rounding, reference, degenerate, belowBaseline, missingCurrent);
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
    return new StretchPolicy(commitFraction, targetFraction, decimals, rounding, reference, degenerate, belowBaseline,
        missingCurrent);
  }

  /**
   * Returns a copy with another {@link #reference()}.
   *
   * @param reference the new value
   * @return the copy
   * @throws OkrException if {@code reference} is missing
   */
  public StretchPolicy withReference(Reference reference) {
    return new StretchPolicy(commitFraction, targetFraction, decimals, rounding, reference, degenerate, belowBaseline,
        missingCurrent);
  }

  /**
   * Returns a copy with another {@link #degenerate()}.
   *
   * @param degenerate the new value
   * @return the copy
   * @throws OkrException if {@code degenerate} is missing
   */
  public StretchPolicy withDegenerate(Degenerate degenerate) {
    return new StretchPolicy(commitFraction, targetFraction, decimals, rounding, reference, degenerate, belowBaseline,
        missingCurrent);
  }

  /**
   * Returns a copy with another {@link #belowBaseline()}.
   *
   * @param belowBaseline the new value
   * @return the copy
   * @throws OkrException if {@code belowBaseline} is missing
   */
  public StretchPolicy withBelowBaseline(BelowBaseline belowBaseline) {
    return new StretchPolicy(commitFraction, targetFraction, decimals, rounding, reference, degenerate, belowBaseline,
        missingCurrent);
  }

  /**
   * Returns a copy with another {@link #missingCurrent()}.
   *
   * @param missingCurrent the new value
   * @return the copy
   * @throws OkrException if {@code missingCurrent} is missing
   */
  public StretchPolicy withMissingCurrent(MissingCurrent missingCurrent) {
    return new StretchPolicy(commitFraction, targetFraction, decimals, rounding, reference, degenerate, belowBaseline,
        missingCurrent);
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
   *     domain (a given level is checked first, so the arithmetic only ever sees numbers in it)
   */
  public Validation<Seq<OkrError>, StretchLevels> derive(@Nullable BigDecimal baseline, @Nullable BigDecimal commit,
      @Nullable BigDecimal target, @Nullable BigDecimal stretch) {
    Problems checked = new Problems();
    baseline = baseline == null ? null : checked.number(baseline, OkrPath.of("baseline"));
    commit = commit == null ? null : checked.number(commit, OkrPath.of("commit"));
    target = target == null ? null : checked.number(target, OkrPath.of("target"));
    stretch = stretch == null ? null : checked.number(stretch, OkrPath.of("stretch"));
    if (!checked.isEmpty()) {
      return Validation.invalid(checked.errors());
    }
    int given = (baseline == null ? 0 : 1) + (target == null ? 0 : 1) + (stretch == null ? 0 : 1);
    if (given < 2) {
      return Validation.invalid(List.of(new OkrError.Required(
          OkrPath.of(baseline == null ? "baseline" : target == null ? "target" : "stretch"))));
    }
    BigDecimal b = baseline;
    BigDecimal t = target;
    BigDecimal s = stretch;
    if (s == null) {
      s = round(b.add(Decimals.div(t.subtract(b), targetFraction)));
    } else if (b == null) {
      b = round(Decimals.div(t.subtract(targetFraction.multiply(s)), BigDecimal.ONE.subtract(targetFraction)));
    } else if (t == null) {
      t = round(b.add(targetFraction.multiply(s.subtract(b))));
    }
    BigDecimal c = commit != null ? commit : round(b.add(commitFraction.multiply(s.subtract(b))));
    if (t.compareTo(b) == 0 || s.compareTo(b) == 0) {
      if (degenerate == Degenerate.REJECT) {
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
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), Numbers.show(levels[i]), Numbers.DOMAIN));
      } else if (i > 0 && levels[i].compareTo(levels[i - 1]) != dir) {
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), Numbers.show(levels[i]),
            (dir > 0 ? "above " : "below ") + names[i - 1] + " " + Numbers.show(levels[i - 1])));
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
   * {@link #missingCurrent()}; for degenerate levels, {@link #degenerate()}.
   *
   * @param levels the levels
   * @param current the current value, if any; fewer than 1,000 integer digits and at most 1,000
   *     decimals
   * @return the progress, none if not scored
   * @throws OkrException if an argument is missing or the current value is out of range
   */
  public Option<BigDecimal> progress(StretchLevels levels, Option<BigDecimal> current) {
    Args.require(levels, "levels");
    current = Args.require(current, "current").map(c -> Numbers.argument(c, "current"));
    if (current.isEmpty() && missingCurrent == MissingCurrent.NOT_SCORED) {
      return Option.none();
    }
    BigDecimal c = current.getOrElse(levels.baseline());
    BigDecimal ref = reference == Reference.TARGET ? levels.target() : levels.stretch();
    BigDecimal span = ref.subtract(levels.baseline());
    if (span.signum() == 0) {
      return switch (degenerate) {
        case ZERO -> Option.some(BigDecimal.ZERO);
        case HALF -> Option.some(HALF);
        case THRESHOLD -> Option.some(levels.reaches(c, ref) ? BigDecimal.ONE : BigDecimal.ZERO);
        default -> Option.none();
      };
    }
    BigDecimal p = Decimals.div(c.subtract(levels.baseline()), span);
    return Option.some(belowBaseline == BelowBaseline.FLOOR_AT_ZERO && p.signum() < 0 ? BigDecimal.ZERO : p);
  }

  /**
   * Returns the zone of a current value; without a value, the baseline's zone (FAIL unless the
   * levels are degenerate) if {@link #missingCurrent()} is {@link MissingCurrent#BASELINE}, else
   * none.
   *
   * @param levels the levels
   * @param current the current value, if any; fewer than 1,000 integer digits and at most 1,000
   *     decimals
   * @return the zone, none if not scored
   * @throws OkrException if an argument is missing or the current value is out of range
   */
  public Option<Zone> zone(StretchLevels levels, Option<BigDecimal> current) {
    Args.require(levels, "levels");
    current = Args.require(current, "current").map(c -> Numbers.argument(c, "current"));
    if (current.isEmpty()) {
      return missingCurrent == MissingCurrent.BASELINE ? Option.some(levels.zoneOf(levels.baseline())) : Option.none();
    }
    return Option.some(levels.zoneOf(current.get()));
  }

  private BigDecimal round(BigDecimal x) {
    return decimals.isEmpty() ? x : x.setScale(decimals.get(), rounding);
  }
}
