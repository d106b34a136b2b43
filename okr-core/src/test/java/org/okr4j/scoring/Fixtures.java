package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Metric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;

/** Shared test data: a 90-day Q1 2026 in UTC and short builders. */
final class Fixtures {

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate END = LocalDate.of(2026, 4, 1);
  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", START, END);
  /** After the cycle: every check-in of the fixtures counts. */
  static final Instant AFTER = Instant.parse("2026-06-01T00:00:00Z");

  private Fixtures() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** The instant {@code days} days after the cycle's start, at midnight UTC. */
  static Instant day(long days) {
    return START.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static CheckIn measure(Instant at, String value) {
    return CheckIn.of(at, new CheckInData.Measurement(d(value)));
  }

  static CheckIn measure(long day, String value) {
    return measure(day(day), value);
  }

  static CheckIn measure(long day, String value, String confidence10) {
    return measure(day, value).withConfidence(Confidence.ofScale10(d(confidence10)));
  }

  static CheckIn done(long day, boolean done) {
    return CheckIn.of(day(day), new CheckInData.Completion(done));
  }

  static CheckIn milestones(long day, String... ids) {
    SortedSet<String> done = TreeSet.of(ids);
    return CheckIn.of(day(day), new CheckInData.MilestonesDone(done));
  }

  static CheckIn period(long day, LocalDate period, String value) {
    return CheckIn.of(day(day), new CheckInData.PeriodValue(period, d(value)));
  }

  static CheckIn items(long day, CheckInData.Item... items) {
    return CheckIn.of(day(day), new CheckInData.ItemValues(List.of(items)));
  }

  static CheckInData.Item item(String key, String num, String den) {
    return new CheckInData.Item(key, d(num), d(den));
  }

  static KeyResult kr(String id, Metric metric, CheckIn... checkIns) {
    return KeyResult.builder().id(id).title("KR " + id).metric(metric).checkIns(List.of(checkIns)).buildOrThrow();
  }

  static KeyResult kr(String id, String weight, Metric metric, CheckIn... checkIns) {
    return KeyResult.builder().id(id).title("KR " + id).weight(d(weight)).metric(metric)
        .checkIns(List.of(checkIns)).buildOrThrow();
  }

  static Objective objective(String id, KeyResult... krs) {
    return objective(id, ObjectiveType.COMMITTED, krs);
  }

  static Objective objective(String id, ObjectiveType type, KeyResult... krs) {
    Objective.Builder b = Objective.builder().id(id).title("Objective " + id).owner(OwnerRef.team("marketing"))
        .cycle(Q1.id().value()).level(Level.TEAM).type(type);
    for (KeyResult kr : krs) {
      b.keyResult(kr);
    }
    return b.buildOrThrow();
  }

  static OkrSet set(Objective... objectives) {
    OkrSet.Builder b = OkrSet.builder().cycle(Q1);
    for (Objective o : objectives) {
      b.objective(o);
    }
    return b.buildOrThrow();
  }

  static KeyResultScore score(KeyResult kr, ScoringPolicy policy) {
    return Scorer.scoreKeyResult(kr, Q1, policy, AFTER);
  }

  static BigDecimal progress(KeyResult kr, ScoringPolicy policy) {
    return score(kr, policy).progress().get();
  }

  static BigDecimal raw(KeyResult kr, ScoringPolicy policy) {
    return score(kr, policy).raw().get();
  }

  static ScoringPolicy withProgress(ScoringPolicy base, java.util.function.UnaryOperator<ProgressPolicy> change) {
    return base.withProgress(change.apply(base.progress()));
  }
}
