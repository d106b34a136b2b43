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
 * One band of a {@link Bands} scale: a label, a colour and the lower bound from which a value
 * belongs to it, inclusive ({@code ≥}) or exclusive ({@code >}). The lowest band of a scale has no
 * lower bound.
 *
 * <pre>{@code
 * Band yellow = Band.from("yellow", Colour.YELLOW, new BigDecimal("0.4")); // grade ≥ 0.4
 * Band commit = Band.above("commit", Colour.YELLOW, new BigDecimal("0.3")); // grade > 0.3
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Band {

  Band() {}

  /**
   * Returns the band's name, such as {@code green} or {@code stretch}.
   *
   * @return the label, not blank
   */
  public abstract String label();

  /**
   * Returns the band's colour.
   *
   * @return the colour
   */
  public abstract Colour colour();

  /**
   * Returns the lower bound of the band.
   *
   * @return the bound; empty for the lowest band of a scale
   */
  public abstract Option<BigDecimal> lowerBound();

  /**
   * Tells whether a value equal to {@link #lowerBound()} belongs to this band.
   *
   * @return {@code true} for {@code ≥}, {@code false} for {@code >}
   */
  public abstract boolean inclusive();

  /**
   * Returns the lowest band of a scale, which has no lower bound.
   *
   * @param label the name
   * @param colour the colour
   * @return the band
   * @throws OkrException if the label is missing or blank, or the colour is missing
   */
  public static Band lowest(String label, Colour colour) {
    return OkrException.getOrThrow(validate(label, colour, null, true));
  }

  /**
   * Returns a band for values at or above {@code bound}.
   *
   * @param label the name
   * @param colour the colour
   * @param bound the inclusive lower bound
   * @return the band
   * @throws OkrException if an input is missing or invalid
   */
  public static Band from(String label, Colour colour, BigDecimal bound) {
    return OkrException.getOrThrow(validate(label, colour, Args.require(bound, "lowerBound"), true));
  }

  /**
   * Returns a band for values strictly above {@code bound}.
   *
   * @param label the name
   * @param colour the colour
   * @param bound the exclusive lower bound
   * @return the band
   * @throws OkrException if an input is missing or invalid
   */
  public static Band above(String label, Colour colour, BigDecimal bound) {
    return OkrException.getOrThrow(validate(label, colour, Args.require(bound, "lowerBound"), false));
  }

  /**
   * Validates a band.
   *
   * @param label the name, may be {@code null}
   * @param colour the colour, may be {@code null}
   * @param lowerBound the lower bound, or {@code null} for the lowest band
   * @param inclusive whether the bound itself belongs to the band
   * @return the band, or every problem
   */
  public static Validation<Seq<OkrError>, Band> validate(
      @Nullable String label, @Nullable Colour colour, @Nullable BigDecimal lowerBound, boolean inclusive) {
    Problems problems = new Problems();
    String checkedLabel = problems.text(label, OkrPath.of("label"));
    problems.present(colour, OkrPath.of("colour"));
    BigDecimal bound = lowerBound == null ? null : problems.number(lowerBound, OkrPath.of("lowerBound"));
    return problems.result(() -> ImmutableBand.of(checkedLabel, colour, Option.of(bound), inclusive));
  }

  /**
   * Tells whether {@code value} is at or above this band's lower bound.
   *
   * @param value the value, such as a grade
   * @return {@code true} if the band's lower bound admits the value
   * @throws org.okr4j.validation.OkrException with {@code okr.required} if an argument is missing
   */
  public boolean admits(BigDecimal value) {
    Args.require(value, "value");
    if (lowerBound().isEmpty()) {
      return true;
    }
    int c = value.compareTo(lowerBound().get());
    return inclusive() ? c >= 0 : c > 0;
  }
}
