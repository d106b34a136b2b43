package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Worked examples of {@link OkrSet.Loader}: what it loads, and every problem it reports with its path. */
class OkrSetLoaderTest {

  private static final Cycle Q1 = OkrGenerators.CYCLE;
  private static final Instant FEB = Instant.parse("2026-02-01T09:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T09:00:00Z");

  private static CheckIn measured(Instant at, String value) {
    return CheckIn.of(at, new CheckInData.Measurement(new BigDecimal(value)));
  }

  @Test
  void loadsTheSetTheBuildersBuild() {
    LinearMetric leads = LinearMetric.count(3000);
    OkrSet loaded = OkrSet.loader()
        .cycle(Q1)
        .objective("o-brand", "Raise brand influence", OwnerRef.team("marketing"), "2026-q1", Level.TEAM)
        .keyResult("kr-leads", "3000 leads", new BigDecimal("2"), leads)
        .checkIn(measured(MAR, "2250"))
        .checkIn(measured(FEB, "1200"))
        .keyResult("kr-posts", "40 posts", OwnerRef.person("ana"), BigDecimal.ONE, LocalDate.of(2026, 3, 15),
            LinearMetric.count(40))
        .objective("o-sales", "Grow sales", "Context", OwnerRef.team("sales"), "2026-q1", Level.DEPARTMENT,
            ObjectiveType.ASPIRATIONAL, Visibility.PRIVATE, java.util.List.of("growth", "emea"))
        .loadOrThrow();
    OkrSet built = OkrSet.builder()
        .cycle(Q1)
        .objective(Objective.builder().id("o-brand").title("Raise brand influence").owner(OwnerRef.team("marketing"))
            .cycle("2026-q1").level(Level.TEAM)
            .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads").weight(new BigDecimal("2")).metric(leads)
                .checkIn(measured(FEB, "1200")).checkIn(measured(MAR, "2250")))
            .keyResult(KeyResult.builder().id("kr-posts").title("40 posts").owner(OwnerRef.person("ana"))
                .dueDate(LocalDate.of(2026, 3, 15)).metric(LinearMetric.count(40)))
            .build())
        .objective(Objective.builder().id("o-sales").title("Grow sales").description("Context")
            .owner(OwnerRef.team("sales")).cycle("2026-q1").level(Level.DEPARTMENT).type(ObjectiveType.ASPIRATIONAL)
            .visibility(Visibility.PRIVATE).tag("growth").tag("emea").build())
        .buildOrThrow();
    assertThat(loaded).isEqualTo(built);
    // check-ins sorted by instant whatever order they came in; look-ups work on the loaded set
    assertThat(loaded.keyResult(KeyResultId.of("kr-leads")).get().checkIns().map(CheckIn::instant))
        .containsExactly(FEB, MAR);
    assertThat(loaded.objectiveOf(KeyResultId.of("kr-posts")).map(o -> o.id().value())).containsExactly("o-brand");
    assertThat(loaded.objective(ObjectiveId.of("o-sales")).get().tags()).containsExactly("emea", "growth");
    assertThat(loaded.keyResult(KeyResultId.of("kr-none"))).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    Validation<Seq<OkrError>, OkrSet> result = OkrSet.loader()
        .cycle(Q1)
        // objective 0: blank title; its key result has a negative weight and a missing check-in
        .objective("o-0", " ", OwnerRef.team("a"), "2026-q1", Level.TEAM)
        .keyResult("kr-a", "A", new BigDecimal("-1"), LinearMetric.count(10))
        .checkIn(measured(FEB, "3"))
        .checkIn(null)
        // objective 1: a completion for a linear metric, a missing metric
        .objective("o-1", "One", OwnerRef.team("a"), "2026-q1", Level.TEAM)
        .keyResult("kr-b", "B", BigDecimal.ONE, LinearMetric.count(10))
        .checkIn(CheckIn.of(FEB, new CheckInData.Completion(true)))
        .keyResult("kr-c", "C", BigDecimal.ONE, null)
        // objective 2: valid on its own, but its id repeats objective 3's, its cycle is unknown
        .objective("o-2", "Two", OwnerRef.team("a"), "2026-q9", Level.TEAM)
        .keyResult("kr-d", "D", BigDecimal.ONE, LinearMetric.count(10))
        // objective 3: repeats o-2 and kr-d; a key result id repeated inside it
        .objective("o-2", "Three", OwnerRef.team("a"), "2026-q1", Level.TEAM)
        .keyResult("kr-d", "D again", BigDecimal.ONE, LinearMetric.count(10))
        .objective("o-4", "Four", OwnerRef.team("a"), "2026-q1", Level.TEAM)
        .keyResult("kr-e", "E", BigDecimal.ONE, LinearMetric.count(10))
        .keyResult("kr-e", "E twice", BigDecimal.ONE, LinearMetric.count(10))
        .load();
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(e -> e.code() + " " + e.path())).containsExactlyInAnyOrder(
        "okr.blank /objectives/0/title",
        "okr.out-of-range /objectives/0/keyResults/0/weight",
        "okr.required /objectives/0/keyResults/0/checkIns/1",
        "okr.check-in.kind-mismatch /objectives/1/keyResults/0/checkIns/0/data",
        "okr.required /objectives/1/keyResults/1/metric",
        "okr.dangling-reference /objectives/2/cycle",
        "okr.duplicate-id /objectives/3/id",
        "okr.duplicate-id /objectives/3/keyResults/0/id",
        "okr.duplicate-id /objectives/4/keyResults/1/id");
  }

  @Test
  void reportsTheSameProblemsAsTheBuilders() {
    Validation<Seq<OkrError>, OkrSet> loaded = OkrSet.loader()
        .cycle(null)
        .objective(null, "T", null, "2026-q1", null)
        .keyResult("kr-a", null, null, LinearMetric.count(10))
        .load();
    Validation<Seq<OkrError>, OkrSet> built = OkrSet.builder()
        .cycle((Cycle) null)
        .objective(Objective.builder().title("T").cycle("2026-q1")
            .keyResult(KeyResult.builder().id("kr-a").weight(null).metric(LinearMetric.count(10))).build())
        .build();
    assertThat(loaded).isEqualTo(built);
    assertThat(loaded.getError().map(e -> e.code() + " " + e.path())).containsExactlyInAnyOrder(
        "okr.required /cycles/0",
        "okr.required /objectives/0/id",
        "okr.required /objectives/0/owner",
        "okr.required /objectives/0/level",
        "okr.required /objectives/0/keyResults/0/title",
        "okr.required /objectives/0/keyResults/0/weight");
  }

  @Test
  void refusesRowsWithoutTheirParent() {
    assertThatThrownBy(() -> OkrSet.loader().keyResult("kr-a", "A", BigDecimal.ONE, LinearMetric.count(1)))
        .isInstanceOf(OkrException.class).hasMessageContaining("/objectives");
    OkrSet.Loader loader = OkrSet.loader().objective("o", "O", OwnerRef.team("a"), "2026-q1", Level.TEAM);
    assertThatThrownBy(() -> loader.checkIn(measured(FEB, "1")))
        .isInstanceOf(OkrException.class).hasMessageContaining("/keyResult");
  }

  @Test
  void loadsAnEmptySet() {
    assertThat(OkrSet.loader().loadOrThrow()).isEqualTo(OkrSet.builder().buildOrThrow());
    assertThatThrownBy(() -> OkrSet.loader().objective("o", "O", OwnerRef.team("a"), "2026-q9", Level.TEAM).loadOrThrow())
        .isInstanceOf(OkrException.class).hasMessageContaining("okr.dangling-reference");
  }

  @Test
  void findsRepeatedKeyResultIdsInALargeObjective() {
    // more than 8 key results: repeated ids are found through a hash set rather than a scan
    OkrSet.Loader loader = OkrSet.loader().cycle(Q1).objective("o", "O", OwnerRef.team("a"), "2026-q1", Level.TEAM);
    Objective.Builder builder = Objective.builder().id("o").title("O").owner(OwnerRef.team("a")).cycle("2026-q1")
        .level(Level.TEAM);
    for (int k = 0; k < 12; k++) {
      String id = k == 10 ? "kr-3" : k == 11 ? "kr-7" : "kr-" + k;
      loader.keyResult(id, "KR " + k, BigDecimal.ONE, LinearMetric.count(5));
      builder.keyResult(KeyResult.builder().id(id).title("KR " + k).metric(LinearMetric.count(5)));
    }
    Validation<Seq<OkrError>, OkrSet> loaded = loader.load();
    assertThat(loaded.getError().map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.duplicate-id /objectives/0/keyResults/10/id",
        "okr.duplicate-id /objectives/0/keyResults/11/id");
    assertThat(loaded).isEqualTo(OkrSet.builder().cycle(Q1).objective(builder.build()).build());
    // the same twelve ids made unique load, and every key result is found by its id
    OkrSet.Loader unique = OkrSet.loader().cycle(Q1).objective("o", "O", OwnerRef.team("a"), "2026-q1", Level.TEAM);
    for (int k = 0; k < 12; k++) {
      unique.keyResult("kr-" + k, "KR " + k, BigDecimal.ONE, LinearMetric.count(5));
    }
    OkrSet set = unique.loadOrThrow();
    for (int k = 0; k < 12; k++) {
      assertThat(set.keyResult(KeyResultId.of("kr-" + k)).map(kr -> kr.title())).containsExactly("KR " + k);
    }
    assertThat(set.objective(ObjectiveId.of("o")).map(o -> o.keyResults().size())).containsExactly(12);
    assertThat(set.objective(ObjectiveId.of("p"))).isEmpty();
  }
}
