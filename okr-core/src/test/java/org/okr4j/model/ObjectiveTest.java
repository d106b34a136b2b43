package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class ObjectiveTest {

  private static Objective.Builder social() {
    return Objective.builder()
        .id("o-social").title("Raise brand influence on social media")
        .owner(OwnerRef.person("specialist")).cycle("2026-q1").level(Level.INDIVIDUAL);
  }

  private static KeyResult.Builder kr(String id) {
    return KeyResult.builder().id(id).title("KR " + id).metric(LinearMetric.count(3));
  }

  @Test
  void defaults() {
    Objective o = social().buildOrThrow();
    assertThat(o.type()).isEqualTo(ObjectiveType.COMMITTED);
    assertThat(o.visibility()).isEqualTo(Visibility.PUBLIC);
    assertThat(o.description()).isEmpty();
    assertThat(o.tags()).isEmpty();
    assertThat(o.keyResults()).isEmpty();
    assertThat(o.cycle()).isEqualTo(CycleId.of("2026-q1"));
  }

  @Test
  void keyResultsKeepTheirOrderAndOwners() {
    Objective o = social().keyResult(kr("b")).keyResult(kr("a").owner(OwnerRef.person("other")).buildOrThrow())
        .description("why").type(ObjectiveType.ASPIRATIONAL).visibility(Visibility.PRIVATE)
        .tag("social").tag("2026").tag("social")
        .buildOrThrow();
    assertThat(o.keyResults().map(k -> k.id().value())).containsExactly("b", "a");
    assertThat(o.tags()).containsExactly("2026", "social");
    assertThat(o.ownerOf(o.keyResult(KeyResultId.of("b")).get())).isEqualTo(OwnerRef.person("specialist"));
    assertThat(o.ownerOf(o.keyResult(KeyResultId.of("a")).get())).isEqualTo(OwnerRef.person("other"));
    assertThat(o.keyResult(KeyResultId.of("zz")).isEmpty()).isTrue();
    assertThat(o.toBuilder().buildOrThrow()).isEqualTo(o);
  }

  @Test
  void reportsEveryProblemIncludingNestedOnes() {
    var result = Objective.builder().id("o 1").title(" ").description(null).cycle("q 1")
        .owner(null).level(null).type(null).visibility(null)
        .keyResult(kr("k1"))
        .keyResult(kr("k1"))
        .keyResult(kr("bad id").title(""))
        .keyResult((KeyResult) null)
        .keyResult((KeyResult.Builder) null)
        .keyResult((io.vavr.control.Validation<io.vavr.collection.Seq<OkrError>, KeyResult>) null)
        .tag(" ").tag("x".repeat(65)).tag(null)
        .build();
    assertThat(result.getError().map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.malformed.id /id",
        "okr.blank /title",
        "okr.required /description",
        "okr.required /owner",
        "okr.malformed.id /cycle",
        "okr.required /level",
        "okr.required /type",
        "okr.required /visibility",
        "okr.duplicate-id /keyResults/1/id",
        "okr.malformed.id /keyResults/2/id",
        "okr.blank /keyResults/2/title",
        "okr.required /keyResults/3",
        "okr.required /keyResults/4",
        "okr.required /keyResults/5",
        "okr.blank /tags/0",
        "okr.too-long /tags/1",
        "okr.required /tags/2");
    assertThatThrownBy(() -> Objective.builder().buildOrThrow()).isInstanceOf(OkrException.class);
  }

  @Test
  void descriptionsAndTitlesHaveALimit() {
    assertThat(social().description("x".repeat(10_000)).build().isValid()).isTrue();
    assertThat(social().description("x".repeat(10_001)).build().getError().head().code()).isEqualTo("okr.too-long");
    assertThat(social().tag("x".repeat(64)).build().isValid()).isTrue();
  }

  @Test
  void toBuilderRoundTrips() {
    qt().withExamples(OkrGenerators.examples() / 5 + 10).forAll(OkrGenerators.objectives(1))
        .checkAssert(o -> assertThat(o.toBuilder().buildOrThrow()).isEqualTo(o));
  }

  @Test
  void okrSetLooksUpAndAppendsCheckIns() {
    Cycle q1 = OkrGenerators.CYCLE;
    Cycle year = Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    OkrSet set = OkrSet.builder().cycle(q1.withParent(year.id())).cycle(year)
        .objective(social().keyResult(kr("k1")).keyResult(kr("k2")).buildOrThrow())
        .objective(social().id("o-2").cycle("2026").keyResult(kr("k3")).buildOrThrow())
        .buildOrThrow();
    assertThat(set.objective(ObjectiveId.of("o-2")).get().keyResults().head().id().value()).isEqualTo("k3");
    assertThat(set.objective(ObjectiveId.of("none")).isEmpty()).isTrue();
    assertThat(set.keyResult(KeyResultId.of("k2")).isDefined()).isTrue();
    assertThat(set.keyResult(KeyResultId.of("none")).isEmpty()).isTrue();
    assertThat(set.objectiveOf(KeyResultId.of("k3")).get().id().value()).isEqualTo("o-2");
    assertThat(set.cycle(CycleId.of("2026")).get()).isEqualTo(year);
    assertThat(set.cycleOf(set.objectives().head())).isEqualTo(q1.withParent(year.id()));
    assertThat(set.objectivesIn(CycleId.of("2026")).map(o -> o.id().value())).containsExactly("o-2");

    CheckIn c = CheckIn.of(Instant.parse("2026-02-01T00:00:00Z"), new CheckInData.Measurement(BigDecimal.ONE));
    OkrSet next = set.withCheckIn(KeyResultId.of("k2"), c).get();
    assertThat(next.keyResult(KeyResultId.of("k2")).get().checkIns()).containsExactly(c);
    assertThat(set.keyResult(KeyResultId.of("k2")).get().checkIns()).isEmpty();
    assertThat(next.keyResult(KeyResultId.of("k1")).get()).isSameAs(set.keyResult(KeyResultId.of("k1")).get());
    assertThat(set.withCheckIn(KeyResultId.of("nope"), c).getLeft().code()).isEqualTo("okr.dangling-reference");
    assertThat(set.withCheckIn(null, c).getLeft().code()).isEqualTo("okr.dangling-reference");
    assertThat(set.withCheckIn(KeyResultId.of("k1"), CheckIn.of(c.instant(), new CheckInData.Completion(true)))
        .getLeft().code()).isEqualTo("okr.check-in.kind-mismatch");
  }

  @Test
  void okrSetChecksRecurringPeriodsAgainstTheCycle() {
    Objective o = social().keyResult(KeyResult.builder().id("k").title("15 articles every month")
        .metric(RecurringMetric.of(Unit.custom("articles"), Period.MONTH, BigDecimal.valueOf(15)))).buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(OkrGenerators.CYCLE).objective(o).buildOrThrow();
    Instant at = Instant.parse("2026-02-01T00:00:00Z");
    assertThat(set.withCheckIn(KeyResultId.of("k"),
        CheckIn.of(at, new CheckInData.PeriodValue(LocalDate.of(2026, 3, 31), BigDecimal.TEN))).isRight()).isTrue();
    OkrError outside = set.withCheckIn(KeyResultId.of("k"),
        CheckIn.of(at, new CheckInData.PeriodValue(LocalDate.of(2026, 4, 1), BigDecimal.TEN))).getLeft();
    assertThat(outside.code()).isEqualTo("okr.outside-cycle");
    assertThat(outside.path().toString()).isEqualTo("/checkIns/0/data/period");
  }

  @Test
  void okrSetIntegrityErrors() {
    Cycle a = Cycle.validate("a", "A", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "b", null).get();
    Cycle b = Cycle.validate("b", "B", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "a", null).get();
    Cycle c = Cycle.validate("c", "C", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "a", null).get();
    Cycle d = Cycle.validate("d", "D", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "zz", null).get();
    var result = OkrSet.builder().cycle(a).cycle(b).cycle(c).cycle(d).cycle(d)
        .objective(social().cycle("missing").buildOrThrow())
        .objective(social().cycle("a").keyResult(kr("k")).buildOrThrow())
        .objective(social().id("o-3").cycle("a").keyResult(kr("k")).buildOrThrow())
        .build();
    assertThat(result.getError().map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.duplicate-id /cycles/4/id",
        "okr.cyclic-reference /cycles/0/parent",
        "okr.cyclic-reference /cycles/1/parent",
        "okr.dangling-reference /cycles/3/parent",
        "okr.dangling-reference /cycles/4/parent",
        "okr.dangling-reference /objectives/0/cycle",
        "okr.duplicate-id /objectives/1/id",
        "okr.duplicate-id /objectives/2/keyResults/0/id");
    assertThat(((OkrError.CyclicReference) result.getError().get(1)).loop()).containsExactly("a", "b", "a");
    assertThat(OkrSet.validate(java.util.List.of(), java.util.List.of()).get().objectives()).isEmpty();
  }
}
