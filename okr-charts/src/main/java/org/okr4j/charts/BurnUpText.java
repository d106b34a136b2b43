package org.okr4j.charts;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.okr4j.charts.BurnUpChart.Level;
import org.okr4j.charts.BurnUpChart.Point;
import org.okr4j.scoring.Band;

/** The words of a burn-up chart: its subtitle, its description and its band labels. Stateless. */
final class BurnUpText {

  private BurnUpText() {}

  /** A date in the chart's cycle zone, ISO. */
  static String date(Instant at, BurnUpChart chart) {
    return BurnUpChart.day(at, chart.cycle().zone()).toString();
  }

  private static String subject(BurnUpChart chart) {
    return chart.subject() == BurnUpChart.Subject.KEY_RESULT ? "Key result" : "Objective";
  }

  /**
   * One line under the title: subject, cycle and as-of date, then progress and band, pace, status and
   * forecast, such as {@code Key result, Q1 2026, as of Mar 16: 42% yellow, expected 82%, behind;
   * forecast 51% (will miss)}.
   */
  static String subtitle(BurnUpChart chart) {
    StringBuilder sb = new StringBuilder(subject(chart)).append(", ").append(chart.cycle().name()).append(", as of ")
        .append(Format.shortDate(BurnUpChart.day(chart.asOf(), chart.cycle().zone()))).append(": ")
        .append(Format.percent(chart.current()));
    chart.band().forEach(b -> sb.append(' ').append(b.label()));
    sb.append(", expected ").append(Format.percent(chart.expectedNow())).append(", ")
        .append(Format.words(chart.status()));
    chart.forecast().progress().forEach(f -> sb.append("; forecast ").append(Format.percent(f))
        .append(chart.forecast().willMiss() ? " (will miss)" : ""));
    return sb.toString();
  }

  /** Everything the chart shows, in sentences. */
  static String description(BurnUpChart chart) {
    StringBuilder sb = new StringBuilder("Burn-up chart of ").append(subject(chart).toLowerCase(java.util.Locale.ROOT))
        .append(' ').append(chart.id()).append(" \"").append(chart.title()).append("\" in ")
        .append(chart.cycle().name()).append(" (").append(chart.cycle().start()).append(" to ")
        .append(chart.cycle().end().minusDays(1)).append("), as of ").append(date(chart.asOf(), chart)).append(": progress ")
        .append(Format.percent(chart.current()));
    chart.band().forEach(b -> sb.append(" (band ").append(b.label()).append(')'));
    sb.append(", expected ").append(Format.percent(chart.expectedNow())).append(", status ")
        .append(Format.words(chart.status())).append('.');
    chart.forecast().progress().forEach(f -> sb.append(" Forecast for ").append(date(chart.forecastEnd(), chart))
        .append(": ").append(Format.percent(f)).append(chart.forecast().willMiss() ? " (will miss)" : "").append('.'));
    Seq<Point> checkIns = chart.checkIns();
    if (checkIns.isEmpty()) {
      sb.append(" No check-in shown.");
    } else {
      sb.append(" Check-ins: ").append(checkIns.map(p -> date(p.at(), chart) + " " + Format.percent(p.progress().get()))
          .mkString(", ")).append('.');
    }
    Seq<Band> bands = chart.bands().bands();
    if (!bands.isEmpty()) {
      sb.append(" Bands: ");
      for (int i = 0; i < bands.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(bandLabel(bands, i));
      }
      sb.append('.');
    }
    Seq<Level> levels = chart.levels();
    if (!levels.isEmpty()) {
      sb.append(" Levels: ").append(levels.map(l -> l.label() + " " + Format.percent(l.progress())).mkString(", "))
          .append('.');
    }
    return sb.toString();
  }

  /**
   * A band's label with its range: {@code red < 40%}, {@code yellow ≥ 40%}; a band whose lower bound
   * is exclusive reads {@code > 30%}.
   */
  static String bandLabel(Seq<Band> bands, int i) {
    Band band = bands.get(i);
    if (band.lowerBound().isDefined()) {
      return band.label() + (band.inclusive() ? " ≥ " : " > ") + Format.percent(band.lowerBound().get());
    }
    if (i + 1 < bands.size()) {
      Band next = bands.get(i + 1);
      return band.label() + (next.inclusive() ? " < " : " ≤ ") + Format.percent(next.lowerBound().get());
    }
    return band.label();
  }
}
