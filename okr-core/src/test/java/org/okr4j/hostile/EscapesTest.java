package org.okr4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.scoring.AggregationPolicy;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.GradeScale;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ScoreNode;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Series;
import org.okr4j.scoring.StatusRule;
import org.okr4j.scoring.StretchLevels;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * One named regression test for each way input used to escape the validated domain as a raw
 * exception (an adversarial run found them): far dates, numbers outside the number domain,
 * formatting a huge number in an error message, a {@code BigDecimal} subclass kept by reference,
 * problems reported one round trip at a time. The recursion escapes are in {@link DeepTreesTest};
 * the property over the whole API is {@link HostileInputProperties}.
 */
class EscapesTest {

  private static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
  private static final Instant FEB = Instant.parse("2026-02-01T09:00:00Z");
  private static final BigDecimal HUGE = new BigDecimal("1E+1000000000");
  private static final BigDecimal TINY = new BigDecimal("1E-100000000");
  /** A hang guard, not a benchmark: each of these calls used to run for many seconds or forever. */
  private static final Duration HANG = Duration.ofSeconds(10);

  private static KeyResult.Builder kr(String id) {
    return KeyResult.builder().id(id).title("Key result " + id).metric(LinearMetric.count(10));
  }

  private static Objective.Builder objective(String id, String cycle) {
    return Objective.builder().id(id).title("Objective " + id).owner(OwnerRef.team("t")).cycle(cycle).level(Level.TEAM);
  }

