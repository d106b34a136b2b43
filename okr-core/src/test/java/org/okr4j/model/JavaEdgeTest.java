package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/** The conveniences at the edge of the model: nested builders and measurements from plain numbers. */
class JavaEdgeTest {

  private static final Instant JAN_11 = Instant.parse("2026-01-11T00:00:00Z");
  private static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  private static Objective.Builder leads() {
    return Objective.builder().id("o-leads").title("Generate leads").owner(OwnerRef.department("marketing"))
        .cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads").metric(LinearMetric.count(3000)));
  }

  private static Seq<String> problems(Throwable e) {
    return ((OkrException) e).errors().map(err -> err.code() + " at " + err.path());
  }

  @Test
  void anObjectiveBuilderIsAddedAsItsObjective() {
    OkrSet fromBuilder = OkrSet.builder().cycle(Q1).objective(leads()).buildOrThrow();
    OkrSet fromObjective = OkrSet.builder().cycle(Q1).objective(leads().buildOrThrow()).buildOrThrow();
    assertThat(fromBuilder).isEqualTo(fromObjective);
    assertThat(fromBuilder.keyResult(KeyResultId.of("kr-leads")).isDefined()).isTrue();
  }

  @Test
  void anObjectiveBuildersProblemsAreReportedUnderItsIndexWithTheSetsOwn() {
    // The second objective's title is blank and its key result has no metric (its own problems,
    // relative to it); the third is valid but names a cycle the set does not have (the set's problem).
    Validation<Seq<OkrError>, OkrSet> set = OkrSet.builder().cycle(Q1)
        .objective(leads())
        .objective(Objective.builder().id("o-leads").title(" ").owner(OwnerRef.team("ads")).cycle("2026-q2")
            .level(Level.TEAM).keyResult(KeyResult.builder().id("kr-ads").title("Ads")))
        .objective(Objective.builder().id("o-rate").title("Convert leads").owner(OwnerRef.team("customer"))
            .cycle("2026-q2").level(Level.TEAM))
        .build();
    assertThat(set.getError().map(e -> e.code() + " at " + e.path())).containsExactly(
        "okr.required at /objectives/1/keyResults/0/metric",
        "okr.blank at /objectives/1/title",
        "okr.dangling-reference at /objectives/2/cycle");
  }

  @Test
  void aMissingObjectiveBuilderIsRequired() {
    Validation<Seq<OkrError>, OkrSet> set = OkrSet.builder().cycle(Q1).objective((Objective.Builder) null).build();
    assertThat(set.getError()).containsExactly(new OkrError.Required(OkrPath.of("objectives").index(0)));
  }

  @Test
  void aMeasurementFromALong() {
    CheckIn checkIn = CheckIn.measurement(JAN_11, 3_000_000_000L);
    assertThat(checkIn).isEqualTo(CheckIn.of(JAN_11, new CheckInData.Measurement(new BigDecimal("3000000000"))));
    assertThat(CheckInData.Measurement.of(Long.MIN_VALUE).value()).isEqualTo(new BigDecimal("-9223372036854775808"));
    assertThatThrownBy(() -> CheckIn.measurement(Instant.parse("1899-12-31T23:59:59Z"), 1L))
        .isInstanceOf(OkrException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("okr.out-of-range at /instant"));
  }

  @Test
  void aMeasurementFromAnInt() {
    int leads = 2400;
    CheckIn checkIn = CheckIn.measurement(JAN_11, leads);
    assertThat(checkIn.data()).isEqualTo(new CheckInData.Measurement(new BigDecimal("2400")));
    assertThat(CheckInData.Measurement.of(leads)).isEqualTo(new CheckInData.Measurement(new BigDecimal("2400")));
    // 2400 of 3000 leads from a baseline of 0: progress 0.8, the same as for the BigDecimal form.
    KeyResult kr = KeyResult.builder().id("kr-leads").title("3000 leads").metric(LinearMetric.count(3000))
        .checkIn(checkIn).buildOrThrow();
    assertThat(kr.latestAsOf(JAN_11).get().data()).isEqualTo(new CheckInData.Measurement(BigDecimal.valueOf(2400)));
  }

  @Test
  void aMeasurementFromADecimalString() {
    CheckIn rate = CheckIn.measurement(JAN_11, "8.5");
    assertThat(rate).isEqualTo(CheckIn.of(JAN_11, new CheckInData.Measurement(new BigDecimal("8.5"))));
    assertThat(CheckIn.measurement(JAN_11, "-1.25E+2").data()).isEqualTo(new CheckInData.Measurement(new BigDecimal("-125")));
    assertThat(CheckInData.Measurement.parse("0.75")).isEqualTo(Either.right(new CheckInData.Measurement(new BigDecimal("0.75"))));
  }

  @Test
  void aMalformedDecimalStringIsATypedErrorWithItsPath() {
    assertThat(CheckInData.Measurement.parse("8,5"))
        .isEqualTo(Either.left(new OkrError.Malformed(OkrPath.of("value"), OkrError.Format.DECIMAL, "8,5")));
    assertThat(CheckInData.Measurement.parse(null)).isEqualTo(Either.left(new OkrError.Required(OkrPath.of("value"))));
    assertThat(CheckInData.Measurement.parse(" 8.5").getLeft().code()).isEqualTo("okr.malformed.decimal");
    // The number domain is |x| < 1E+30 with at most 30 decimals: 1E+30 (31 digits) and 31 decimals
    // lie outside it, 30 nines and 30 decimals inside; 101 characters are more than parse reads.
    assertThat(CheckInData.Measurement.parse("1" + "0".repeat(30)).getLeft().code()).isEqualTo("okr.out-of-range");
    assertThat(CheckInData.Measurement.parse("9".repeat(30)).get().value()).isEqualTo(BigDecimal.TEN.pow(30).subtract(BigDecimal.ONE));
    assertThat(CheckInData.Measurement.parse("0." + "0".repeat(30) + "1").getLeft().code()).isEqualTo("okr.out-of-range");
    assertThat(CheckInData.Measurement.parse("0." + "0".repeat(29) + "1").get().value()).isEqualTo(BigDecimal.ONE.movePointLeft(30));
    assertThat(CheckInData.Measurement.parse("0.".repeat(50) + "1").getLeft())
        .isInstanceOf(OkrError.OutOfRange.class);

    assertThatThrownBy(() -> CheckIn.measurement(JAN_11, "8,5")).isInstanceOf(OkrException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("okr.malformed.decimal at /data/value"));
    assertThatThrownBy(() -> CheckIn.measurement(null, (String) null)).isInstanceOf(OkrException.class)
        .satisfies(e -> assertThat(problems(e)).containsExactly("okr.required at /instant", "okr.required at /data/value"));
  }
}
