package org.okr4j.scoring;

import io.vavr.collection.List;
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
 * A colour scale: bands from the lowest up, each starting at its {@link Band#lowerBound()}. A value
 * belongs to the highest band whose bound admits it. The default is Google's scale, with the gaps
 * between the documented tenths closed as red &lt; 0.4 ≤ yellow &lt; 0.7 ≤ green;
 * other products' scales are presets, and any scale can be built with {@link #validate(Iterable)}.
 *
 * <pre>{@code
 * Bands.google().classify(new BigDecimal("0.4")).map(Band::colour); // Some(YELLOW)
 * Bands.none().classify(BigDecimal.ONE);                             // None
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bands {

  private static final BigDecimal D03 = new BigDecimal("0.3");
  private static final BigDecimal D04 = new BigDecimal("0.4");
  private static final BigDecimal D05 = new BigDecimal("0.5");
  private static final BigDecimal D07 = new BigDecimal("0.7");
  private static final BigDecimal D075 = new BigDecimal("0.75");
  private static final BigDecimal D09 = new BigDecimal("0.9");

  private static final Bands NONE = ImmutableBands.of(List.empty());
  private static final Bands GOOGLE = ImmutableBands.of(List.of(
      Band.lowest("red", Colour.RED), Band.from("yellow", Colour.YELLOW, D04),
      Band.from("green", Colour.GREEN, D07)));

  Bands() {}

  /**
   * Returns the bands from the lowest up.
   *
   * @return the bands; empty for a scale without colours
   */
  public abstract Seq<Band> bands();

  /**
   * Returns the band of {@code value}.
   *
   * @param value a value such as a grade
   * @return the highest band that admits it; empty if the scale has no bands
   * @throws org.okr4j.validation.OkrException with {@code okr.required} if an argument is missing
   */
  public Option<Band> classify(BigDecimal value) {
    Args.require(value, "value");
    Option<Band>[] all = options();
    for (int i = all.length - 1; i >= 0; i--) {
      if (all[i].get().admits(value)) {
        return all[i];
      }
    }
    return Option.none();
  }

  /** The bands wrapped once, so that classifying allocates nothing. */
  @Value.Lazy
  @SuppressWarnings("unchecked")
  Option<Band>[] options() {
    return bands().map(Option::some).toJavaArray(Option[]::new);
  }

  /**
   * Validates a scale: either no band, or a lowest band without a bound followed by bands with
   * strictly increasing bounds.
   *
   * @param bands the bands from the lowest up, may be {@code null}
   * @return the scale, or every problem (paths {@code /bands/i/lowerBound})
   */
  public static Validation<Seq<OkrError>, Bands> validate(@Nullable Iterable<Band> bands) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("bands");
    if (!problems.present(bands, path)) {
      return Validation.invalid(problems.errors());
    }
    List<Band> list = List.ofAll(bands);
    BigDecimal previous = null;
    for (int i = 0; i < list.size(); i++) {
      Band band = list.get(i);
      OkrPath at = path.index(i);
      if (!problems.present(band, at)) {
        continue;
      }
      OkrPath boundPath = at.key("lowerBound");
      if (i == 0 && band.lowerBound().isDefined()) {
        problems.add(new OkrError.OutOfRange(boundPath, Fmt.num(band.lowerBound().get()),
            "absent: the lowest band has no lower bound"));
      } else if (i > 0 && band.lowerBound().isEmpty()) {
        problems.add(new OkrError.Required(boundPath));
      } else if (i > 0) {
        BigDecimal bound = band.lowerBound().get();
        if (previous != null && bound.compareTo(previous) <= 0) {
          problems.add(new OkrError.OutOfRange(boundPath, Fmt.num(bound), "> " + Fmt.num(previous)));
        }
        previous = bound;
      }
    }
    return problems.result(() -> ImmutableBands.of(list));
  }

  /**
   * Returns a scale from bands listed from the lowest up.
   *
   * @param bands the bands
   * @return the scale
   * @throws OkrException if the bands are not in increasing order or the lowest has a bound
   */
  public static Bands of(Band... bands) {
    return OkrException.getOrThrow(validate(bands == null ? null : List.of(bands)));
  }

  /**
   * Returns the scale without bands: nothing is coloured (Quantive's default; colour scales there
   * are admin-defined).
   *
   * @return the empty scale
   */
  public static Bands none() {
    return NONE;
  }

  /**
   * Returns Google's scale: red &lt; 0.4 ≤ yellow &lt; 0.7 ≤ green. Google gives the bands at
   * tenths (0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green); the gaps are closed at the next tenth.
   * The default.
   *
   * @return the scale
   */
  public static Bands google() {
    return GOOGLE;
  }

  /**
   * Returns Puzzle OKR's zones as bands: fail &lt; 0.3 ≤ commit &lt; 0.7 ≤ target &lt; 1 ≤ stretch.
   * Each boundary belongs to the higher band, as each level belongs to the higher zone in
   * {@link StretchLevels#zoneOf}: a key result scored against its stretch level (Puzzle's
   * {@link StretchPolicy#puzzle()}) exactly at its commit level, progress 0.3, is in zone COMMIT and
   * band {@code commit}.
   *
   * @return the scale
   */
  public static Bands puzzle() {
    return of(Band.lowest("fail", Colour.RED), Band.from("commit", Colour.YELLOW, D03),
        Band.from("target", Colour.GREEN, D07), Band.from("stretch", Colour.BLUE, BigDecimal.ONE));
  }

  /**
   * Returns Qulture.Rocks' scale: red &lt; 0.3333 ≤ yellow &lt; 0.6666 ≤ green.
   *
   * @return the scale
   */
  public static Bands qultureRocks() {
    return of(Band.lowest("red", Colour.RED), Band.from("yellow", Colour.YELLOW, new BigDecimal("0.3333")),
        Band.from("green", Colour.GREEN, new BigDecimal("0.6666")));
  }

  /**
   * Returns WorkBoard's end-of-period scale: red ≤ 0.5 &lt; amber ≤ 0.7 &lt; light-green ≤ 0.9
   * &lt; dark-green (WorkBoard leaves exactly 0.5 unspecified; here it is red). Labels are
   * kebab-case, the form exports write as style classes.
   *
   * @return the scale
   */
  public static Bands workBoard() {
    return of(Band.lowest("red", Colour.RED), Band.above("amber", Colour.AMBER, D05),
        Band.above("light-green", Colour.GREEN, D07), Band.above("dark-green", Colour.DARK_GREEN, D09));
  }

  /**
   * Returns ServiceNow's target scale: red &lt; 0.75 ≤ yellow &lt; 0.9 ≤ green.
   *
   * @return the scale
   */
  public static Bands serviceNow() {
    return of(Band.lowest("red", Colour.RED), Band.from("yellow", Colour.YELLOW, D075),
        Band.from("green", Colour.GREEN, D09));
  }

  /**
   * Returns the confidence scale low &lt; 0.4 ≤ medium &lt; 0.7 ≤ high (WorkBoard: medium is
   * about a 40–70 % chance, high 70 % or more). The default for confidence.
   *
   * @return the scale
   */
  public static Bands confidence() {
    return of(Band.lowest("low", Colour.RED), Band.from("medium", Colour.YELLOW, D04),
        Band.from("high", Colour.GREEN, D07));
  }
}
