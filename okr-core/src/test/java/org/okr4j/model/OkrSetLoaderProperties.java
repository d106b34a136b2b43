package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.validation.OkrError;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link OkrSet.Loader} against the builders: the same rows give the same result, a set equal to
 * the builders' or the very same problems at the very same paths.
 */
class OkrSetLoaderProperties {

  @Test
  void loadingAValidSetGivesTheSameSet() {
    qt().withExamples(OkrGenerators.examples() / 2 + 10).forAll(OkrGenerators.okrSets())
        .checkAssert(set -> assertThat(load(set).load()).isEqualTo(Validation.valid(set)));
  }

  @Test
  void loadingRowsGivesWhatTheBuildersGive() {
    qt().withExamples(OkrGenerators.examples()).forAll(rows()).checkAssert(rows -> {
      Validation<Seq<OkrError>, OkrSet> built = build(rows);
      Validation<Seq<OkrError>, OkrSet> loaded = load(rows);
      assertThat(loaded).isEqualTo(built);
    });
  }

  /** Every field of every objective, key result and check-in of {@code set}, as loader rows. */
  private static OkrSet.Loader load(OkrSet set) {
    OkrSet.Loader loader = OkrSet.loader();
    set.cycles().forEach(loader::cycle);
    for (Objective o : set.objectives()) {
      loader.objective(o.id().value(), o.title(), o.description(), o.owner(), o.cycle().value(), o.level(), o.type(),
          o.visibility(), o.tags());
      for (KeyResult kr : o.keyResults()) {
        loader.keyResult(kr.id().value(), kr.title(), kr.owner().getOrNull(), kr.weight(), kr.dueDate().getOrNull(),
            kr.metric());
        kr.checkIns().reverse().forEach(loader::checkIn);
      }
    }
    return loader;
  }

  /** A row of a key result; {@code null} fields and check-ins are kept as given. */
  record KrRow(String id, String title, BigDecimal weight, LocalDate due, Metric metric, List<CheckIn> checkIns) {}

  /** A row of an objective. */
  record ObjectiveRow(String id, String title, OwnerRef owner, String cycle, Level level, List<String> tags,
      List<KrRow> keyResults) {}

  /** Objectives drawn from small pools of good and bad values, so that ids repeat and fields go missing. */
  static Gen<List<ObjectiveRow>> rows() {
    return in -> {
      int objectives = (int) in.next(Constraint.between(0, 5));
      List<ObjectiveRow> out = new ArrayList<>();
      for (int o = 0; o < objectives; o++) {
        List<KrRow> krs = new ArrayList<>();
        int n = (int) in.next(Constraint.between(0, 3));
        for (int k = 0; k < n; k++) {
          Metric metric = pick(in, LinearMetric.count(10), BinaryMetric.INSTANCE, null);
          List<CheckIn> checkIns = new ArrayList<>();
          int c = (int) in.next(Constraint.between(0, 3));
          for (int i = 0; i < c; i++) {
            checkIns.add(pick(in, CheckIn.of(Instant.parse("2026-02-0" + (i + 1) + "T00:00:00Z"),
                new CheckInData.Measurement(BigDecimal.valueOf(i))),
                CheckIn.of(Instant.parse("2026-03-01T00:00:00Z"), new CheckInData.Completion(true)), null));
          }
          krs.add(new KrRow(pick(in, "kr-a", "kr-b", "kr-c", "", null), pick(in, "A key result", " ", null),
              pick(in, BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("-1"), null),
              pick(in, null, LocalDate.of(2026, 3, 1), LocalDate.of(1800, 1, 1)), metric, checkIns));
        }
        out.add(new ObjectiveRow(pick(in, "o-1", "o-2", "o-3", "bad id!", null), pick(in, "An objective", "", null),
            pick(in, OwnerRef.team("t"), null), pick(in, "2026-q1", "2026-q2", null), pick(in, Level.TEAM, null),
            pick(in, List.of(), List.of("x"), List.of("b", "a"), List.of(" ")), krs));
      }
      return out;
    };
  }

  @SafeVarargs
  private static <T> T pick(org.quicktheories.core.RandomnessSource in, T... values) {
    return values[(int) in.next(Constraint.between(0, values.length - 1))];
  }

  private static Validation<Seq<OkrError>, OkrSet> build(List<ObjectiveRow> rows) {
    OkrSet.Builder set = OkrSet.builder().cycle(OkrGenerators.CYCLE);
    for (ObjectiveRow o : rows) {
      Objective.Builder b = Objective.builder().id(o.id()).title(o.title()).owner(o.owner()).cycle(o.cycle())
          .level(o.level());
      o.tags().forEach(b::tag);
      for (KrRow kr : o.keyResults()) {
        KeyResult.Builder k = KeyResult.builder().id(kr.id()).title(kr.title()).weight(kr.weight())
            .dueDate(kr.due()).metric(kr.metric());
        kr.checkIns().forEach(k::checkIn);
        b.keyResult(k);
      }
      set.objective(b.build());
    }
    return set.build();
  }

  private static Validation<Seq<OkrError>, OkrSet> load(List<ObjectiveRow> rows) {
    OkrSet.Loader loader = OkrSet.loader().cycle(OkrGenerators.CYCLE);
    for (ObjectiveRow o : rows) {
      loader.objective(o.id(), o.title(), "", o.owner(), o.cycle(), o.level(), ObjectiveType.COMMITTED,
          Visibility.PUBLIC, o.tags());
      for (KrRow kr : o.keyResults()) {
        loader.keyResult(kr.id(), kr.title(), null, kr.weight(), kr.due(), kr.metric());
        kr.checkIns().forEach(loader::checkIn);
      }
    }
    return loader.load();
  }
}
