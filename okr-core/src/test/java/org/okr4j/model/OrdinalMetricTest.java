package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.TreeMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Ordinal key results: their metric, their zone check-ins and mismatched data. */
class OrdinalMetricTest {

  private static final Instant JAN = Instant.parse("2026-01-15T00:00:00Z");

  private static CheckIn zone(Zone zone) {
    return CheckIn.of(JAN, new CheckInData.ZoneReached(zone));
  }

  @Test
  void defaultScoresAreTheAgreedLevels() {
    OrdinalMetric m = OrdinalMetric.of();
    // Lamorte's "0 / 0.3 / 0.7 / 1.0 agreed upfront" (docs/conventions.md §2)
    assertThat(m.score(Zone.FAIL)).isEqualByComparingTo("0");
    assertThat(m.score(Zone.COMMIT)).isEqualByComparingTo("0.3");
    assertThat(m.score(Zone.TARGET)).isEqualByComparingTo("0.7");
    assertThat(m.score(Zone.STRETCH)).isEqualByComparingTo("1");
    assertThat(m.kind()).isEqualTo("ordinal");
    assertThat(m.dataKind()).isEqualTo("zone");
    assertThat(m.descriptions()).isEmpty();
    assertThat(m.description(Zone.COMMIT)).isEmpty();
    assertThat(OrdinalMetric.of(OrdinalMetric.DEFAULT_SCORES)).isEqualTo(m);
  }

  @Test
  void scoresAndDescriptionsCanBeSet() {
    OrdinalMetric m = OrdinalMetric.of(OrdinalMetric.scores("0", "0.5", "0.75", "1.2"),
        TreeMap.of(Zone.COMMIT, "8 of 10 partners rate it good", Zone.STRETCH, "all 10"));
    assertThat(m.score(Zone.COMMIT)).isEqualByComparingTo("0.5");
    assertThat(m.score(Zone.STRETCH)).isEqualByComparingTo("1.2");
    assertThat(m.description(Zone.COMMIT)).contains("8 of 10 partners rate it good");
    assertThat(m.withDescriptions(TreeMap.empty()).descriptions()).isEmpty();
    // equal scores for neighbouring zones are allowed (non-decreasing)
    assertThat(OrdinalMetric.of(OrdinalMetric.scores("0", "0", "1", "1")).score(Zone.COMMIT)).isEqualByComparingTo("0");
  }

  @Test
  void invalidScoresAndDescriptionsAreReportedWithPaths() {
    // COMMIT 0.4 < FAIL 0.5; TARGET missing; STRETCH outside the number domain
    var scores = io.vavr.collection.HashMap.of(Zone.FAIL, new BigDecimal("0.5"), Zone.COMMIT, new BigDecimal("0.4"),
        Zone.STRETCH, new BigDecimal("1E+40"));
    var texts = io.vavr.collection.HashMap.of(Zone.TARGET, " ");
    assertThat(OrdinalMetric.validate(scores, texts).getError().map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.out-of-range /scores/commit",
        "okr.required /scores/target",
        "okr.out-of-range /scores/stretch",
        "okr.blank /descriptions/target");
    assertThat(OrdinalMetric.validate(null, null).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /scores");
    assertThatThrownBy(() -> OrdinalMetric.of(OrdinalMetric.scores("1", "0.7", "0.3", "0")))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> OrdinalMetric.of().score(null)).isInstanceOf(OkrException.class);
    // The record checks nothing; the metric that receives it reports the missing zone.
    assertThat(OrdinalMetric.of().validateData(new CheckInData.ZoneReached(null)).map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /zone");
  }

  @Test
  void zoneCheckInsFitOnlyOrdinalKeyResults() {
    KeyResult rating = KeyResult.builder().id("rating").title("Partners rate the portal")
        .metric(OrdinalMetric.of()).checkIn(zone(Zone.COMMIT)).buildOrThrow();
    assertThat(rating.checkIns()).hasSize(1);
    assertThat(new CheckInData.ZoneReached(Zone.TARGET).kind()).isEqualTo("zone");
    assertThat(OrdinalMetric.of().validateData(new CheckInData.ZoneReached(Zone.FAIL))).isEmpty();

    // a value on an ordinal key result
    OkrError wrong = rating.withCheckIn(CheckIn.of(JAN, new CheckInData.Measurement(BigDecimal.ONE))).getLeft();
    assertThat(wrong).isEqualTo(new OkrError.CheckInMismatch(
        org.okr4j.validation.OkrPath.of("checkIns").index(1).key("data"), "ordinal", "measurement"));
    assertThat(wrong.code()).isEqualTo("okr.check-in.kind-mismatch");
    assertThat(wrong.message(Locale.ENGLISH)).contains("measurement").contains("ordinal");
    assertThat(wrong.message(Locale.SIMPLIFIED_CHINESE)).contains("measurement").contains("ordinal");

    // a zone on a linear key result, reported by the builder with its path
    var built = KeyResult.builder().id("leads").title("Leads").metric(LinearMetric.count(10))
        .checkIn(zone(Zone.STRETCH)).build();
    assertThat(built.getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.check-in.kind-mismatch /checkIns/0/data");
  }

  @Test
  void zonesAreOrderedWorstFirstWithLowerCaseWireNames() {
    assertThat(Zone.values()).containsExactly(Zone.FAIL, Zone.COMMIT, Zone.TARGET, Zone.STRETCH);
    assertThat(Zone.STRETCH.wireName()).isEqualTo("stretch");
  }
}
