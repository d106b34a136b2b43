package org.okr4j.charts;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.function.Function;
import org.okr4j.charts.BurnUpChart.Level;
import org.okr4j.charts.BurnUpChart.Point;
import org.okr4j.charts.BurnUpChart.Subject;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Zone;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.ExpectedProgress;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Series;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.StretchLevels;
import org.okr4j.scoring.StretchPolicy;
import org.okr4j.validation.OkrError;

/**
 * Turns what the scorer computes into the lines of a {@link BurnUpChart}: the actual step line from
 * daily values, the check-in markers, the expected pace line and the levels. Every function is
 * pure. Stateless.
 */
final class Timeline {

  private static final MathContext MC = MathContext.DECIMAL64;
  /** Two expectations closer than this are treated as one when straight stretches are thinned. */
  private static final BigDecimal SAME = new BigDecimal("1E-9");

  private Timeline() {}

  /** Everything a chart holds. */
  record Data(Subject subject, String id, String title, Cycle cycle, Instant asOf, Vector<Point> actual,
      Vector<Point> checkIns, Option<BigDecimal> current, BigDecimal expectedNow, Vector<Point> expected,
      Forecast forecast, Instant forecastEnd, Bands bands, Vector<Level> levels, Option<Band> band, Status status) {}

  /**
   * A key result's chart data from its score and its daily values; {@code feeding} are the instants
   * of every check-in its progress depends on (the line starts at the first), {@code marked} those
   * to mark on the line.
   */
  static Data keyResult(KeyResult keyResult, Cycle cycle, ScoringPolicy policy, KeyResultScore score,
      Function<LocalDate, Option<BigDecimal>> daily, Seq<Instant> feeding, Seq<Instant> marked) {
    ExpectedProgress expectation = policy.status().expected();
    Vector<Point> actual = actual(cycle, score.asOf(), daily, score.progress(), feeding);
    return new Data(Subject.KEY_RESULT, keyResult.id().value(), keyResult.title(), cycle, score.asOf(), actual,
        markers(cycle, score.asOf(), actual, marked), score.progress(), score.expected(),
        expected(cycle, at -> expectation.at(keyResult, cycle, at)), score.forecast(), windowEnd(keyResult, cycle),
        policy.grading().bands(), levels(keyResult, policy), score.band(), score.status());
  }

  /** An objective's chart data from its score and its daily values; check-ins as for a key result. */
  static Data objective(Objective objective, Cycle cycle, ScoringPolicy policy, ObjectiveScore score,
      Function<LocalDate, Option<BigDecimal>> daily, Seq<Instant> feeding, Seq<Instant> marked) {
    Function<Instant, BigDecimal> pace = pace(objective, cycle, policy.status().expected());
    Vector<Point> actual = actual(cycle, score.asOf(), daily, score.progress(), feeding);
    return new Data(Subject.OBJECTIVE, objective.id().value(), objective.title(), cycle, score.asOf(), actual,
        markers(cycle, score.asOf(), actual, marked), score.progress(), pace.apply(score.asOf()),
        expected(cycle, pace), score.forecast(), cycle.endInstant(), policy.grading().bands(), Vector.empty(),
        score.band(), score.status());
  }

  /** Looks up a {@link Series} by day. */
  static Function<LocalDate, Option<BigDecimal>> daily(Cycle cycle, Seq<Series.Point> series) {
    Vector<Series.Point> points = Vector.ofAll(series);
    return day -> {
      long i = ChronoUnit.DAYS.between(cycle.start(), day);
      return i >= 0 && i < points.size() ? points.get((int) i).progress() : Option.none();
    };
  }

  /** Every check-in instant of some key results, sorted. */
  static Seq<Instant> checkIns(Seq<KeyResult> keyResults) {
    TreeSet<Instant> all = new TreeSet<>();
    for (KeyResult kr : keyResults) {
      for (CheckIn c : kr.checkIns()) {
        all.add(c.instant());
      }
    }
    return Vector.ofAll(all);
  }

  /** The start of a day in a zone. */
  static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /**
   * The actual step line: a vertex at the start of every day whose value differs from the day
   * before, from the first day with a check-in at or before its end (as {@link Series} has it) up to
   * the day of {@code asOf}; a day that has not ended by {@code asOf} takes the value as of
   * {@code asOf}.
   */
  static Vector<Point> actual(Cycle cycle, Instant asOf, Function<LocalDate, Option<BigDecimal>> daily,
      Option<BigDecimal> current, Seq<Instant> checkIns) {
    ArrayList<Point> points = new ArrayList<>();
    Option<Instant> first = checkIns.headOption();
    ZoneId zone = cycle.zone();
    for (LocalDate d = cycle.start(); d.isBefore(cycle.end()); d = d.plusDays(1)) {
      Instant start = startOf(d, zone);
      if (!start.isBefore(asOf)) {
        break;
      }
      Instant end = startOf(d.plusDays(1), zone);
      boolean complete = !end.isAfter(asOf);
      Instant known = complete ? end.minusNanos(1) : asOf;
      if (first.isEmpty() || first.get().isAfter(known)) {
        continue;
      }
      Option<BigDecimal> value = complete ? daily.apply(d) : current;
      if (points.isEmpty() && value.isEmpty()) {
        continue;
      }
      if (points.isEmpty() || !same(points.get(points.size() - 1).progress(), value)) {
        points.add(new Point(start, value));
      }
    }
    return Vector.ofAll(points);
  }

