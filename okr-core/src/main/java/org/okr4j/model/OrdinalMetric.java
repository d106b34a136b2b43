package org.okr4j.model;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Invariants;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A key result whose check-ins record a {@link Zone} rather than a value (Puzzle OKR's ordinal
 * key result, {@code KeyResultOrdinal}): "partners rate the portal" with a description of what
 * counts as commit, target and stretch. Check-ins report a {@link CheckInData.ZoneReached}.
 *
 * <p>Progress is the {@link #scores() score} of the latest zone, agreed upfront with the key
 * result: by default FAIL 0, COMMIT 0.3, TARGET 0.7, STRETCH 1.0, Lamorte's discrete levels
 * "0 / 0.3 / 0.7 / 1.0 agreed upfront" (docs/conventions.md §2) placed at Puzzle OKR's zone boundaries
 * (docs/field-notes.md §6: commit at 0.3, target at 0.7, stretch at 1). The scoring policy then caps, grades
 * and bands that progress like any other.
 *
 * <pre>{@code
 * OrdinalMetric rating = OrdinalMetric.of();                              // 0 / 0.3 / 0.7 / 1
 * OrdinalMetric halves = OrdinalMetric.of(OrdinalMetric.scores("0", "0.5", "0.75", "1"));
 * halves.score(Zone.COMMIT);                                              // 0.5
 * }</pre>
 *
 * <p>Every zone has a score; scores lie in okr4j's number domain and do not decrease from FAIL to
 * STRETCH. Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class OrdinalMetric implements Metric {

  /** The default scores: FAIL 0, COMMIT 0.3, TARGET 0.7, STRETCH 1. */
  public static final SortedMap<Zone, BigDecimal> DEFAULT_SCORES = scores("0", "0.3", "0.7", "1");

  /** The longest text {@link #scores(String, String, String, String)} parses, in characters. */
  public static final int MAX_SCORE_TEXT = 100;

  private static final OrdinalMetric DEFAULT = ImmutableOrdinalMetric.of(DEFAULT_SCORES, TreeMap.empty());

  OrdinalMetric() {}

  /**
   * Returns the progress of each zone.
   *
   * @return one score per zone, non-decreasing from FAIL to STRETCH
   */
  public abstract SortedMap<Zone, BigDecimal> scores();

  /**
   * Returns what each zone means for this key result, such as "8 of 10 partners rate it good" for
   * COMMIT; zones without a description are absent.
   *
   * @return the descriptions
   */
  public abstract SortedMap<Zone, String> descriptions();

  @Value.Check
  void checkInvariants() {
    Invariants.require(scores().size() == Zone.values().length, "an ordinal metric scores every zone");
  }

  /**
   * Returns the progress of a zone.
   *
   * @param zone the zone
   * @return its score
   * @throws OkrException if {@code zone} is missing
   */
  public BigDecimal score(Zone zone) {
    if (zone == null) {
      throw new OkrException(io.vavr.collection.List.of(new OkrError.Required(OkrPath.of("zone"))));
    }
    return scores().get(zone).get();
  }

  /**
   * Returns the description of a zone.
   *
   * @param zone the zone
   * @return its description, none if not given
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public Option<String> description(Zone zone) {
    return descriptions().get(Problems.require(zone, "zone"));
  }

  @Override
  public String kind() {
    return "ordinal";
  }

  @Override
  public String dataKind() {
    return "zone";
  }

  /**
   * Returns four scores as a map, for {@link #of(SortedMap)}.
   *
   * @param fail the score of FAIL
   * @param commit the score of COMMIT
   * @param target the score of TARGET
   * @param stretch the score of STRETCH
   * @return the map
   * @throws OkrException if a text is missing ({@code okr.required}), longer than
   *     {@value #MAX_SCORE_TEXT} characters ({@code okr.out-of-range}) or not a decimal number
   *     ({@code okr.malformed.decimal}), at {@code /fail}, {@code /commit}, {@code /target} or
   *     {@code /stretch}
   */
  public static SortedMap<Zone, BigDecimal> scores(String fail, String commit, String target, String stretch) {
    Problems problems = new Problems();
    BigDecimal f = problems.decimal(fail, OkrPath.of("fail"), MAX_SCORE_TEXT);
    BigDecimal c = problems.decimal(commit, OkrPath.of("commit"), MAX_SCORE_TEXT);
    BigDecimal t = problems.decimal(target, OkrPath.of("target"), MAX_SCORE_TEXT);
    BigDecimal s = problems.decimal(stretch, OkrPath.of("stretch"), MAX_SCORE_TEXT);
    return OkrException.getOrThrow(problems.result(
        () -> TreeMap.of(Zone.FAIL, f, Zone.COMMIT, c, Zone.TARGET, t, Zone.STRETCH, s)));
  }

  /**
   * Validates and builds an ordinal metric.
   *
   * @param scores the score of every zone, may be {@code null}
   * @param descriptions what each zone means, may be {@code null} or lack zones
   * @return the metric, or every problem: {@code okr.required} for a missing zone
   *     ({@code /scores/commit}), a number outside the domain, {@code okr.out-of-range} for a score
   *     below the previous zone's, {@code okr.blank} or {@code okr.too-long} for a description
   *     ({@code /descriptions/target})
   */
  public static Validation<Seq<OkrError>, OrdinalMetric> validate(
      @Nullable Map<Zone, BigDecimal> scores, @Nullable Map<Zone, String> descriptions) {
    Problems problems = new Problems();
    OkrPath scoresPath = OkrPath.of("scores");
    TreeMap<Zone, BigDecimal> checked = TreeMap.empty();
    if (problems.present(scores, scoresPath)) {
      BigDecimal previous = null;
      Zone previousZone = null;
      for (Zone zone : Zone.values()) {
        OkrPath at = scoresPath.key(zone.wireName());
        BigDecimal value = problems.number(scores.get(zone).getOrNull(), at);
        if (value == null) {
          continue;
        }
        if (previous != null && value.compareTo(previous) < 0) {
          problems.add(new OkrError.OutOfRange(at, value.toPlainString(),
              "at least " + previousZone.wireName() + "'s " + previous.toPlainString()));
        }
        checked = checked.put(zone, value);
        previous = value;
        previousZone = zone;
      }
    }
    TreeMap<Zone, String> texts = TreeMap.empty();
    if (descriptions != null) {
      for (io.vavr.Tuple2<Zone, String> e : descriptions) {
        if (e._1 == null) {
          problems.add(new OkrError.Required(OkrPath.of("descriptions")));
          continue;
        }
        String text = problems.text(e._2, OkrPath.of("descriptions").key(e._1.wireName()));
        if (text != null) {
          texts = texts.put(e._1, text);
        }
      }
    }
    TreeMap<Zone, BigDecimal> finalScores = checked;
    TreeMap<Zone, String> finalTexts = texts;
    return problems.result(() -> ImmutableOrdinalMetric.of(finalScores, finalTexts));
  }

  /**
   * Returns the ordinal metric with the default scores and no descriptions.
   *
   * @return the metric
   */
  public static OrdinalMetric of() {
    return DEFAULT;
  }

  /**
   * Returns an ordinal metric with other scores.
   *
   * @param scores the score of every zone, non-decreasing from FAIL to STRETCH
   * @return the metric
   * @throws OkrException if a zone is missing, a score is out of the domain or scores decrease
   */
  public static OrdinalMetric of(SortedMap<Zone, BigDecimal> scores) {
    return of(scores, TreeMap.empty());
  }

  /**
   * Returns an ordinal metric with scores and descriptions.
   *
   * @param scores the score of every zone, non-decreasing from FAIL to STRETCH
   * @param descriptions what each zone means
   * @return the metric
   * @throws OkrException if an argument is missing or invalid
   */
  public static OrdinalMetric of(SortedMap<Zone, BigDecimal> scores, SortedMap<Zone, String> descriptions) {
    return OkrException.getOrThrow(validate(scores, descriptions));
  }

  /**
   * Returns a copy with other descriptions.
   *
   * @param descriptions what each zone means
   * @return the copy
   * @throws OkrException if a description is blank or too long
   */
  public OrdinalMetric withDescriptions(SortedMap<Zone, String> descriptions) {
    return of(scores(), descriptions);
  }
}
