package org.okr4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Zone;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Series;
import org.okr4j.validation.OkrException;
import org.w3c.dom.Element;

/**
 * A burn-up chart worked by hand. Q1 2026 has 90 days; "10 talks" (baseline 0) gets 2 talks on
 * 2026-01-11 and 5 on 2026-02-10. As of 2026-03-02 (day 60): progress 5/10 = 0.5, expected
 * 60/90 = 2/3, pace forecast 0.5 / (2/3) = 0.75, which misses 1.
 */
class BurnUpChartTest {

  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
  static final Instant AS_OF = Instant.parse("2026-03-02T00:00:00Z");

  static CheckIn measured(String date, String value) {
    return CheckIn.of(Instant.parse(date + "T09:00:00Z"), new CheckInData.Measurement(new BigDecimal(value)));
  }

  static KeyResult talks() {
    return KeyResult.builder().id("kr-talks").title("10 talks").metric(LinearMetric.count(10))
        .checkIn(measured("2026-01-11", "2")).checkIn(measured("2026-02-10", "5")).buildOrThrow();
  }

  static BurnUpChart chart() {
    return BurnUpChart.keyResult(talks(), Q1, ScoringPolicy.defaults(), AS_OF);
  }

  @Test
  void theValueHoldsTheWorkedNumbers() {
    BurnUpChart chart = chart();
    assertThat(chart.subject()).isEqualTo(BurnUpChart.Subject.KEY_RESULT);
    assertThat(chart.id()).isEqualTo("kr-talks");
    assertThat(chart.current().get()).isEqualByComparingTo("0.5");
    assertThat(chart.expectedNow().doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(chart.forecast().progress().get()).isEqualByComparingTo("0.75");
    assertThat(chart.forecast().willMiss()).isTrue();
    assertThat(chart.forecastEnd()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    // Two steps, at the start of each check-in's day.
    assertThat(chart.actual().map(p -> p.at().toString())).containsExactly("2026-01-11T00:00:00Z", "2026-02-10T00:00:00Z");
    assertThat(chart.actual().map(p -> p.progress().get().stripTrailingZeros().toPlainString())).containsExactly("0.2", "0.5");
    assertThat(chart.checkIns()).isEqualTo(chart.actual());
    // A linear expectation is a straight line: its two ends only.
    assertThat(chart.expected().map(p -> p.progress().get().stripTrailingZeros().toPlainString())).containsExactly("0", "1");
    assertThat(chart.levels()).isEmpty();
    assertThat(chart.band().get().label()).isEqualTo("yellow");
  }

  @Test
  void theSvgIsWellFormedAndSizedForAColumn() {
    SvgReader svg = SvgReader.parse(chart().toSvg());
    assertThat(svg.root().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(svg.root().getAttribute("width")).isEqualTo("600");
    assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 600 " + chart().height());
    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.child("title")).isEqualTo("10 talks");
    assertThat(svg.child("desc")).contains("progress 50% (band yellow)", "expected 67%",
        "Forecast for 2026-04-01: 75% (will miss)", "Check-ins: 2026-01-11 20%, 2026-02-10 50%",
        "Bands: red < 40%, yellow ≥ 40%, green ≥ 70%");
  }

  @Test
  void theStepLineHoldsTheScorersSeriesOnEveryCheckInDay() {
    BurnUpChart chart = chart();
    SvgReader svg = SvgReader.parse(chart.toSvg());
    SvgReader.Scale progress = svg.progressScale();
    SvgReader.DateScale dates = svg.dateScale();
    SvgReader.StepLine line = SvgReader.StepLine.of(svg.one("actual"));
    Seq<Series.Point> series = Series.keyResult(talks(), Q1, ScoringPolicy.defaults(), Series.Step.DAY);
    for (String day : List.of("2026-01-11", "2026-02-10")) {
      LocalDate d = LocalDate.parse(day);
      double expected = series.find(p -> p.date().equals(d)).get().progress().get().doubleValue();
      assertThat(progress.value(line.yAt(dates.pixel(d)))).as(day).isCloseTo(expected, within(progress.tolerance()));
    }
    // By hand: 0.2 from 2026-01-11, 0.5 from 2026-02-10; nothing before the first check-in; the line ends at the as-of day.
    assertThat(progress.value(line.yAt(dates.pixel(LocalDate.of(2026, 1, 11))))).isCloseTo(0.2, within(progress.tolerance()));
    assertThat(progress.value(line.yAt(dates.pixel(LocalDate.of(2026, 2, 9))))).isCloseTo(0.2, within(progress.tolerance()));
    assertThat(progress.value(line.yAt(dates.pixel(LocalDate.of(2026, 2, 10))))).isCloseTo(0.5, within(progress.tolerance()));
    assertThat(line.vertices().get(0)[0]).isCloseTo(dates.pixel(LocalDate.of(2026, 1, 11)), within(0.01));
    assertThat(line.endX()).isCloseTo(dates.pixel(LocalDate.of(2026, 3, 2)), within(0.01));
    // One marker per check-in, on the line, carrying its exact value.
    java.util.List<Element> markers = svg.byClass("check-in");
    assertThat(markers).hasSize(2);
    for (Element m : markers) {
      LocalDate d = LocalDate.parse(m.getAttribute("data-date"));
      assertThat(SvgReader.number(m, "cx")).isCloseTo(dates.pixel(d), within(0.01));
      assertThat(progress.value(SvgReader.number(m, "cy"))).isCloseTo(SvgReader.decimal(m, "data-progress").doubleValue(),
          within(progress.tolerance()));
      assertThat(SvgReader.decimal(m, "data-progress"))
          .isEqualByComparingTo(series.find(p -> p.date().equals(d)).get().progress().get());
    }
  }

  @Test
  void theForecastLineRunsFromNowToTheScorersForecastAtTheEnd() {
    SvgReader svg = SvgReader.parse(chart().toSvg());
    SvgReader.Scale progress = svg.progressScale();
    SvgReader.DateScale dates = svg.dateScale();
    Element forecast = svg.one("forecast");
    String[] d = forecast.getAttribute("d").replace("M", "").replace("L", "").trim().split("\\s+");
    assertThat(Double.parseDouble(d[0])).isCloseTo(dates.pixel(LocalDate.of(2026, 3, 2)), within(0.01));
    assertThat(progress.value(Double.parseDouble(d[1]))).isCloseTo(0.5, within(progress.tolerance()));
    assertThat(Double.parseDouble(d[2])).isCloseTo(dates.pixel(LocalDate.of(2026, 4, 1)), within(0.01));
    assertThat(progress.value(Double.parseDouble(d[3]))).isCloseTo(0.75, within(progress.tolerance()));
    assertThat(SvgReader.decimal(forecast, "data-progress")).isEqualByComparingTo("0.75");
    assertThat(forecast.getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(svg.one("forecast-label").getTextContent()).isEqualTo("forecast 75%");
  }

  @Test
  void theExpectedPaceBandsAndAsOfMarkerAreDrawnAndLabelled() {
    SvgReader svg = SvgReader.parse(chart().toSvg());
    SvgReader.Scale progress = svg.progressScale();
    SvgReader.DateScale dates = svg.dateScale();
    assertThat(svg.one("expected").getAttribute("d")).isEqualTo("M" + Format.px(dates.pixel(LocalDate.of(2026, 1, 1))) + " "
        + Format.px(progress.pixel(0)) + " L" + Format.px(dates.pixel(LocalDate.of(2026, 4, 1))) + " "
        + Format.px(progress.pixel(1)));
    java.util.List<Element> bands = svg.byClass("band");
    assertThat(bands).extracting(b -> b.getAttribute("data-label")).containsExactly("red", "yellow", "green");
    Element yellow = bands.get(1);
    assertThat(progress.value(SvgReader.number(yellow, "y") + SvgReader.number(yellow, "height")))
        .isCloseTo(0.4, within(progress.tolerance()));
    assertThat(progress.value(SvgReader.number(yellow, "y"))).isCloseTo(0.7, within(progress.tolerance()));
    assertThat(svg.byClass("band-label")).extracting(Element::getTextContent)
        .containsExactly("red < 40%", "yellow ≥ 40%", "green ≥ 70%");
    Element asOf = svg.one("as-of");
    assertThat(asOf.getAttribute("data-instant")).isEqualTo("2026-03-02T00:00:00Z");
    assertThat(asOf.getTextContent().strip()).isEqualTo("as of Mar 2");
    assertThat(svg.byClass("y-tick")).extracting(Element::getTextContent).containsExactly("0%", "25%", "50%", "75%", "100%");
    assertThat(svg.byClass("x-tick")).extracting(Element::getTextContent).containsExactly("Jan 1", "Feb 1", "Mar 1", "Apr 1");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(chart().toSvg()).isEqualTo(chart().toSvg());
    assertThat(chart()).isEqualTo(chart()).hasSameHashCodeAs(chart());
    assertThat(chart()).isNotEqualTo(BurnUpChart.keyResult(talks(), Q1, ScoringPolicy.defaults(), AS_OF.plusSeconds(86400)));
    assertThat(chart().toString()).isEqualTo("BurnUpChart[key result kr-talks as of 2026-03-02T00:00:00Z]");
  }

  @Test
  void aStretchPolicyDrawsCommitTargetAndStretchLevels() {
    // Puzzle scores against the stretch level: declared commit 5, target 10, stretch 20 (baseline 0)
    // give commit 5/20 = 25 %, target 10/20 = 50 %, stretch 100 %; 5 talks are then 25 %.
    KeyResult leveled = talks().toBuilder()
        .metric(LinearMetric.count(10).withLevels(Option.some(BigDecimal.valueOf(5)), Option.some(BigDecimal.valueOf(20))))
        .buildOrThrow();
    BurnUpChart chart = BurnUpChart.keyResult(leveled, Q1, ScoringPolicy.puzzle(), AS_OF);
    assertThat(chart.levels().map(BurnUpChart.Level::label)).containsExactly("commit", "target", "stretch");
    assertThat(chart.levels().map(l -> l.progress().stripTrailingZeros().toPlainString())).containsExactly("0.25", "0.5", "1");
    assertThat(chart.current().get()).isEqualByComparingTo("0.25");
    SvgReader svg = SvgReader.parse(chart.toSvg());
    SvgReader.Scale progress = svg.progressScale();
    assertThat(svg.byClass("level-label")).extracting(Element::getTextContent)
        .containsExactly("commit 25%", "target 50%", "stretch 100%");
    assertThat(svg.byClass("level")).extracting(l -> progress.value(SvgReader.number(l, "y1")))
        .satisfiesExactly(y -> assertThat(y).isCloseTo(0.25, within(progress.tolerance())),
            y -> assertThat(y).isCloseTo(0.5, within(progress.tolerance())),
            y -> assertThat(y).isCloseTo(1, within(progress.tolerance())));
    // Puzzle's own bands: fail, commit, target, stretch; a band starts at its level (inclusive), as the zones do.
    assertThat(svg.byClass("band-label")).extracting(Element::getTextContent)
        .containsExactly("fail < 30%", "commit ≥ 30%", "target ≥ 70%");
  }

  @Test
  void anOrdinalKeyResultDrawsItsZoneScoresAsLevels() {
    KeyResult ordinal = KeyResult.builder().id("kr-zone").title("Launch").metric(OrdinalMetric.of())
        .checkIn(CheckIn.of(Instant.parse("2026-02-01T09:00:00Z"), new CheckInData.ZoneReached(Zone.TARGET)))
        .buildOrThrow();
    BurnUpChart chart = BurnUpChart.keyResult(ordinal, Q1, ScoringPolicy.defaults(), AS_OF);
    assertThat(chart.levels().map(l -> l.label() + " " + l.progress().stripTrailingZeros().toPlainString()))
        .containsExactly("commit 0.3", "target 0.7", "stretch 1");
    assertThat(chart.current().get()).isEqualByComparingTo("0.7");
  }

  @Test
  void withoutACheckInTheChartSaysNotScored() {
    KeyResult none = KeyResult.builder().id("kr-none").title("Nothing yet").metric(LinearMetric.count(3)).buildOrThrow();
    BurnUpChart chart = BurnUpChart.keyResult(none, Q1, ScoringPolicy.defaults(), AS_OF);
    assertThat(chart.actual()).isEmpty();
    SvgReader svg = SvgReader.parse(chart.toSvg());
    assertThat(svg.byClass("actual")).isEmpty();
    assertThat(svg.byClass("forecast")).isEmpty();
    assertThat(svg.one("empty").getTextContent()).isEqualTo("not scored as of 2026-03-02");
  }

  @Test
  void valuesBeyondTheScaleAreDrawnAtItsEdge() {
    KeyResult over = KeyResult.builder().id("kr-over").title("Way over").metric(LinearMetric.count(2))
        .checkIn(measured("2026-01-05", "20")).buildOrThrow();
    BurnUpChart chart = BurnUpChart.keyResult(over, Q1, ScoringPolicy.defaults(), AS_OF);
    assertThat(chart.current().get()).isEqualByComparingTo("10");
    SvgReader svg = SvgReader.parse(chart.toSvg());
    SvgReader.Scale progress = svg.progressScale();
    assertThat(svg.byClass("y-tick").get(svg.byClass("y-tick").size() - 1).getTextContent()).isEqualTo("300%");
    assertThat(progress.value(SvgReader.number(svg.one("check-in"), "cy"))).isCloseTo(3, within(progress.tolerance()));
    assertThat(svg.one("current").getTextContent()).isEqualTo("1000%");
  }

  @Test
  void anObjectiveChartThroughALinklessGraphIsTheSameAsWithout() {
    Objective o = Objective.builder().id("o-talks").title("演讲 Talks").owner(OwnerRef.team("t")).cycle("2026-q1")
        .level(Level.TEAM).keyResult(talks())
        .keyResult(KeyResult.builder().id("kr-other").title("Other").metric(LinearMetric.count(4))
            .checkIn(measured("2026-02-20", "1")))
        .buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(Q1).objective(o).buildOrThrow();
    BurnUpChart alone = BurnUpChart.objective(o, Q1, ScoringPolicy.defaults(), AS_OF);
    GraphScorecard scores = GraphScorecard.evaluate(AlignmentGraph.of(set), ScoringPolicy.defaults(), AS_OF);
    assertThat(BurnUpChart.objective(scores, ObjectiveId.of("o-talks")).get()).isEqualTo(alone);
    assertThat(BurnUpChart.objective(scores, ObjectiveId.of("o-talks")).get().toSvg()).isEqualTo(alone.toSvg());
    assertThat(BurnUpChart.keyResult(scores, KeyResultId.of("kr-talks")).get())
        .isEqualTo(BurnUpChart.keyResult(talks(), Q1, ScoringPolicy.defaults(), AS_OF));
    assertThat(BurnUpChart.objective(scores, ObjectiveId.of("o-missing"))).isEmpty();
    assertThat(BurnUpChart.keyResult(scores, KeyResultId.of("kr-missing"))).isEmpty();
    // The mean of the two, the one without a check-in counted as 0: (0.2 + 0) / 2 from Jan 11, (0.5 + 0) / 2
    // from Feb 10, (0.5 + 0.25) / 2 from Feb 20; a marker on each.
    assertThat(alone.checkIns().map(p -> p.progress().get().stripTrailingZeros().toPlainString()))
        .containsExactly("0.1", "0.25", "0.375");
    assertThat(alone.subject()).isEqualTo(BurnUpChart.Subject.OBJECTIVE);
  }

  @Test
  void missingArgumentsAreTypedErrors() {
    assertThatThrownBy(() -> BurnUpChart.keyResult(null, Q1, ScoringPolicy.defaults(), AS_OF))
        .isInstanceOf(OkrException.class).hasMessageContaining("okr.required at /keyResult");
    assertThatThrownBy(() -> BurnUpChart.objective(null, ObjectiveId.of("o")))
        .isInstanceOf(OkrException.class).hasMessageContaining("okr.required at /scores");
  }
}