  private static boolean same(Option<BigDecimal> a, Option<BigDecimal> b) {
    return a.isEmpty() ? b.isEmpty() : b.isDefined() && a.get().compareTo(b.get()) == 0;
  }

  /** One marker per day in the cycle with a check-in at or before {@code asOf}, where the line has a value. */
  static Vector<Point> markers(Cycle cycle, Instant asOf, Vector<Point> actual, Seq<Instant> checkIns) {
    ArrayList<Point> markers = new ArrayList<>();
    LocalDate last = null;
    for (Instant c : checkIns) {
      if (c.isAfter(asOf) || !cycle.contains(c)) {
        continue;
      }
      LocalDate day = BurnUpChart.day(c, cycle.zone());
      if (day.equals(last)) {
        continue;
      }
      last = day;
      Instant start = startOf(day, cycle.zone());
      Option<BigDecimal> value = valueAt(actual, start);
      if (value.isDefined()) {
        markers.add(new Point(start, value));
      }
    }
    return Vector.ofAll(markers);
  }

  /** The value a step line holds at an instant. */
  static Option<BigDecimal> valueAt(Seq<Point> line, Instant at) {
    Option<BigDecimal> value = Option.none();
    for (Point p : line) {
      if (p.at().isAfter(at)) {
        break;
      }
      value = p.progress();
    }
    return value;
  }

  /**
   * The expected pace sampled at the start of every day of the cycle and at its end, with the
   * points inside a straight stretch left out.
   */
  static Vector<Point> expected(Cycle cycle, Function<Instant, BigDecimal> pace) {
    ArrayList<Instant> at = new ArrayList<>();
    ArrayList<BigDecimal> value = new ArrayList<>();
    for (LocalDate d = cycle.start(); !d.isAfter(cycle.end()); d = d.plusDays(1)) {
      Instant t = startOf(d, cycle.zone());
      at.add(t);
      value.add(pace.apply(t));
    }
    ArrayList<Point> points = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      boolean inner = i > 0 && i < at.size() - 1;
      if (inner && value.get(i).subtract(value.get(i - 1)).subtract(value.get(i + 1).subtract(value.get(i)))
          .abs().compareTo(SAME) < 0) {
        continue;
      }
      points.add(new Point(at.get(i), Option.some(value.get(i))));
    }
    return Vector.ofAll(points);
  }

  /**
   * An objective's expected pace: its key results' expectations averaged with their weights (plain
   * mean when every weight is 0); without key results, the share of the cycle elapsed.
   */
  static Function<Instant, BigDecimal> pace(Objective objective, Cycle cycle, ExpectedProgress expectation) {
    Seq<KeyResult> krs = objective.keyResults();
    BigDecimal total = krs.foldLeft(BigDecimal.ZERO, (s, k) -> s.add(k.weight()));
    if (krs.isEmpty()) {
      long span = cycle.endInstant().getEpochSecond() - cycle.startInstant().getEpochSecond();
      return at -> {
        long elapsed = Math.min(Math.max(at.getEpochSecond() - cycle.startInstant().getEpochSecond(), 0), span);
        return span <= 0 ? BigDecimal.ONE : BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), MC);
      };
    }
    boolean weighted = total.signum() > 0;
    BigDecimal divisor = weighted ? total : BigDecimal.valueOf(krs.size());
    return at -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (KeyResult k : krs) {
        BigDecimal e = expectation.at(k, cycle, at);
        sum = sum.add(weighted ? e.multiply(k.weight()) : e);
      }
      return sum.divide(divisor, MC);
    };
  }

  /** The end of a key result's window: the day after its due date, or the cycle's end. */
  static Instant windowEnd(KeyResult keyResult, Cycle cycle) {
    return keyResult.dueDate().isDefined() ? startOf(keyResult.dueDate().get().plusDays(1), cycle.zone())
        : cycle.endInstant();
  }

  /**
   * A key result's commit, target and stretch levels as progress: those a stretch policy scores a
   * linear key result against, or an ordinal key result's zone scores; none otherwise.
   */
  static Vector<Level> levels(KeyResult keyResult, ScoringPolicy policy) {
    if (keyResult.metric() instanceof OrdinalMetric ordinal) {
      return Vector.of(new Level("commit", ordinal.score(Zone.COMMIT)), new Level("target", ordinal.score(Zone.TARGET)),
          new Level("stretch", ordinal.score(Zone.STRETCH)));
    }
    Option<StretchPolicy> stretch = policy.progress().stretch();
    if (stretch.isEmpty() || !(keyResult.metric() instanceof LinearMetric linear)) {
      return Vector.empty();
    }
    StretchPolicy sp = stretch.get();
    Validation<Seq<OkrError>, StretchLevels> derived = sp.derive(linear);
    if (derived.isInvalid()) {
      return Vector.empty();
    }
    StretchLevels l = derived.get();
    List<Level> out = List.empty();
    String[] names = {"commit", "target", "stretch"};
    BigDecimal[] values = {l.commit(), l.target(), l.stretch()};
    for (int i = 0; i < names.length; i++) {
      Option<BigDecimal> p = sp.progress(l, Option.some(values[i]));
      if (p.isDefined()) {
        out = out.append(new Level(names[i], p.get()));
      }
    }
    return Vector.ofAll(out.distinctBy((a, b) -> a.progress().compareTo(b.progress())));
  }
}
