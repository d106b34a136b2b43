package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import org.okr4j.model.CheckIn;
import org.okr4j.model.KeyResult;
import org.okr4j.model.RangeMetric;

/**
 * Explains a key result's score: its reported progress (the raw progress from the recorded
 * {@link Step}, then the cap), its status (actual against expected progress and the rule applied)
 * and its forecast. It reads the finished {@link KeyResultScore} and {@link Reading}; the only
 * numbers it derives are display ones (a status ratio, the forecast's points through
 * {@link Forecasting#points}). Texts come from {@link ExplanationTexts}. Immutable.
 */
final class Explainer {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final ProgressPolicy pp;
  private final StatusPolicy sp;
  private final ForecastPolicy fp;
  private final Instant asOf;
  private final ExplanationTexts tx;
  private final ProgressExplainer progress;

  Explainer(ScoringPolicy policy, Instant asOf, ExplanationTexts tx) {
    this.pp = policy.progress();
    this.sp = policy.status();
    this.fp = policy.forecast();
    this.asOf = asOf;
    this.tx = tx;
    this.progress = new ProgressExplainer(pp, asOf, tx);
  }

  /**
   * Returns the progress, status and forecast explanations of a scored key result.
   *
   * @param closed whether the status is final ({@link Judgement#isFinal})
   * @param forecasting where the forecast's points are read
   */
  Seq<Explanation> explain(KeyResult kr, Window w, KeyResultScore s, Reading r, boolean closed,
      Forecasting forecasting) {
    Explanation raw = progress.explain(r.step());
    String name = tx.t("label.key-result", kr.id().value(), kr.title());
    Explanation reported;
    if (pp.cap().isNone() || s.raw().isEmpty()) {
      reported = raw.withLabel(name);
    } else {
      reported = Explanation.node(name, s.progress().get(),
          "bound(" + Fmt.num(s.raw().get()) + ", " + pp.cap().describe() + ")",
          tx.t("cap", pp.cap().describe()), List.of(raw.withLabel(tx.t("raw"))));
    }
    return List.of(reported, status(kr, w, s, r, closed), forecast(kr, w, s, forecasting));
  }

  private Explanation expected(KeyResult kr, Window w, BigDecimal e) {
    ExpectedProgress ep = sp.expected();
    String label = tx.t("label.expected");
    if (ep.phases().containsKey(kr.id())) {
      return Explanation.node(label, e, "", tx.t("expected.phased", w.date(asOf)),
          ep.phases().get(kr.id()).get().map(ph -> Explanation.leaf(tx.t("label.phase", ph.due()), ph.expected(), "")));
    }
    String window = tx.t("window", w.start, w.end);
    if (!asOf.isAfter(w.start) && w.start.isBefore(w.end)) {
      return Explanation.node(label, e, "", tx.t("expected.before", window), List.empty());
    }
    if (!asOf.isBefore(w.end)) {
      return Explanation.node(label, e, "", tx.t("expected.closed", window), List.empty());
    }
    if (ep.dayCount() == ExpectedProgress.DayCount.WHOLE_DAYS) {
      long elapsed = ChronoUnit.DAYS.between(w.startDate, w.date(asOf)) + 1;
      long total = ChronoUnit.DAYS.between(w.startDate, w.endDate);
      return Explanation.node(label, e, elapsed + " d / " + total + " d", tx.t("expected.whole-days", window),
          List.empty());
    }
    BigDecimal elapsed = Decimals.div(Window.between(w.start, asOf), SECONDS_PER_DAY);
    BigDecimal total = Decimals.div(Window.between(w.start, w.end), SECONDS_PER_DAY);
    return Explanation.node(label, e, Fmt.num(elapsed) + " d / " + Fmt.num(total) + " d",
        tx.t("expected.linear", window), List.empty());
  }

