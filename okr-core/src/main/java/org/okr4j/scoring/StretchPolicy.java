package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
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
 * (Puzzle OKR's model, and the conventions of products that import from it). Levels not given are
 * derived from the baseline {@code b} and the stretch level {@code s}: commit
 * {@code b + commitFraction·(s − b)}, target {@code b + targetFraction·(s − b)}; any one missing of
 * baseline, target and stretch is solved from the other two. Derivation is exact: b = 0, t = 1
 * gives s = 1 / 0.7 = 1.428571… to 34 significant digits, never a level rounded onto the baseline;
 * round for display with {@link StretchLevels#rounded}.
 *
 * <p>What a key result without a check-in scores, and one whose reference level equals its
 * baseline, are the rules every linear key result follows: {@link ProgressPolicy#noCheckIn()} and
 * {@link ProgressPolicy#degenerate()}.
 *
 * <pre>{@code
 * StretchPolicy policy = StretchPolicy.defaults().withReference(StretchPolicy.Reference.STRETCH);
 * StretchLevels levels = policy.derive(BigDecimal.ZERO, null, null, new BigDecimal("100")).get();
 * // commit 30, target 70, stretch 100
 * Option<Zone> zone = policy.zone(levels, Option.of(new BigDecimal("75")));   // TARGET
 * policy.progress(levels, Option.of(new BigDecimal("75")));                    // 0.75
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class StretchPolicy {

  private static final StretchPolicy DEFAULTS = ImmutableStretchPolicy.builder()
      .commitFraction(new BigDecimal("0.3"))
      .targetFraction(new BigDecimal("0.7"))
      .reference(Reference.TARGET)
      .belowBaseline(BelowBaseline.KEEP_NEGATIVE)
      .build();

  /** The level that counts as 100 % progress. */
  public enum Reference {
    /** Progress {@code (c − b) / (t − b)}: reaching the target is 100 %. */
    TARGET,
    /** Progress {@code (c − b) / (s − b)}: reaching the stretch level is 100 % (Puzzle OKR). */
    STRETCH
  }

  /** What a value on the wrong side of the baseline scores (independent of any cap). */
  public enum BelowBaseline {
    /** Negative progress, as computed. */
    KEEP_NEGATIVE,
    /** Progress 0. */
    FLOOR_AT_ZERO
  }

  StretchPolicy() {}

  /**
   * Returns where the commit level lies between the baseline (0) and the stretch level (1).
   *
   * @return a fraction in (0, {@link #targetFraction()}); 0.3 by default
   */
  public abstract BigDecimal commitFraction();

  /**
   * Returns where the target lies between the baseline (0) and the stretch level (1).
   *
   * @return a fraction in ({@link #commitFraction()}, 1); 0.7 by default
   */
  public abstract BigDecimal targetFraction();

  /**
   * Returns the level that counts as 100 % progress.
   *
   * @return the reference; {@link Reference#TARGET} by default
   */
  public abstract Reference reference();

  /**
   * Returns what a value on the wrong side of the baseline scores.
   *
   * @return the rule; {@link BelowBaseline#KEEP_NEGATIVE} by default
   */
  public abstract BelowBaseline belowBaseline();

  /**
   * Validates a stretch policy.
   *
   * @param commitFraction where the commit level lies, in (0, targetFraction); may be {@code null}
   * @param targetFraction where the target lies, in (commitFraction, 1); may be {@code null}
   * @param reference the level that counts as 100 %; may be {@code null}
   * @param belowBaseline the below-baseline rule; may be {@code null}
   * @return the policy, or every problem ({@code okr.required} at the option's name,
   *     {@code okr.out-of-range} at {@code /commitFraction} for fractions not in
   *     {@code 0 < commit < target < 1} or outside the number domain)
   */
  public static Validation<Seq<OkrError>, StretchPolicy> validate(@Nullable BigDecimal commitFraction,
      @Nullable BigDecimal targetFraction, @Nullable Reference reference, @Nullable BelowBaseline belowBaseline) {
    Problems problems = new Problems();
    BigDecimal cf = problems.number(commitFraction, OkrPath.of("commitFraction"));
    BigDecimal tf = problems.number(targetFraction, OkrPath.of("targetFraction"));
    problems.present(reference, OkrPath.of("reference"));
    problems.present(belowBaseline, OkrPath.of("belowBaseline"));
    if (cf != null && tf != null && (cf.signum() <= 0 || cf.compareTo(tf) >= 0 || tf.compareTo(BigDecimal.ONE) >= 0)) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("commitFraction"),
          Fmt.num(cf) + " < " + Fmt.num(tf), "0 < commit < target < 1"));
    }
    return problems.result(() -> ImmutableStretchPolicy.of(cf, tf, reference, belowBaseline));
  }

  /**
   * Returns the defaults: fractions 0.3 and 0.7, the target as reference, negative progress kept.
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
    return OkrException.getOrThrow(validate(commit, target, reference(), belowBaseline()));
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
   * Derives the missing levels and checks their order. At least two of baseline, target and stretch
   * are needed; with all three given they are kept. Missing ones are solved, exactly (34
   * significant digits where the quotient does not terminate), from
   * {@code t = b + targetFraction·(s − b)}: {@code s = b + (t − b) / targetFraction},
   * {@code b = (t − targetFraction·s) / (1 − targetFraction)}; then a missing commit is
   * {@code b + commitFraction·(s − b)}. The levels must then be strictly ordered
   * ({@code b < c < t < s}, or reversed for a decreasing key result). A key result whose target
   * and stretch level both equal its baseline is degenerate: every level is the baseline
   * ({@link StretchLevels#isDegenerate()}), and what it scores is {@link ProgressPolicy#degenerate()}.
   *
   * <p>Example: b = 0, s = 100 → commit 30, target 70; decreasing b = 10, s = 0 → commit 7, target
   * 3; b = 0, t = 0.001 → s = 0.001 / 0.7 = 0.001428571…, commit 0.0004285714….
   *
   * @param baseline the baseline, or {@code null} to derive it
   * @param commit the commit level, or {@code null} to derive it
   * @param target the target, or {@code null} to derive it
   * @param stretch the stretch level, or {@code null} to derive it
   * @return the levels, or every problem: {@code okr.required} under each of {@code /baseline},
   *     {@code /target} and {@code /stretch} that is missing when fewer than two of them are given;
   *     {@code okr.out-of-range} for a given level outside the number domain, a derived level
   *     whose integer part is too large, and each level out of order
   */
  public Validation<Seq<OkrError>, StretchLevels> derive(@Nullable BigDecimal baseline, @Nullable BigDecimal commit,
      @Nullable BigDecimal target, @Nullable BigDecimal stretch) {
    String[] names = {"baseline", "commit", "target", "stretch"};
    BigDecimal[] given = {baseline, commit, target, stretch};
    Seq<OkrError> errors = List.empty();
    int count = (baseline == null ? 0 : 1) + (target == null ? 0 : 1) + (stretch == null ? 0 : 1);
    for (int i = 0; i < given.length; i++) {
      if (given[i] == null && i != 1 && count < 2) {
        errors = errors.append(new OkrError.Required(OkrPath.of(names[i])));
      } else if (given[i] != null && !Numbers.inDomain(given[i])) {
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), Numbers.show(given[i]), Numbers.DOMAIN));
      }
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    BigDecimal tf = targetFraction();
    BigDecimal b = baseline;
    BigDecimal t = target;
    BigDecimal s = stretch;
    if (s == null) {
      s = b.add(Decimals.div(t.subtract(b), tf), Numbers.MATH);
    } else if (b == null) {
      b = Decimals.div(t.subtract(tf.multiply(s)), BigDecimal.ONE.subtract(tf));
    } else if (t == null) {
      t = b.add(tf.multiply(s.subtract(b)), Numbers.MATH);
    }
    if (t.compareTo(b) == 0 && s.compareTo(b) == 0 && (commit == null || commit.compareTo(b) == 0)) {
      return Validation.valid(new StretchLevels(b, b, b, b));
    }
    BigDecimal c = commit != null ? commit : b.add(commitFraction().multiply(s.subtract(b)), Numbers.MATH);
    int dir = s.compareTo(b) != 0 ? s.compareTo(b) : t.compareTo(b);
    BigDecimal[] levels = {b, c, t, s};
    for (int i = 0; i < levels.length; i++) {
      if (given[i] == null && !fits(levels[i])) {
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), Numbers.show(levels[i]), Numbers.DOMAIN));
      } else if (i > 0 && levels[i].compareTo(levels[i - 1]) != dir) {
        errors = errors.append(new OkrError.OutOfRange(OkrPath.of(names[i]), Numbers.show(levels[i]),
            (dir > 0 ? "above " : "below ") + names[i - 1] + " " + Numbers.show(levels[i - 1])));
      }
    }
    return errors.isEmpty() ? Validation.valid(new StretchLevels(b, c, t, s)) : Validation.invalid(errors);
  }

  /** A derived level fits when its integer part does; its decimals are those of an exact quotient. */
  private static boolean fits(BigDecimal level) {
    return (long) level.precision() - level.scale() <= Numbers.MAX_DIGITS;
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
   * {@link #reference()} level, then {@link #belowBaseline()}. Levels at 30 / 70 / 100 from 0 with
   * the stretch level as reference: c = 75 gives 0.75; with the target as reference 75 / 70.
   *
   * @param levels the levels
   * @param current the current value, if any; fewer than 1,000 integer digits and at most 1,000
   *     decimals
   * @return the progress; none without a current value (what that scores is
   *     {@link ProgressPolicy#noCheckIn()}) or when the reference level equals the baseline (what
   *     that scores is {@link ProgressPolicy#degenerate()})
   * @throws OkrException if an argument or a level is missing, or the current value or a level is
   *     outside the number domain
   */
  public Option<BigDecimal> progress(StretchLevels levels, Option<BigDecimal> current) {
    Args.require(levels, "levels").checked();
    current = Args.require(current, "current").map(c -> Numbers.argument(c, "current"));
    BigDecimal span = reference(levels).subtract(levels.baseline());
    if (current.isEmpty() || span.signum() == 0) {
      return Option.none();
    }
    BigDecimal p = Decimals.div(current.get().subtract(levels.baseline()), span);
    return Option.some(belowBaseline() == BelowBaseline.FLOOR_AT_ZERO && p.signum() < 0 ? BigDecimal.ZERO : p);
  }

  /**
   * Returns the level that counts as 100 % among {@code levels}.
   *
   * @param levels the levels
   * @return the target or the stretch level, as {@link #reference()} says
   * @throws OkrException if {@code levels} or a level is missing, or a level is outside the number
   *     domain
   */
  public BigDecimal reference(StretchLevels levels) {
    Args.require(levels, "levels").checked();
    return reference() == Reference.TARGET ? levels.target() : levels.stretch();
  }

  /**
   * Returns the zone of a current value.
   *
   * @param levels the levels
   * @param current the current value, if any; fewer than 1,000 integer digits and at most 1,000
   *     decimals
   * @return the zone, none without a current value
   * @throws OkrException if an argument or a level is missing, or the current value or a level is
   *     outside the number domain
   */
  public Option<Zone> zone(StretchLevels levels, Option<BigDecimal> current) {
    Args.require(levels, "levels").checked();
    current = Args.require(current, "current").map(c -> Numbers.argument(c, "current"));
    return current.map(levels::zoneOf);
  }
}
