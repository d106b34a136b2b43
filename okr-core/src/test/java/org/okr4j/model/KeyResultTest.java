package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.quicktheories.generators.Generate;

class KeyResultTest {

  private static final Instant JAN = Instant.parse("2026-01-15T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-15T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-15T00:00:00Z");

  private static CheckIn value(Instant at, String v) {
    return CheckIn.of(at, new CheckInData.Measurement(new BigDecimal(v)));
  }

  private static KeyResult.Builder leads() {
    return KeyResult.builder().id("kr-leads").title("3000 leads").metric(LinearMetric.count(3000));
  }

  @Test
  void defaultsAndAccessors() {
    KeyResult kr = leads().buildOrThrow();
    assertThat(kr.id()).isEqualTo(KeyResultId.of("kr-leads"));
    assertThat(kr.weight()).isEqualByComparingTo("1");
    assertThat(kr.owner().isEmpty()).isTrue();
    assertThat(kr.dueDate().isEmpty()).isTrue();
    assertThat(kr.dueDateIn(OkrGenerators.CYCLE)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(kr.checkIns()).isEmpty();
    KeyResult withDue = leads().dueDate(LocalDate.of(2026, 3, 1)).owner(OwnerRef.team("ads")).buildOrThrow();
    assertThat(withDue.dueDateIn(OkrGenerators.CYCLE)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(withDue.owner().get()).isEqualTo(OwnerRef.team("ads"));
  }

  @Test
  void historyIsOrderedByInstantWhateverTheInputOrder() {
    KeyResult kr = leads().checkIn(value(MAR, "2250")).checkIn(value(JAN, "500")).checkIn(value(FEB, "1200"))
        .buildOrThrow();
    assertThat(kr.checkIns().map(CheckIn::instant)).containsExactly(JAN, FEB, MAR);
    assertThat(kr.checkInsAsOf(FEB).size()).isEqualTo(2);
    assertThat(kr.checkInsAsOf(JAN.minusSeconds(1))).isEmpty();
    assertThat(kr.latestAsOf(FEB.plusSeconds(1)).get().data()).isEqualTo(new CheckInData.Measurement(new BigDecimal("1200")));
    assertThat(kr.latestAsOf(JAN.minusSeconds(1)).isEmpty()).isTrue();
  }

  @Test
  void tiesAreBrokenByContent() {
    qt().withExamples(OkrGenerators.examples() / 10 + 10)
        .forAll(Generate.range(0, 1_000_000), Generate.range(0, 1_000_000), Generate.booleans())
        .checkAssert((a, b, first) -> {
          CheckIn x = value(FEB, Integer.toString(a));
          CheckIn y = value(FEB, Integer.toString(b)).withNote("n");
          KeyResult one = leads().checkIn(first ? x : y).checkIn(first ? y : x).buildOrThrow();
          KeyResult two = leads().checkIns(List.of(y, x)).buildOrThrow();
          assertThat(one).isEqualTo(two);
          assertThat(one.checkIns().toJavaList()).isSortedAccordingTo(CheckIn.ORDER);
        });
  }

  @Test
  void withCheckInAppendsInOrderAndChecksTheData() {
    KeyResult kr = leads().checkIn(value(JAN, "1")).checkIn(value(MAR, "3")).buildOrThrow();
    KeyResult later = kr.withCheckIn(value(FEB, "2")).get();
    assertThat(later.checkIns().map(CheckIn::instant)).containsExactly(JAN, FEB, MAR);
    assertThat(later.withCheckIn(value(MAR.plusSeconds(1), "4")).get().checkIns().last().instant())
        .isEqualTo(MAR.plusSeconds(1));
    assertThat(kr.withCheckIn(value(JAN.minusSeconds(5), "0")).get().checkIns().head().instant())
        .isEqualTo(JAN.minusSeconds(5));
    assertThat(KeyResult.builder().id("k").title("t").metric(LinearMetric.count(1)).buildOrThrow()
        .withCheckIn(value(JAN, "1")).get().checkIns()).hasSize(1);
    OkrError wrong = kr.withCheckIn(CheckIn.of(FEB, new CheckInData.Completion(true))).getLeft();
    assertThat(wrong.code()).isEqualTo("okr.check-in.kind-mismatch");
    assertThat(wrong.path().toString()).isEqualTo("/checkIns/2/data");
    assertThat(kr.withCheckIn(null).getLeft().code()).isEqualTo("okr.required");
    assertThat(kr.checkIns()).hasSize(2);
  }

  @Test
  void builderReportsEveryProblemWithPaths() {
    var result = KeyResult.builder().id("a b").title("").weight(new BigDecimal("-1"))
        .metric(LinearMetric.validate(Unit.NUMBER, null, Target.absolute(BigDecimal.ONE)))
        .checkIn(null)
        .build();
    assertThat(result.getError().map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.malformed.id /id",
        "okr.blank /title",
        "okr.out-of-range /weight",
        "okr.required /metric/baseline",
        "okr.required /checkIns/0");
    assertThat(KeyResult.builder().id("k").title("t").build().getError().head().path().toString()).isEqualTo("/metric");
    assertThat(KeyResult.builder().id("k").title("t").metric((Metric) null).build().getError().head().code())
        .isEqualTo("okr.required");
    assertThat(KeyResult.builder().id("k").title("t").weight(null).metric(LinearMetric.count(1)).build().isInvalid())
        .isTrue();
    assertThat(KeyResult.builder().id("k").title("t").metric(LinearMetric.count(1)).checkIns(null).build()
        .getError().head().path().toString()).isEqualTo("/checkIns/0");
    assertThat(KeyResult.builder().id("k").title("t")
        .metric((io.vavr.control.Validation<io.vavr.collection.Seq<OkrError>, Metric>) null).build()
        .getError().head().code()).isEqualTo("okr.required");
    assertThatThrownBy(() -> KeyResult.builder().buildOrThrow()).isInstanceOf(OkrException.class)
        .hasMessageStartingWith("3 problems: okr.required at /id");
  }

  @Test
  void checkInsAreCheckedAgainstTheMetricInInputOrder() {
    var result = KeyResult.builder().id("k").title("t").metric(MilestoneMetric.of(Milestone.of("a", "A")))
        .checkIn(CheckIn.of(MAR, new CheckInData.MilestonesDone(TreeSet.of("a"))))
        .checkIn(CheckIn.of(JAN, new CheckInData.MilestonesDone(TreeSet.of("b"))))
        .build();
    assertThat(result.getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.check-in.unknown-milestone /checkIns/1/data/done");
  }

  @Test
  void toBuilderRoundTrips() {
    qt().withExamples(OkrGenerators.examples() / 5 + 10).forAll(OkrGenerators.keyResults())
        .checkAssert(kr -> assertThat(kr.toBuilder().buildOrThrow()).isEqualTo(kr));
  }

  @Test
  void checkIns() {
    CheckIn c = value(JAN, "5").withConfidence(Confidence.ofScale10(BigDecimal.valueOf(7)))
        .withAuthor(OwnerRef.person("u1")).withNote("on track");
    assertThat(c.confidence().get().value()).isEqualByComparingTo("0.7");
    assertThat(c.author().get()).isEqualTo(OwnerRef.person("u1"));
    assertThat(c.note()).isEqualTo("on track");
    assertThatThrownBy(() -> c.withNote("x".repeat(10_001))).isInstanceOf(OkrException.class);
    assertThat(CheckIn.validate(null, null, null, null, null).getError().map(e -> e.path().toString()))
        .containsExactly("/instant", "/data");
    assertThat(CheckIn.validate(CheckIn.MAX_INSTANT.plusNanos(1), new CheckInData.Completion(true), null, null, null)
        .getError().head().code()).isEqualTo("okr.out-of-range");
    assertThat(CheckIn.validate(CheckIn.MIN_INSTANT, new CheckInData.Completion(true), null, null, null).isValid()).isTrue();
    assertThat(CheckIn.validate(CheckIn.MAX_INSTANT, new CheckInData.Completion(true), null, null, null).isValid()).isTrue();
    // ties: confidence, note and author break them deterministically
    CheckIn a = value(JAN, "5");
    assertThat(CheckIn.ORDER.compare(a, a.withConfidence(Confidence.of(BigDecimal.ONE)))).isNegative();
    assertThat(CheckIn.ORDER.compare(a.withNote("b"), a.withNote("a"))).isPositive();
    assertThat(CheckIn.ORDER.compare(a.withAuthor(OwnerRef.person("x")), a)).isPositive();
    assertThat(CheckIn.ORDER.compare(a, a)).isZero();
  }
}