  private Explanation status(KeyResult kr, Window w, KeyResultScore s, Reading r, boolean closed) {
    String label = tx.t("label.status", s.status());
    if (sp.source() != StatusPolicy.StatusSource.COMPUTED) {
      CheckIn set = null;
      for (CheckIn c : kr.checkIns()) {
        if (!c.instant().isAfter(asOf) && c.status().isDefined()) {
          set = c;
        }
      }
      if (set != null) {
        return Explanation.node(label, null, "", tx.t("status.manual", set.instant()), List.empty());
      }
      if (sp.source() == StatusPolicy.StatusSource.MANUAL) {
        return Explanation.node(label, null, "", tx.t("status.no-manual"), List.empty());
      }
    }
    Explanation expected = expected(kr, w, s.expected());
    if (closed && sp.missedStatus().isDefined()) {
      boolean byDueDate = !asOf.isBefore(w.end) && asOf.isBefore(w.cycleEnd);
      String when = byDueDate ? tx.t("status.window-closed", w.end) : tx.t("status.cycle-ended", w.cycleEnd);
      if (s.status() == Status.NOT_SCORED) {
        return Explanation.node(label, null, "", tx.t("status.final-not-scored", when), List.empty());
      }
      return Explanation.node(label, s.progress().getOrNull(), "", tx.t("status.final", when, sp.missedStatus().get()),
          s.progress().isEmpty() ? List.empty() : List.of(actual(s.progress().get())));
    }
    if (s.isStale() && s.lastCheckIn().isEmpty()) {
      BigDecimal f = w.fraction(asOf, sp.expected().dayCount());
      return Explanation.node(label, f, "", tx.t("status.never-updated", Fmt.num(sp.neverUpdatedAfter().get()),
          sp.staleStatus()), List.empty());
    }
    if (s.progress().isEmpty()) {
      return Explanation.node(label, null, "", tx.t("status.no-progress"), List.empty());
    }
    BigDecimal a = s.progress().get();
    Explanation actual = actual(a);
    if (s.status() == Status.ACHIEVED) {
      return Explanation.node(label, a, "", tx.t("status.achieved"), List.of(actual));
    }
    if (s.isStale()) {
      return Explanation.node(label, a, "", tx.t("status.stale", String.valueOf(sp.staleAfterDays().get()),
          s.lastCheckIn().get(), sp.staleStatus()), List.of(actual));
    }
    BigDecimal current = r.facts().current();
    if (kr.metric() instanceof RangeMetric && sp.rangeTolerance().isDefined()
        && pp.controlMethod() != ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET
        && (s.status() == Status.AT_RISK || s.status() == Status.OFF_TRACK) && current != null) {
      return Explanation.node(label, current, "", tx.t("status.range", Fmt.num(sp.rangeTolerance().get())),
          List.of(actual));
    }
    if (r.metOrNot() && sp.binaryStatus() != StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS) {
      return Explanation.node(label, a, "", tx.t("status.met-or-not",
          sp.binaryStatus() == StatusPolicy.BinaryStatus.MET_OR_BEHIND ? "BEHIND" : "OFF_TRACK"), List.of(actual));
    }
    StatusRule rule = sp.rule();
    BigDecimal e = s.expected();
    switch (rule.kind()) {
      case RATIO:
        return Explanation.node(label, e.signum() == 0 ? null : Decimals.div(a, e),
            e.signum() == 0 ? "" : Fmt.num(a) + " / " + Fmt.num(e),
            e.signum() == 0 ? tx.t("status.nothing-expected", rule.describe(tx)) : rule.describe(tx),
            List.of(actual, expected));
      case GAP:
        return Explanation.node(label, e.subtract(a), Fmt.num(e) + " − " + Fmt.num(a), rule.describe(tx),
            List.of(actual, expected));
      default:
        return Explanation.node(label, a, "", rule.describe(tx), List.of(actual, expected));
    }
  }

  private Explanation actual(BigDecimal a) {
    return Explanation.leaf(tx.t("label.actual"), a, tx.t("reported"));
  }

  private Explanation forecast(KeyResult kr, Window w, KeyResultScore s, Forecasting forecasting) {
    Forecast f = s.forecast();
    String label = tx.t(f.isFinal() ? "label.forecast.final" : f.willMiss() ? "label.forecast.will-miss"
        : "label.forecast");
    String below = tx.t("forecast.below", Fmt.num(fp.willMissBelow()));
    if (fp.method() == ForecastPolicy.Method.NONE) {
      return Explanation.node(label, null, "", tx.t("forecast.none"), List.empty());
    }
    if (f.isFinal()) {
      return Explanation.node(label, f.progress().getOrNull(), "", tx.t("forecast.final", w.end), List.empty());
    }
    if (fp.method() == ForecastPolicy.Method.PACE) {
      if (f.progress().isEmpty()) {
        return Explanation.node(label, null, "", tx.t("forecast.pace.none"), List.empty());
      }
      return Explanation.node(label, f.progress().get(),
          Fmt.num(s.raw().get()) + " / " + Fmt.num(s.expected()), tx.t("forecast.pace", below),
          List.of(Explanation.leaf(tx.t("label.raw-a"), s.raw().get(), ""), expected(kr, w, s.expected())));
    }
    ArrayList<Explanation> pts = new ArrayList<>();
    for (BigDecimal[] pt : forecasting.points(kr, w)) {
      pts.add(Explanation.node(tx.t("label.point"), pt[1], "", tx.t("forecast.point", Fmt.num(pt[0])), List.empty()));
    }
    String rule = tx.t(fp.method() == ForecastPolicy.Method.LAST_TWO ? "forecast.last-two" : "forecast.least-squares");
    return Explanation.node(label, f.progress().getOrNull(), "", f.progress().isEmpty()
        ? tx.t("forecast.too-few", rule + below) : rule + below, List.ofAll(pts));
  }
}
