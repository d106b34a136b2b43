package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For generated invalid input of every kind, validation returns {@code Invalid} with at least one
 * error that has a code, a path and a message in both languages, and never throws.
 */
class InvalidInputProperties {

  /** One way to make input invalid: a name for the report and the validating call. */
  record Scenario(String name, Supplier<Validation<Seq<OkrError>, ?>> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Gen<String> BAD_IDS = Generate.pick(java.util.List.of(
      "", " ", "a b", "a/b", "-lead", "x".repeat(65), "ü", "kr#1", ".", "tab\tid"));
  private static final Gen<String> BAD_TEXT = Generate.pick(java.util.List.of("", " ", "\t\n", "x".repeat(10_001)));
  private static final Gen<BigDecimal> OUT_OF_DOMAIN = Generate.pick(java.util.List.of(
      new BigDecimal("1E+40"), new BigDecimal("-1E+31"), new BigDecimal("1E-31"), new BigDecimal("1E+999999999")));
  private static final Gen<String> BAD_CURRENCIES = Generate.pick(java.util.List.of("eur", "EURO", "XXY", "", "12$"));

  private static KeyResult.Builder kr(Metric metric) {
    return KeyResult.builder().id("kr-1").title("A key result").metric(metric);
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder().id(id).title("An objective").owner(OwnerRef.person("p"))
        .cycle(OkrGenerators.CYCLE.id().value()).level(Level.TEAM);
  }

  private static Gen<Scenario> scenarios() {
    java.util.List<Gen<Scenario>> all = new java.util.ArrayList<>();
    all.add(BAD_IDS.map(id -> new Scenario("kr id " + id, () -> kr(LinearMetric.count(3)).id(id).build())));
    all.add(BAD_IDS.map(id -> new Scenario("objective id", () -> objective(id).build())));
    all.add(BAD_IDS.map(id -> new Scenario("cycle id", () -> Cycle.validate(id, "c", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 2, 1), null, null))));
    all.add(BAD_TEXT.map(t -> new Scenario("kr title", () -> kr(LinearMetric.count(3)).title(t).build())));
    all.add(BAD_TEXT.map(t -> new Scenario("objective title", () -> objective("o-1").title(t).build())));
    all.add(BAD_TEXT.map(t -> new Scenario("owner id", () -> OwnerRef.validate(OwnerKind.TEAM, t))));
    all.add(OkrGenerators.decimals().map(d -> new Scenario("negative weight",
        () -> kr(LinearMetric.count(3)).weight(d.abs().negate().subtract(BigDecimal.ONE)).build())));
    all.add(OUT_OF_DOMAIN.map(d -> new Scenario("weight out of domain", () -> kr(LinearMetric.count(3)).weight(d).build())));
    all.add(OUT_OF_DOMAIN.map(d -> new Scenario("baseline out of domain",
        () -> LinearMetric.validate(Unit.NUMBER, d, Target.absolute(BigDecimal.ONE)))));
    // (a target equal to its baseline is valid: scoring decides what it is worth)
    all.add(OkrGenerators.decimals().map(b -> new Scenario("stretch level short of the target",
        () -> kr(null).metric(LinearMetric.validate(Unit.NUMBER, b, Target.absolute(b.add(BigDecimal.ONE)), null, b))
            .build())));
    all.add(OkrGenerators.decimals().map(b -> new Scenario("commit level below the baseline",
        () -> LinearMetric.validate(Unit.NUMBER, b, Target.absolute(b.add(BigDecimal.ONE)), b.subtract(BigDecimal.ONE),
            null))));
    all.add(OkrGenerators.decimals().map(p -> new Scenario("points on a non-percent metric",
        () -> LinearMetric.validate(Unit.COUNT, BigDecimal.TEN, Target.points(p)))));
    all.add(Generate.range(0, 4).map(n -> new Scenario("milestones weighing nothing", () -> {
      java.util.List<Milestone> ms = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        ms.add(Milestone.of("m" + i, "Step " + i, BigDecimal.ZERO));
      }
      return MilestoneMetric.validate(ms);
    })));
    all.add(BAD_IDS.map(id -> new Scenario("milestone id", () -> Milestone.validate(id, "t", BigDecimal.ONE))));
    all.add(Generate.constant(new Scenario("duplicate milestone ids",
        () -> MilestoneMetric.validate(List.of(Milestone.of("m", "a"), Milestone.of("m", "b"))))));
    all.add(Generate.constant(new Scenario("null milestones", () -> MilestoneMetric.validate(null))));
    all.add(BAD_CURRENCIES.map(c -> new Scenario("currency " + c, () -> Unit.validateCurrency(c))));
    all.add(BAD_TEXT.map(c -> new Scenario("custom unit", () -> Unit.validateCustom(c))));
    all.add(OkrGenerators.decimals().map(d -> new Scenario("range upside down",
        () -> RangeMetric.validate(Unit.NUMBER, d.add(BigDecimal.ONE), d))));
    all.add(OkrGenerators.decimals().map(d -> new Scenario("recurring target not positive",
        () -> RecurringMetric.validate(Unit.COUNT, Period.MONTH, d.abs().negate()))));
    all.add(Generate.constant(new Scenario("threshold nulls", () -> ThresholdMetric.validate(null, null, null))));
    all.add(OkrGenerators.decimals().map(d -> new Scenario("confidence out of range",
        () -> Confidence.validate(d.abs().add(new BigDecimal("1.001"))))));
    all.add(OkrGenerators.decimals().map(d -> new Scenario("confidence scale out of range",
        () -> Confidence.validateScale10(d.abs().negate().subtract(new BigDecimal("0.1"))))));
    all.add(OkrGenerators.metrics().map(m -> new Scenario("check-in of the wrong kind", () -> kr(m)
        .checkIn(CheckIn.of(Instant.parse("2026-02-01T00:00:00Z"), wrongDataFor(m))).build())));
    all.add(Generate.constant(new Scenario("unknown milestone done", () -> kr(MilestoneMetric.of(Milestone.of("m1", "a")))
        .checkIn(CheckIn.of(Instant.parse("2026-02-01T00:00:00Z"),
            new CheckInData.MilestonesDone(TreeSet.of("m2")))).build())));
    all.add(OkrGenerators.decimals().map(d -> new Scenario("item denominator not positive",
        () -> kr(org.okr4j.model.AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, BigDecimal.TEN))
            .checkIn(CheckIn.of(Instant.parse("2026-02-01T00:00:00Z"), new CheckInData.ItemValues(
                List.of(new CheckInData.Item("a", BigDecimal.ONE, d.abs().negate()))))).build())));
    all.add(Generate.longRange(-9_000_000_000_000L, -2_300_000_000L).map(s -> new Scenario("instant out of range",
        () -> CheckIn.validate(Instant.ofEpochSecond(s), new CheckInData.Completion(true), null, null, null))));
    all.add(Generate.constant(new Scenario("check-in without data",
        () -> CheckIn.validate(Instant.EPOCH, null, null, null, null))));
    all.add(Generate.range(0, 400).map(days -> new Scenario("cycle ends before it starts",
        () -> Cycle.validate("c", "c", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1).minusDays(days), null, null))));
    all.add(Generate.range(1, 100).map(y -> new Scenario("cycle before 1900",
        () -> Cycle.validate("c", "c", LocalDate.of(1900 - y, 1, 1), LocalDate.of(2026, 1, 1), null, null))));
    all.add(Generate.constant(new Scenario("cycle is its own parent",
        () -> Cycle.validate("c", "c", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "c", null))));
    all.add(Generate.range(-100, -1).map(r -> new Scenario("level rank", () -> Level.validate("division", r))));
    all.add(BAD_IDS.map(n -> new Scenario("level name", () -> Level.validate(n, 1))));
    all.add(BAD_IDS.map(n -> new Scenario("owner kind", () -> OwnerKind.parse(n).toValidation().mapError(e -> (Seq<OkrError>) List.of(e)))));
    all.add(Generate.constant(new Scenario("objective without owner, level, key result",
        () -> objective("o-1").owner(null).level(null).type(null).visibility(null)
            .keyResult((KeyResult) null).build())));
    all.add(Generate.range(2, 6).map(n -> new Scenario("duplicate objective ids", () -> {
      OkrSet.Builder b = OkrSet.builder().cycle(OkrGenerators.CYCLE);
      for (int i = 0; i < n; i++) {
        b.objective(objective("o-same").buildOrThrow());
      }
      return b.build();
    })));
    all.add(Generate.constant(new Scenario("duplicate key-result ids across objectives", () -> OkrSet.builder()
        .cycle(OkrGenerators.CYCLE)
        .objective(objective("o-1").keyResult(kr(LinearMetric.count(1))).buildOrThrow())
        .objective(objective("o-2").keyResult(kr(LinearMetric.count(1))).buildOrThrow())
        .build())));
    all.add(Generate.constant(new Scenario("dangling cycle", () -> OkrSet.builder()
        .objective(objective("o-1").buildOrThrow()).build())));
    all.add(Generate.range(2, 5).map(n -> new Scenario("cycle parents loop", () -> {
      OkrSet.Builder b = OkrSet.builder();
      for (int i = 0; i < n; i++) {
        b.cycle(Cycle.validate("c" + i, "c", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
            "c" + ((i + 1) % n), null).get());
      }
      return b.build();
    })));
    all.add(Generate.range(1, 300).map(days -> new Scenario("recurring period outside the cycle", () -> OkrSet.builder()
        .cycle(OkrGenerators.CYCLE)
        .objective(objective("o-1").keyResult(kr(RecurringMetric.of(Unit.COUNT, Period.MONTH, BigDecimal.TEN))
            .checkIn(CheckIn.of(Instant.parse("2026-02-01T00:00:00Z"),
                new CheckInData.PeriodValue(OkrGenerators.CYCLE.end().plusDays(days - 1), BigDecimal.ONE)))).buildOrThrow())
        .build())));
    all.add(Generate.constant(new Scenario("null collections", () -> OkrSet.validate(null, null))));
    all.add(Generate.constant(new Scenario("null elements", () -> OkrSet.validate(
        java.util.Arrays.asList((Cycle) null), java.util.Arrays.asList((Objective) null)))));
    all.add(Generate.constant(new Scenario("key result without metric", () -> KeyResult.builder().id("k").title("t").build())));
    all.add(Generate.constant(new Scenario("null check-in", () -> kr(LinearMetric.count(1)).checkIn(null).build())));
    all.add(Generate.constant(new Scenario("restricted to null", () -> org.okr4j.model.Visibility.restrictedTo(null))));
    // Generate.oneOf takes generic varargs; an array of Gen<?> holds the same generators.
    @SuppressWarnings("unchecked")
    Gen<Scenario>[] rest = (Gen<Scenario>[]) all.subList(1, all.size()).toArray(new Gen<?>[0]);
    return Generate.oneOf(all.get(0), rest);
  }

  private static CheckInData wrongDataFor(Metric metric) {
    return metric.dataKind().equals("completion")
        ? new CheckInData.Measurement(BigDecimal.ONE)
        : new CheckInData.Completion(true);
  }

  @Test
  void invalidInputIsReportedNeverThrown() {
    qt().withExamples(Math.max(OkrGenerators.examples(), 50))
        .forAll(scenarios())
        .checkAssert(scenario -> {
          Validation<Seq<OkrError>, ?> result;
          try {
            result = scenario.call().get();
          } catch (RuntimeException e) {
            throw new AssertionError(scenario.name() + " threw " + e, e);
          }
          assertThat(result.isInvalid()).as(scenario.name()).isTrue();
          assertThat(result.getError()).as(scenario.name()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.code()).matches("okr(\\.[a-z-]+)+");
            assertThat(error.path()).isNotNull();
            assertThat(error.message(Locale.ENGLISH)).isNotEqualTo(error.code());
            assertThat(error.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(error.code())
                .isNotEqualTo(error.message(Locale.ENGLISH));
          });
        });
  }
}
