package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class MetricTest {

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void percentagePointsAndRelativeDeltasAreDifferentThings() {
    // E01/E02: from 10 %, "+2 pp" is 12 %, "+2 %" is 10.2 %
    LinearMetric points = LinearMetric.of(Unit.PERCENT, n("10"), Target.points(n("2")));
    LinearMetric relative = LinearMetric.of(Unit.PERCENT, n("10"), Target.relative(n("0.02")));
    assertThat(points.targetValue()).isEqualByComparingTo("12");
    assertThat(relative.targetValue()).isEqualByComparingTo("10.2");
    assertThat(LinearMetric.of(Unit.NUMBER, n("2"), Target.absolute(n("3"))).targetValue()).isEqualByComparingTo("3");
    assertThat(points.target().amount()).isEqualByComparingTo("2");
  }

  @Test
  void directionFollowsTheTarget() {
    assertThat(LinearMetric.of(Unit.NUMBER, n("100"), Target.absolute(n("60"))).isIncreasing()).isFalse();
    assertThat(LinearMetric.count(5).isIncreasing()).isTrue();
    assertThat(LinearMetric.of(Unit.NUMBER, n("100"), Target.relative(n("-0.4"))).targetValue()).isEqualByComparingTo("60");
    assertThat(LinearMetric.count(5).kind()).isEqualTo("linear");
    assertThat(LinearMetric.count(5).dataKind()).isEqualTo("measurement");
  }

  @Test
  void linearAcceptsATargetEqualToItsBaselineAndRejectsBadTargets() {
    // a target equal to the baseline is a degenerate metric; the scoring policy decides what it scores
    LinearMetric flat = LinearMetric.validate(Unit.NUMBER, n("12"), Target.absolute(n("12.0"))).get();
    assertThat(flat.isDegenerate()).isTrue();
    assertThat(flat.isIncreasing()).isFalse();
    // +50 % of 0 is 0 again
    assertThat(LinearMetric.validate(Unit.NUMBER, n("0"), Target.relative(n("0.5"))).get().isDegenerate()).isTrue();
    assertThat(LinearMetric.count(3).isDegenerate()).isFalse();
    assertThat(LinearMetric.validate(Unit.NUMBER, n("5"), Target.points(n("1"))).getError().head())
        .isInstanceOf(OkrError.IncompatibleUnit.class);
    assertThat(LinearMetric.validate(Unit.NUMBER, n("1E+29"), Target.relative(n("1E+10"))).getError().head().code())
        .isEqualTo("okr.out-of-range");
    assertThat(LinearMetric.validate(null, null, null).getError().map(e -> e.path().toString()))
        .containsExactly("/unit", "/baseline", "/target");
    assertThatThrownBy(() -> LinearMetric.count(0)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Target.absolute(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Target.points(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Target.relative(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void comparisons() {
    BigDecimal t = n("25");
    assertThat(Comparison.AT_LEAST.isMet(n("25"), t)).isTrue();
    assertThat(Comparison.ABOVE.isMet(n("25"), t)).isFalse();
    assertThat(Comparison.ABOVE.isMet(n("25.1"), t)).isTrue();
    assertThat(Comparison.AT_MOST.isMet(n("25"), t)).isTrue();
    assertThat(Comparison.BELOW.isMet(n("25"), t)).isFalse();
    assertThat(Comparison.BELOW.isMet(n("24"), t)).isTrue();
    assertThat(Comparison.AT_LEAST.isMet(n("24"), t)).isFalse();
    assertThat(Comparison.AT_MOST.isMet(n("26"), t)).isFalse();
    assertThat(Comparison.AT_LEAST.isUpward()).isTrue();
    assertThat(Comparison.ABOVE.isUpward()).isTrue();
    assertThat(Comparison.BELOW.isUpward()).isFalse();
    assertThat(Comparison.AT_MOST.isInclusive()).isTrue();
    assertThat(Comparison.BELOW.isInclusive()).isFalse();
    assertThat(Comparison.AT_LEAST.withInclusive(false)).isEqualTo(Comparison.ABOVE);
    assertThat(Comparison.ABOVE.withInclusive(true)).isEqualTo(Comparison.AT_LEAST);
    assertThat(Comparison.AT_MOST.withInclusive(false)).isEqualTo(Comparison.BELOW);
    assertThat(Comparison.BELOW.withInclusive(true)).isEqualTo(Comparison.AT_MOST);
    assertThat(List.of(Comparison.values()).map(Comparison::symbol)).containsExactly("≥", ">", "≤", "<");
  }

  @Test
  void thresholdAndRange() {
    // E20: keep below 25 % (strict): 27 → not met, 24 → met, 25 → not met
    ThresholdMetric below = ThresholdMetric.of(Unit.PERCENT, Comparison.BELOW, n("25"));
    assertThat(below.isMet(n("27"))).isFalse();
    assertThat(below.isMet(n("24"))).isTrue();
    assertThat(below.isMet(n("25"))).isFalse();
    assertThat(below.kind()).isEqualTo("threshold");
    assertThat(below.dataKind()).isEqualTo("measurement");
    RangeMetric range = RangeMetric.of(Unit.NUMBER, n("4"), n("5"));
    assertThat(range.contains(n("4"))).isTrue();
    assertThat(range.contains(n("5.0"))).isTrue();
    assertThat(range.contains(n("5.01"))).isFalse();
    assertThat(range.contains(n("3.99"))).isFalse();
    assertThat(range.kind()).isEqualTo("range");
    assertThat(range.dataKind()).isEqualTo("measurement");
    assertThat(RangeMetric.of(Unit.NUMBER, n("4"), n("4")).contains(n("4"))).isTrue();
    assertThat(RangeMetric.validate(Unit.NUMBER, n("5"), n("4")).getError().head().code()).isEqualTo("okr.empty-range");
    assertThat(ThresholdMetric.validate(null, null, null).getError().size()).isEqualTo(3);
  }

  @Test
  void milestones() {
    // E26: weights 0.1/0.2/0.2/0.3/0.2
    MilestoneMetric m = MilestoneMetric.of(Milestone.of("a", "A", n("0.1")), Milestone.of("b", "B", n("0.2")),
        Milestone.of("c", "C", n("0.2")), Milestone.of("d", "D", n("0.3")), Milestone.of("e", "E", n("0.2")));
    assertThat(m.totalWeight()).isEqualByComparingTo("1");
    assertThat(m.kind()).isEqualTo("milestones");
    assertThat(m.dataKind()).isEqualTo("milestones");
    assertThat(Milestone.of("x", "X").weight()).isEqualByComparingTo("1");
    assertThat(MilestoneMetric.validate(List.empty()).getError().head().code()).isEqualTo("okr.empty");
    assertThat(MilestoneMetric.validate(List.of(Milestone.of("a", "A", BigDecimal.ZERO))).getError().head().code())
        .isEqualTo("okr.zero-total-weight");
    assertThat(MilestoneMetric.validate(java.util.Arrays.asList(Milestone.of("a", "A"), null)).getError().head().path()
        .toString()).isEqualTo("/milestones/1");
    assertThat(MilestoneMetric.validate(List.of(Milestone.of("a", "A"), Milestone.of("a", "B"))).getError().head().path()
        .toString()).isEqualTo("/milestones/1/id");
    assertThat(Milestone.validate("a", "", n("-1")).getError().map(OkrError::code))
        .containsExactly("okr.blank", "okr.out-of-range");
  }

  @Test
  void recurringPeriods() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    assertThat(Period.MONTH.countIn(jan1, LocalDate.of(2026, 4, 1))).isEqualTo(3);
    assertThat(Period.QUARTER.countIn(jan1, LocalDate.of(2026, 4, 1))).isEqualTo(1);
    assertThat(Period.WEEK.countIn(jan1, LocalDate.of(2026, 4, 1))).isEqualTo(13);
    assertThat(Period.WEEK.countIn(jan1, jan1)).isZero();
    assertThat(Period.MONTH.indexOf(jan1, LocalDate.of(2026, 1, 31))).isZero();
    assertThat(Period.MONTH.indexOf(jan1, LocalDate.of(2026, 2, 1))).isEqualTo(1);
    assertThat(Period.MONTH.indexOf(jan1, LocalDate.of(2026, 3, 31))).isEqualTo(2);
    assertThat(Period.WEEK.indexOf(jan1, LocalDate.of(2026, 1, 8))).isEqualTo(1);
    assertThat(Period.WEEK.indexOf(jan1, LocalDate.of(2026, 1, 7))).isZero();
    assertThat(Period.QUARTER.startOf(jan1, 2)).isEqualTo(LocalDate.of(2026, 7, 1));
    // month ends: periods from Jan 31 are Jan 31, Feb 28, Mar 31
    LocalDate jan31 = LocalDate.of(2026, 1, 31);
    assertThat(Period.MONTH.indexOf(jan31, LocalDate.of(2026, 2, 27))).isZero();
    assertThat(Period.MONTH.indexOf(jan31, LocalDate.of(2026, 2, 28))).isEqualTo(1);
    assertThat(Period.MONTH.indexOf(jan31, LocalDate.of(2026, 3, 30))).isEqualTo(1);
    assertThat(Period.MONTH.indexOf(jan31, LocalDate.of(2026, 3, 31))).isEqualTo(2);
    RecurringMetric r = RecurringMetric.of(Unit.custom("articles"), Period.MONTH, n("15"));
    assertThat(r.kind()).isEqualTo("recurring");
    assertThat(r.dataKind()).isEqualTo("period");
    assertThat(RecurringMetric.validate(Unit.COUNT, Period.WEEK, BigDecimal.ZERO).getError().head().code())
        .isEqualTo("okr.out-of-range");
  }

  @Test
  void aggregates() {
    AggregateMetric percent = AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, n("5"));
    assertThat(percent.scale()).isEqualByComparingTo("100");
    assertThat(AggregateMetric.of(Unit.NUMBER, Comparison.AT_LEAST, n("5")).scale()).isEqualByComparingTo("1");
    assertThat(percent.kind()).isEqualTo("aggregate");
    assertThat(percent.dataKind()).isEqualTo("items");
    assertThat(AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, n("5"), n("3")).get().baseline().get())
        .isEqualByComparingTo("3");
    assertThat(AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, n("5"), n("5.00")).getError().head().code())
        .isEqualTo("okr.key-result.target-equals-baseline");
  }

  @Test
  void binary() {
    assertThat(BinaryMetric.INSTANCE.kind()).isEqualTo("binary");
    assertThat(BinaryMetric.INSTANCE.dataKind()).isEqualTo("completion");
    assertThat(BinaryMetric.INSTANCE.validateData(new CheckInData.Completion(true))).isEmpty();
  }

  @Test
  void checkInDataMustFitTheMetric() {
    assertThat(LinearMetric.count(3).validateData(new CheckInData.Completion(true)).head())
        .isEqualTo(new OkrError.CheckInMismatch(org.okr4j.validation.OkrPath.root(), "linear", "completion"));
    assertThat(LinearMetric.count(3).validateData(new CheckInData.Measurement(n("1E+31"))).head().path().toString())
        .isEqualTo("/value");
    MilestoneMetric m = MilestoneMetric.of(Milestone.of("a", "A"));
    assertThat(m.validateData(new CheckInData.MilestonesDone(TreeSet.of("a")))).isEmpty();
    assertThat(m.validateData(new CheckInData.MilestonesDone(TreeSet.of("a", "z"))).head())
        .isInstanceOf(OkrError.UnknownMilestone.class);
    RecurringMetric r = RecurringMetric.of(Unit.COUNT, Period.MONTH, n("15"));
    assertThat(r.validateData(new CheckInData.PeriodValue(LocalDate.of(2026, 1, 5), n("-1"))).head().code())
        .isEqualTo("okr.out-of-range");
    AggregateMetric a = AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, n("5"));
    var errors = a.validateData(new CheckInData.ItemValues(List.of(
        new CheckInData.Item("a", n("1"), n("10")),
        new CheckInData.Item("a", n("-1"), n("0")),
        new CheckInData.Item(" ", n("1"), n("1")),
        new CheckInData.Item("k".repeat(257), n("1"), n("1")))));
    assertThat(errors.map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.duplicate-id /items/1/key",
        "okr.out-of-range /items/1/numerator",
        "okr.out-of-range /items/1/denominator",
        "okr.blank /items/2/key",
        "okr.too-long /items/3/key");
    assertThat(a.validateData(new CheckInData.ItemValues(java.util.Collections.<CheckInData.Item>singletonList(null)
        .stream().collect(List.collector()))).head().code()).isEqualTo("okr.required");
  }

  @Test
  void checkInDataWithNullsIsRefusedByItsMetric() {
    // The records check nothing (OkrStyle); the metric a check-in is added to reports every null.
    assertThat(codes(LinearMetric.count(5).validateData(new CheckInData.Measurement(null))))
        .containsExactly("okr.required /value");
    assertThat(codes(MilestoneMetric.of(Milestone.of("a", "A")).validateData(new CheckInData.MilestonesDone(null))))
        .containsExactly("okr.required /done");
    RecurringMetric rec = RecurringMetric.of(Unit.custom("surveys"), Period.MONTH, BigDecimal.ONE);
    assertThat(codes(rec.validateData(new CheckInData.PeriodValue(null, BigDecimal.ONE))))
        .containsExactly("okr.required /period");
    AggregateMetric agg = AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, n("5"));
    assertThat(codes(agg.validateData(new CheckInData.ItemValues(null)))).containsExactly("okr.required /items");
    assertThat(codes(agg.validateData(new CheckInData.ItemValues(List.of(new CheckInData.Item("a", null, BigDecimal.ONE))))))
        .containsExactly("okr.required /items/0/numerator");
    assertThat(new CheckInData.Measurement(BigDecimal.ONE).kind()).isEqualTo("measurement");
    assertThat(new CheckInData.Completion(false).kind()).isEqualTo("completion");
    assertThat(new CheckInData.MilestonesDone(TreeSet.empty()).kind()).isEqualTo("milestones");
    assertThat(new CheckInData.PeriodValue(LocalDate.EPOCH, BigDecimal.ONE).kind()).isEqualTo("period");
    assertThat(new CheckInData.ItemValues(List.empty()).kind()).isEqualTo("items");
  }

  @Test
  void units() {
    assertThat(Unit.currency("EUR").label().get()).isEqualTo("EUR");
    assertThat(Unit.currency("CNY").toString()).isEqualTo("currency:CNY");
    assertThat(Unit.custom("articles").toString()).isEqualTo("custom:articles");
    assertThat(Unit.PERCENT.toString()).isEqualTo("percent");
    assertThat(Unit.PERCENTAGE_POINTS.kind()).isEqualTo(UnitKind.PERCENTAGE_POINTS);
    assertThat(Unit.validateCurrency("eur").getError().head().code()).isEqualTo("okr.malformed.currency");
    assertThat(Unit.validateCurrency("XYZW").isInvalid()).isTrue();
    assertThat(Unit.validateCurrency("QQQ").isInvalid()).isTrue();
    assertThat(Unit.validateCurrency(null).getError().head().code()).isEqualTo("okr.required");
    assertThat(Unit.validateCustom("x".repeat(65)).getError().head().code()).isEqualTo("okr.too-long");
    assertThatThrownBy(() -> Unit.currency("nope")).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Unit.custom(" ")).isInstanceOf(OkrException.class);
  }

  @Test
  void confidence() {
    assertThat(Confidence.ofScale10(n("7")).value()).isEqualByComparingTo("0.7");
    assertThat(Confidence.ofPercent(n("55")).value()).isEqualByComparingTo("0.55");
    assertThat(Confidence.of(n("0.5")).toScale10()).isEqualByComparingTo("5");
    assertThat(Confidence.of(n("0.5")).toPercent()).isEqualByComparingTo("50");
    assertThat(Confidence.of(BigDecimal.ZERO).value()).isEqualByComparingTo("0");
    assertThat(Confidence.of(BigDecimal.ONE).value()).isEqualByComparingTo("1");
    assertThat(Confidence.ofScale10(n("10")).value()).isEqualByComparingTo("1");
    assertThat(Confidence.ofPercent(n("100")).value()).isEqualByComparingTo("1");
    assertThat(Confidence.validate(n("1.01")).getError().head().code()).isEqualTo("okr.out-of-range");
    assertThat(Confidence.validate(n("-0.01")).isInvalid()).isTrue();
    assertThat(Confidence.validateScale10(n("10.5")).isInvalid()).isTrue();
    assertThat(Confidence.validatePercent(n("101")).isInvalid()).isTrue();
    assertThat(Confidence.validate(null).isInvalid()).isTrue();
    assertThat(Confidence.of(n("0.2")).compareTo(Confidence.of(n("0.3")))).isNegative();
    assertThatThrownBy(() -> Confidence.of(n("2"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Confidence.ofScale10(n("11"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Confidence.ofPercent(n("-1"))).isInstanceOf(OkrException.class);
  }

  private static io.vavr.collection.List<String> codes(io.vavr.collection.Seq<OkrError> errors) {
    return errors.map(e -> e.code() + " " + e.path()).toList();
  }
}
