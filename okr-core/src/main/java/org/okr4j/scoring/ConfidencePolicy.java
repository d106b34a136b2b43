package org.okr4j.scoring;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.immutables.value.Value;
import org.okr4j.internal.Problems;
import org.okr4j.model.Confidence;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How confidence is read and aggregated. A key result's confidence is that of its latest check-in
 * carrying one, else {@link #initial()}; it is a {@link org.okr4j.model.Confidence} in [0, 1],
 * converted exactly from the 0–10 scale (Radical Focus, Waymaker, Amoeboids) or percent, or a
 * categorical label ({@code low}, {@code medium}, {@code high}, or a host's own) that
 * {@link #labels()} maps to a fraction.
 * An objective's confidence aggregates its key results' ({@link #aggregation()}); both are placed on
 * {@link #bands()}.
 *
 * <pre>{@code
 * ConfidencePolicy radicalFocus = ConfidencePolicy.defaults()
 *     .withInitial(Confidence.ofScale10(BigDecimal.valueOf(5)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class ConfidencePolicy {

  /** How key-result confidences combine into an objective's. */
  public enum Aggregation {
    /** The mean weighted by key-result weights, weight 0 excluded (Amoeboids). The default. */
    WEIGHTED_MEAN,
    /** The plain mean. */
    MEAN,
    /** The lowest confidence. */
    MINIMUM
  }

  private static final Map<String, Confidence> DEFAULT_LABELS = labelMap("high", "0.85", "low", "0.2", "medium", "0.55");

  private static final ConfidencePolicy DEFAULTS = ImmutableConfidencePolicy.builder()
      .aggregation(Aggregation.WEIGHTED_MEAN)
      .initial(Option.none())
      .clearWhenDone(false)
      .bands(Bands.confidence())
      .labels(DEFAULT_LABELS)
      .build();

  ConfidencePolicy() {}

  private static Map<String, Confidence> labelMap(String... pairs) {
    Map<String, Confidence> map = TreeMap.empty();
    for (int i = 0; i < pairs.length; i += 2) {
      map = map.put(pairs[i], Confidence.of(new java.math.BigDecimal(pairs[i + 1])));
    }
    return map;
  }

  /**
   * Returns how key-result confidences combine into an objective's: weighted mean (default;
   * Amoeboids), mean, or minimum. Key results without a confidence are left out.
   *
   * @return the aggregation; {@link Aggregation#WEIGHTED_MEAN} by default
   */
  public abstract Aggregation aggregation();

  /**
   * Returns the confidence of a key result before any check-in carries one: none by default;
   * Radical Focus sets every key result at 5/10.
   *
   * @return the initial confidence; none by default
   */
  public abstract Option<Confidence> initial();

  /**
   * Returns whether a key result that reached its target loses its confidence (Perdoo switches it
   * to "none" at 100 %). False by default.
   *
   * @return {@code false} by default
   */
  public abstract boolean clearWhenDone();

  /**
   * Returns the bands of confidence values: low &lt; 0.4 ≤ medium &lt; 0.7 ≤ high by default (WorkBoard);
   * Amoeboids uses configurable bands such as healthy from 0.7.
   *
   * @return the bands; {@link Bands#confidence()} by default
   */
  public abstract Bands bands();

  /**
   * Returns the fraction each categorical confidence label stands for. By default WorkBoard's
   * low / medium / high at the middle of their ranges on {@link Bands#confidence()}: low 0.2 (below
   * 0.4), medium 0.55 (0.4 to 0.7), high 0.85 (0.7 and above), so each label falls back into its own
   * band. A check-in label not in the map gives no confidence and is reported in the key result's
   * problems ({@code okr.out-of-range} at {@code /checkIns/i/confidenceLabel}).
   *
   * @return the labels and their fractions
   */
  public abstract Map<String, Confidence> labels();

  /**
   * Returns a copy with other confidence labels.
   *
   * @param labels each label (not blank, at most 64 characters) and the fraction it stands for
   * @return the copy
   * @throws OkrException if a label is blank or too long, or a label or fraction is missing
   */
  public ConfidencePolicy withLabels(Map<String, Confidence> labels) {
    Problems problems = new Problems();
    if (problems.present(labels, OkrPath.of("labels"))) {
      for (io.vavr.Tuple2<String, Confidence> e : labels) {
        OkrPath at = OkrPath.of("labels", e._1 == null ? "" : e._1);
        String label = problems.text(e._1, at);
        if (label != null && label.length() > org.okr4j.model.CheckIn.MAX_LABEL_LENGTH) {
          problems.add(new OkrError.TooLong(at, org.okr4j.model.CheckIn.MAX_LABEL_LENGTH, label.length()));
        }
        problems.present(e._2, at);
      }
    }
    return OkrException.getOrThrow(problems.result(
        () -> ImmutableConfidencePolicy.copyOf(this).copyWithLabels(TreeMap.ofEntries(labels))));
  }

  /**
   * Returns the default confidence policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static ConfidencePolicy defaults() {
    return DEFAULTS;
  }



  /**
   * Returns a copy with another {@link #aggregation()}.
   *
   * @param aggregation the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code aggregation} is missing
   */
  public ConfidencePolicy withAggregation(Aggregation aggregation) {
    return ImmutableConfidencePolicy.copyOf(this).copyWithAggregation(Args.require(aggregation, "aggregation"));
  }

  /**
   * Returns a copy with another {@link #clearWhenDone()}.
   *
   * @param clearWhenDone the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code clearWhenDone} is missing
   */
  public ConfidencePolicy withClearWhenDone(boolean clearWhenDone) {
    return ImmutableConfidencePolicy.copyOf(this).copyWithClearWhenDone(Args.require(clearWhenDone, "clearWhenDone"));
  }

  /**
   * Returns a copy with another {@link #bands()}.
   *
   * @param bands the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code bands} is missing
   */
  public ConfidencePolicy withBands(Bands bands) {
    return ImmutableConfidencePolicy.copyOf(this).copyWithBands(Args.require(bands, "bands"));
  }

  /**
   * Returns a copy with a confidence for key results before any check-in carries one.
   *
   * @param initial the initial confidence, such as {@code Confidence.ofScale10(5)}
   * @return the copy
   * @throws OkrException if {@code initial} is missing
   */
  public ConfidencePolicy withInitial(Confidence initial) {
    return ImmutableConfidencePolicy.copyOf(this).copyWithInitial(Option.some(Args.require(initial, "initial")));
  }

  /**
   * Returns a copy without an initial confidence.
   *
   * @return the copy
   */
  public ConfidencePolicy withoutInitial() {
    return ImmutableConfidencePolicy.copyOf(this).copyWithInitial(Option.none());
  }
}