  /** Asserts that {@code call} throws OkrException with one error of {@code code} at {@code path}, in short messages. */
  private static void assertRefused(ThrowingCallable call, String code, String path) {
    assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(call).isInstanceOfSatisfying(OkrException.class, e -> {
      assertThat(e.errors()).anySatisfy(error -> {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.path()).hasToString(path);
      });
      assertShort(e.errors());
      assertThat(e.getMessage()).hasSizeLessThan(1_000);
    }));
  }

  private static void assertShort(Seq<OkrError> errors) {
    for (OkrError error : errors) {
      assertThat(error.message(Locale.ENGLISH)).hasSizeLessThan(400);
      assertThat(error.message(Locale.SIMPLIFIED_CHINESE)).hasSizeLessThan(400);
    }
  }

  private static Seq<String> codesAt(Validation<Seq<OkrError>, ?> result) {
    return result.getError().map(e -> e.code() + " at " + e.path());
  }

  @Nested
  class Dates {

    @Test
    void dueDatesOutsideTheDomainAreRefusedByTheBuilder() {
      for (LocalDate far : List.of(LocalDate.MAX, LocalDate.of(999_999_999, 12, 31), LocalDate.of(1, 1, 1),
          LocalDate.of(10_000, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.MIN)) {
        assertThat(codesAt(kr("k").dueDate(far).build())).as("%s", far)
            .containsExactly("okr.out-of-range at /dueDate");
      }
      assertThat(kr("k").dueDate(LocalDate.of(1900, 1, 1)).build().isValid()).isTrue();
      assertThat(kr("k").dueDate(LocalDate.of(9999, 12, 31)).build().isValid()).isTrue();
      assertThat(kr("k").dueDate(LocalDate.of(10_000, 1, 1)).build().getError().head().message(Locale.ENGLISH))
          .isEqualTo("is +10000-01-01, but must be [1900-01-01, 9999-12-31]");
    }

    @Test
    void aKeyResultDueOnTheLastDayOfTheDomainIsScoredWithoutDateTimeException() {
      Cycle last = Cycle.of("last", "The last quarter", LocalDate.of(9999, 10, 1), LocalDate.of(9999, 12, 31));
      KeyResult due = kr("k-last").dueDate(LocalDate.of(9999, 12, 31))
          .checkIn(CheckIn.of(Instant.parse("9999-11-01T00:00:00Z"), new CheckInData.Measurement(BigDecimal.valueOf(4))))
          .buildOrThrow();
      OkrSet set = OkrSet.builder().cycle(last).objective(objective("o-last", "last").keyResult(due).buildOrThrow())
          .buildOrThrow();
      for (Instant asOf : List.of(Instant.parse("9999-12-30T00:00:00Z"), Instant.MAX, Instant.MIN)) {
        Scorecard card = Scorer.evaluate(set, ScoringPolicy.defaults(), asOf);
        assertThat(card.keyResults()).hasSize(1);
        assertThat(Scorer.validate(set, ScoringPolicy.defaults(), asOf).isValid()).isTrue();
        KeyResultScore score = Scorer.scoreKeyResult(due, last, ScoringPolicy.google(), asOf);
        assertThat(score.explanation().render()).isNotEmpty();
      }
      assertThat(Series.keyResult(due, last, ScoringPolicy.defaults(), Series.Step.DAY)).hasSize(91);
    }

    @Test
    void recurringPeriodsOutsideTheDomainAreRefusedWithTheKeyResult() {
      Validation<Seq<OkrError>, KeyResult> far = KeyResult.builder().id("k").title("Every month")
          .metric(RecurringMetric.of(Unit.COUNT, Period.MONTH, BigDecimal.ONE))
          .checkIn(CheckIn.of(FEB, new CheckInData.PeriodValue(LocalDate.MAX, BigDecimal.ONE)))
          .build();
      assertThat(codesAt(far)).containsExactly("okr.out-of-range at /checkIns/0/data/period");
    }

    @Test
    void periodArithmeticRefusesFarDatesInsteadOfLoopingForever() {
      assertRefused(() -> Period.MONTH.indexOf(LocalDate.of(2026, 1, 1), LocalDate.MAX), "okr.out-of-range", "/date");
      assertRefused(() -> Period.WEEK.countIn(LocalDate.MIN, LocalDate.of(2026, 1, 1)), "okr.out-of-range", "/start");
      assertRefused(() -> Period.QUARTER.startOf(LocalDate.of(2026, 1, 1), -1), "okr.out-of-range", "/k");
      // the whole domain still counts: 8,100 years of months
      assertThat(Period.MONTH.countIn(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))).isEqualTo(8100 * 12);
    }

    @Test
    void aSeriesLongerThanItsLimitIsRefusedRatherThanComputedForMinutes() {
      Cycle ages = Cycle.of("ages", "Eight thousand years", LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
      assertRefused(() -> Series.keyResult(kr("k").buildOrThrow(), ages, ScoringPolicy.defaults(), Series.Step.DAY),
          "okr.out-of-range", "/cycle");
      // 27 years of days is the limit: 10,000 points
      Cycle longest = Cycle.of("long", "Long", LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1).plusDays(Series.MAX_POINTS));
      assertThat(Series.keyResult(kr("k").buildOrThrow(), longest, ScoringPolicy.defaults(), Series.Step.DAY))
          .hasSize(Series.MAX_POINTS);
    }
  }

  @Nested
  class Numbers {

    @Test
    void confidenceConversionsStayInTheNumberDomain() {
      // 1E-30 percent is the fraction 1E-32: more decimals than the number domain allows
      assertRefused(() -> Confidence.ofPercent(new BigDecimal("1E-30")), "okr.out-of-range", "");
      assertRefused(() -> Confidence.ofScale10(new BigDecimal("0." + "1".repeat(30))), "okr.out-of-range", "");
      assertThat(Confidence.validatePercent(new BigDecimal("1E-30")).getError().head().message(Locale.ENGLISH))
          .isEqualTo("is 0.000000000000000000000000000001, but must be [0, 100] with at most 28 decimals");
      // the largest precision each accepts: 28 decimals in percent, 29 on the 0-10 scale
      assertThat(Confidence.ofPercent(new BigDecimal("1E-28")).value()).isEqualByComparingTo("1E-30");
      assertThat(Confidence.ofScale10(new BigDecimal("0." + "1".repeat(29))).value())
          .isEqualByComparingTo("0.0" + "1".repeat(29));
    }

    @Test
    void errorMessagesNeverFormatAHugeNumberInFull() {
      assertRefused(() -> StretchPolicy.defaults().withFractions(HUGE, new BigDecimal("0.7")),
          "okr.out-of-range", "/commitFraction");
      assertRefused(() -> StretchPolicy.defaults().withFractions(new BigDecimal("0.3"), BigDecimal.valueOf(1, Integer.MAX_VALUE)),
          "okr.out-of-range", "/targetFraction");
      assertRefused(() -> ScoreNode.leaf(Option.some(BigDecimal.ONE), HUGE.negate()), "okr.out-of-range", "/weight");
      Validation<Seq<OkrError>, StretchLevels> derived = StretchPolicy.defaults().derive(HUGE, null, BigDecimal.ONE, null);
      assertThat(codesAt(derived)).containsExactly("okr.out-of-range at /baseline");
      assertShort(derived.getError());
      OkrError error = new OkrError.TargetEqualsBaseline(OkrPath.root(), BigDecimal.valueOf(1, Integer.MIN_VALUE));
      assertThat(error.message(Locale.ENGLISH)).contains("1E+2147483648").hasSizeLessThan(200);
      assertThat(new OkrError.WeightsNotNormalized(OkrPath.root(), HUGE).message(Locale.SIMPLIFIED_CHINESE))
          .contains("1E+1000000000").hasSizeLessThan(200);
    }

    @Test
    void numericFunctionsRefuseNumbersFarOutsideTheDomainQuickly() {
      assertRefused(() -> Explanation.input("x", TINY, ""), "okr.out-of-range", "/value");
      assertRefused(() -> Explanation.of("x", Option.some(HUGE), "", "", List.empty()), "okr.out-of-range", "/value");
      assertRefused(() -> GradeScale.tenths().grade(TINY), "okr.out-of-range", "/progress");
      assertRefused(() -> ScoringPolicy.defaults().grading().grade(TINY), "okr.out-of-range", "/progress");
      assertRefused(() -> Target.relative(new BigDecimal("0.5")).resolve(TINY), "okr.out-of-range", "/baseline");
      assertRefused(() -> Target.relative(TINY).resolve(BigDecimal.ONE), "okr.out-of-range", "/amount");
      assertRefused(() -> Target.points(HUGE).resolve(BigDecimal.ONE), "okr.out-of-range", "/amount");
      StretchLevels levels = StretchPolicy.defaults().derive(LinearMetric.count(10)).get();
      assertRefused(() -> StretchPolicy.defaults().progress(levels, Option.some(TINY)), "okr.out-of-range", "/current");
      assertRefused(() -> ScoreNode.leaf(Option.some(TINY), BigDecimal.ONE), "okr.out-of-range", "/progress");
      assertRefused(() -> StatusRule.oboard().apply(TINY, BigDecimal.ONE), "okr.out-of-range", "/actual");
      // what okr4j computes is accepted back: a 34-digit quotient
      BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128);
      assertThat(GradeScale.tenths().grade(third)).isEqualByComparingTo("0.3");
      assertThat(AggregationPolicy.defaults().aggregate(ScoreNode.leaf(Option.some(third)))).contains(third);
    }

    @Test
    void ordinalScoresGivenAsTextAreParsedIntoTypedErrors() {
      assertThatThrownBy(() -> OrdinalMetric.scores("0", "x", "0.7", "1".repeat(101)))
          .isInstanceOfSatisfying(OkrException.class, e -> assertThat(e.errors().map(x -> x.code() + " at " + x.path()))
              .containsExactly("okr.malformed.decimal at /commit", "okr.out-of-range at /stretch"));
      assertThat(new OkrError.Malformed(OkrPath.of("commit"), OkrError.Format.DECIMAL, "x").message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("不是十进制数：\"x\"");
    }
  }

  @Nested
  class MutableInputs {

    /** Reads as {@code value} until flipped, then claims to be −5, as a hostile host's subclass could. */
    static final class Shifty extends BigDecimal {
      private static final long serialVersionUID = 1L;
      private boolean flipped;

      Shifty(String value) {
        super(value);
      }

      @Override
      public int signum() {
        return flipped ? -1 : super.signum();
      }

      @Override
      public int compareTo(BigDecimal other) {
        return flipped ? BigDecimal.valueOf(-5).compareTo(other) : super.compareTo(other);
      }

      @Override
      public String toPlainString() {
        return flipped ? "-5" : super.toPlainString();
      }

      @Override
      public String toString() {
        return toPlainString();
      }
    }

    @Test
    void aBigDecimalSubclassCannotChangeAWeightAfterValidation() {
      Shifty two = new Shifty("2");
      KeyResult k = kr("k").weight(two).buildOrThrow();
      two.flipped = true;
      assertThat(k.weight()).hasToString("2").isEqualByComparingTo("2");
      assertThat(k.weight().getClass()).isEqualTo(BigDecimal.class);
    }

    @Test
    void everyValueKeepsItsOwnCopyOfTheNumbersItWasGiven() {
      Supplier<Shifty> three = () -> new Shifty("3");
      java.util.List<Supplier<BigDecimal>> kept = new java.util.ArrayList<>();
      Shifty s1 = three.get();
      Contribution c = Contribution.of(Contribution.Kind.OBJECTIVE, "o", "", Option.some(BigDecimal.ONE), s1);
      kept.add(c::weight);
      Shifty s2 = three.get();
      Link link = Link.contributes(NodeRef.objective("a"), NodeRef.objective("b"), s2);
      kept.add(link::weight);
      Shifty s3 = three.get();
      CheckInData.Measurement m = new CheckInData.Measurement(s3);
      kept.add(m::value);
      Shifty s4 = three.get();
      LinearMetric metric = LinearMetric.of(Unit.NUMBER, s4, Target.absolute(BigDecimal.TEN));
      kept.add(metric::baseline);
      Shifty s5 = three.get();
      ScoreNode.Leaf leaf = (ScoreNode.Leaf) ScoreNode.leaf(Option.some(s5), BigDecimal.ONE);
      kept.add(() -> leaf.progress().get());
      Shifty s6 = new Shifty("0.3");
      GradeScale levels = GradeScale.levels(BigDecimal.ZERO, s6);
      Shifty s7 = three.get();
      StretchLevels stretch = new StretchLevels(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(2), s7);
      kept.add(stretch::stretch);
      for (Shifty s : List.of(s1, s2, s3, s4, s5, s6, s7)) {
        s.flipped = true;
      }
      assertThat(levels.levels().get(1).getClass()).isEqualTo(BigDecimal.class);
      assertThat(levels.levels().get(1)).isEqualByComparingTo("0.3");
      assertThat(kept).allSatisfy(number -> {
        assertThat(number.get().getClass()).isEqualTo(BigDecimal.class);
        assertThat(number.get()).isEqualByComparingTo("3");
      });
    }
  }

  @Nested
  class EveryProblemAtOnce {

    @Test
    void aDanglingCycleIsReportedTogetherWithTheInvalidObjectivesProblems() {
      Validation<Seq<OkrError>, OkrSet> set = OkrSet.builder().cycle(Q1)
          .objective(objective("o-1", "2026-q1").title(" ").build())
          .objective(objective("o-2", "2026-q2").buildOrThrow())
          .build();
      assertThat(codesAt(set)).containsExactly("okr.blank at /objectives/0/title",
          "okr.dangling-reference at /objectives/1/cycle");
    }

    @Test
    void referencesAreCheckedOnTheRestWhenAnElementIsMissing() {
      Objective dangling = objective("o-2", "2026-q2").buildOrThrow();
      Validation<Seq<OkrError>, OkrSet> set = OkrSet.validate(List.of(Q1), Arrays.asList(null, dangling, dangling));
      assertThat(codesAt(set)).containsExactlyInAnyOrder("okr.required at /objectives/0",
          "okr.dangling-reference at /objectives/1/cycle", "okr.duplicate-id at /objectives/2/id",
          "okr.dangling-reference at /objectives/2/cycle");
    }
  }

  @Nested
  class MisusedQueries {

    @Test
    void theCycleOfAnObjectiveFromAnotherSetIsATypedError() {
      OkrSet set = OkrSet.builder().cycle(Q1).objective(objective("o-1", "2026-q1").buildOrThrow()).buildOrThrow();
      assertRefused(() -> set.cycleOf(objective("o-9", "2026-q9").buildOrThrow()), "okr.dangling-reference", "/cycle");
    }

    @Test
    void rescoringAGraphWithASetOfAnotherShapeIsATypedError() {
      OkrSet set = OkrSet.builder().cycle(Q1)
          .objective(objective("o-1", "2026-q1").keyResult(kr("k-1")).keyResult(kr("k-2")).buildOrThrow())
          .buildOrThrow();
      GraphScorecard card = GraphScorecard.evaluate(AlignmentGraph.of(set), ScoringPolicy.defaults(), FEB);
      OkrSet fewer = OkrSet.builder().cycle(Q1)
          .objective(objective("o-1", "2026-q1").keyResult(kr("k-1")).buildOrThrow()).buildOrThrow();
      assertThat(card.rescore(fewer, KeyResultId.of("k-1")).getLeft().code()).isEqualTo("okr.dangling-reference");
    }
  }
}
