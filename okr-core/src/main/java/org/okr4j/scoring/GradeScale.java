package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How a grade in [0, 1] is shown: {@link #continuous()} (the default: the progress itself, clamped
 * to [0, 1]), {@link #tenths()} (Google: "grades are rounded to one decimal", 0.0–1.0), or a
 * ladder of agreed {@link #levels(BigDecimal...) levels} such as 0 / 0.3 / 0.7 / 1.0 (Lamorte),
 * where a grade is the highest level reached.
 *
 * <pre>{@code
 * GradeScale.tenths().grade(new BigDecimal("0.6833"));   // 0.7
 * GradeScale.levels(ZERO, new BigDecimal("0.3"), new BigDecimal("0.7"), ONE)
 *     .grade(new BigDecimal("0.65"));                    // 0.3
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GradeScale {

  /** The kinds of grade scale. */
  public enum Kind {
    /** The clamped progress itself. */
    CONTINUOUS,
    /** Rounded to one decimal, half-even. */
    TENTHS,
    /** The highest agreed level reached. */
    LEVELS
  }

  private static final GradeScale CONTINUOUS = ImmutableGradeScale.of(Kind.CONTINUOUS, List.empty());
  private static final GradeScale TENTHS = ImmutableGradeScale.of(Kind.TENTHS, List.empty());

  GradeScale() {}

  /**
   * Returns the kind of scale.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the agreed levels of a {@link Kind#LEVELS} scale, from 0 up.
   *
   * @return the levels; empty for the other kinds
   */
  public abstract Seq<BigDecimal> levels();

  /**
   * Returns the continuous scale: the grade is the progress clamped to [0, 1]. The default.
   *
   * @return the scale
   */
  public static GradeScale continuous() {
    return CONTINUOUS;
  }

  /**
   * Returns Google's scale: the clamped progress rounded to one decimal ({@link Numbers#ROUNDING}).
   *
   * @return the scale
   */
  public static GradeScale tenths() {
    return TENTHS;
  }

  /**
   * Returns a ladder of agreed levels, such as 0, 0.3, 0.7, 1.0 (Lamorte).
   *
   * @param levels the levels, the first 0, strictly increasing, at most 1
   * @return the scale
   * @throws OkrException if the levels are not such a ladder
   */
  public static GradeScale levels(BigDecimal... levels) {
    return OkrException.getOrThrow(validateLevels(levels == null ? null : List.of(levels)));
  }

  /**
   * Validates a ladder of levels.
   *
   * @param levels the levels, the first 0, strictly increasing, at most 1; may be {@code null}
   * @return the scale, or every problem (paths {@code /levels/i})
   */
  public static Validation<Seq<OkrError>, GradeScale> validateLevels(@Nullable Iterable<BigDecimal> levels) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("levels");
    if (!problems.present(levels, path)) {
      return Validation.invalid(problems.errors());
    }
    List<BigDecimal> list = List.ofAll(levels);
    if (list.isEmpty()) {
      problems.add(new OkrError.EmptyCollection(path));
    }
    BigDecimal previous = null;
    java.util.ArrayList<BigDecimal> checked = new java.util.ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      OkrPath at = path.index(i);
      BigDecimal level = problems.number(list.get(i), at);
      if (level == null) {
        continue;
      }
      checked.add(level);
      if (i == 0 && level.signum() != 0) {
        problems.add(new OkrError.OutOfRange(at, Fmt.num(level), "0"));
      } else if (level.compareTo(BigDecimal.ONE) > 0) {
        problems.add(new OkrError.OutOfRange(at, Fmt.num(level), "≤ 1"));
        continue;
      } else if (previous != null && level.compareTo(previous) <= 0) {
        problems.add(new OkrError.OutOfRange(at, Fmt.num(level), "> " + Fmt.num(previous)));
      }
      previous = level;
    }
    return problems.result(() -> ImmutableGradeScale.of(Kind.LEVELS, List.ofAll(checked)));
  }

  /**
   * Returns the grade of a progress value.
   *
   * @param progress a progress value, fewer than 1,000 integer digits and at most 1,000 decimals
   *     (any progress okr4j computes)
   * @return the grade in [0, 1]
   * @throws org.okr4j.validation.OkrException if {@code progress} is missing or out of range
   */
  public BigDecimal grade(BigDecimal progress) {
    return gradeOf(Numbers.argument(progress, "progress"));
  }

  /** {@link #grade} without the argument check, for the scorer's own results. */
  BigDecimal gradeOf(BigDecimal progress) {
    BigDecimal g = Cap.clamp01().apply(progress);
    switch (kind()) {
      case TENTHS:
        return g.setScale(1, Numbers.ROUNDING);
      case LEVELS:
        BigDecimal reached = levels().head();
        for (BigDecimal level : levels()) {
          if (level.compareTo(g) <= 0) {
            reached = level;
          }
        }
        return reached;
      default:
        return g;
    }
  }
}
