package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Applies a {@link ScoringPolicy} at one instant. One engine serves one evaluation on one thread:
 * it caches key-result windows and keeps per-key-result scratch fields, so that the scoring path
 * allocates little and formats no text. With {@code tracing} on, the same code also builds the
 * {@link Explanation}s that scores hand out lazily. Mutable; never shared.
 */
final class Engine {

  private static final OkrPath METRIC = OkrPath.of("metric");
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final ScoringPolicy policy;
  private final ProgressPolicy pp;
  private final StatusPolicy sp;
  private final GradingPolicy gp;
  private final ForecastPolicy fp;
  private final ConfidencePolicy cp;
  private final Instant asOf;
  // windows of key results without a due date, by cycle; the last one looked up
  private final HashMap<Cycle, Window> windows = new HashMap<>();
  private @Nullable Cycle lastCycle;
  private @Nullable Window lastWindow;

  private boolean tracing;

  // Scratch of the key result being scored.
  private @Nullable OkrError problem;
  private boolean metOrNot;
  private boolean control;
  private @Nullable BigDecimal latestValue;
  private @Nullable Explanation rawTrace;

  Engine(ScoringPolicy policy, Instant asOf, boolean tracing) {
    this.policy = policy;
    this.pp = policy.progress();
    this.sp = policy.status();
    this.gp = policy.grading();
    this.fp = policy.forecast();
    this.cp = policy.confidence();
    this.asOf = asOf;
    this.tracing = tracing;
  }

  Window window(Cycle cycle, KeyResult kr) {
    if (kr.dueDate().isEmpty()) {
      if (cycle != lastCycle) {
        lastCycle = cycle;
        lastWindow = windows.computeIfAbsent(cycle, k -> Window.of(cycle, kr));
      }
      return lastWindow;
    }
    return Window.of(cycle, kr);
  }

  // ---------------------------------------------------------------- key results

  KeyResultScore score(KeyResult kr, Cycle cycle) {
    Window w = window(cycle, kr);
    int count = 0;
    Instant last = null;
    Confidence confidence = null;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(asOf)) {
        break;
      }
      count++;
      last = c.instant();
      if (c.confidence().isDefined()) {
        confidence = c.confidence().get();
      }
    }
    BigDecimal raw = raw(kr, w, asOf);
    OkrError found = problem;
    BigDecimal reported = raw == null ? null : pp.cap().apply(raw);
    BigDecimal grade = reported == null ? null : gp.scale().gradeOf(reported);
    Option<Band> band = grade == null ? Option.none() : gp.bands().classify(grade);
    BigDecimal expected = sp.expected().expected(kr.id(), w, asOf);

    boolean neverUpdated = count == 0 && sp.neverUpdatedAfter().isDefined()
        && w.fraction(asOf, sp.expected().dayCount()).compareTo(sp.neverUpdatedAfter().get()) >= 0;
    boolean stale = neverUpdated || last != null && sp.staleAfterDays().isDefined()
        && last.plusSeconds(86_400L * sp.staleAfterDays().get()).isBefore(asOf);
    Status status = status(kr, w, reported, expected, neverUpdated, stale);

    if (confidence == null) {
      confidence = cp.initial().getOrNull();
    }
    if (confidence != null && cp.clearWhenDone() && reported != null && reported.compareTo(BigDecimal.ONE) >= 0) {
      confidence = null;
    }
    Option<Confidence> conf = Option.of(confidence);
    Option<Band> confBand = confidence == null ? Option.none() : cp.bands().classify(confidence.value());

    Forecast forecast = forecast(kr, w, raw, expected);
    return ImmutableKeyResultScore.of(kr.id(), asOf, Option.of(raw), Option.of(reported), Option.of(grade), band,
        expected, status, stale, Option.of(last), conf, confBand, forecast,
        found == null ? List.empty() : List.of(found), kr, w.cycle, policy);
  }

  /** Returns the zone of a key result as of {@code asOf}; see {@link KeyResultScore#zone()}. */
  static Option<Zone> zone(KeyResult kr, ScoringPolicy policy, Instant asOf) {
    Metric m = kr.metric();
    if (m instanceof OrdinalMetric) {
      CheckIn last = latest(kr, asOf);
      return last == null ? Option.none() : Option.some(((CheckInData.ZoneReached) last.data()).zone());
    }
    Option<StretchPolicy> stretch = policy.progress().stretch();
    if (m instanceof LinearMetric lm && stretch.isDefined()) {
      StretchPolicy st = stretch.get();
      io.vavr.control.Validation<Seq<OkrError>, StretchLevels> levels = st.derive(lm);
      if (levels.isInvalid()) {
        return Option.none();
      }
      CheckIn last = latest(kr, asOf);
      return st.zone(levels.get(), last == null ? Option.none()
          : Option.some(((CheckInData.Measurement) last.data()).value()));
    }
    return Option.none();
  }

  /** Returns the progress, status and forecast explanations of a key result (tracing engines only). */
  Seq<Explanation> explain(KeyResult kr, Cycle cycle) {
    tracing = true;
    Window w = window(cycle, kr);
    KeyResultScore s = score(kr, cycle);
    Explanation raw = rawTrace;
    String name = "key result " + kr.id().value() + " (" + kr.title() + ")";
    Explanation progress;
    if (pp.cap().isNone() || s.raw().isEmpty()) {
      progress = raw.withLabel(name);
    } else {
      progress = Explanation.node(name, s.progress().get(),
          "bound(" + Fmt.num(s.raw().get()) + ", " + pp.cap().describe() + ")",
          "reported progress: the raw progress within " + pp.cap().describe(), List.of(raw.withLabel("raw progress")));
    }
    return List.of(progress, explainStatus(kr, w, s), explainForecast(kr, w, s));
  }

  private Status status(KeyResult kr, Window w, @Nullable BigDecimal reported, BigDecimal expected,
      boolean neverUpdated, boolean stale) {
    if (neverUpdated) {
      return sp.staleStatus();
    }
    if (reported == null) {
      return Status.NOT_SCORED;
    }
    if (sp.achievedAtOne() && reported.compareTo(BigDecimal.ONE) >= 0 && (!control || w.isClosed(asOf))) {
      return Status.ACHIEVED;
    }
    Status s;
    Metric m = kr.metric();
    if (m instanceof RangeMetric range && sp.rangeTolerance().isDefined() && latestValue != null
        && !within(range, latestValue, BigDecimal.ZERO)) {
      s = within(range, latestValue, sp.rangeTolerance().get()) ? Status.AT_RISK : Status.OFF_TRACK;
    } else if (metOrNot && sp.binaryStatus() != StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS) {
      s = reported.compareTo(BigDecimal.ONE) >= 0 ? Status.ON_TRACK
          : sp.binaryStatus() == StatusPolicy.BinaryStatus.MET_OR_BEHIND ? Status.BEHIND : Status.OFF_TRACK;
    } else {
      s = sp.rule().status(reported, expected);
    }
    return stale ? sp.staleStatus() : s;
  }

  private boolean within(RangeMetric range, BigDecimal value, BigDecimal tolerance) {
    BigDecimal lo = range.lower().subtract(tolerance);
    BigDecimal hi = range.upper().add(tolerance);
    if (pp.inclusiveRanges()) {
      return value.compareTo(lo) >= 0 && value.compareTo(hi) <= 0;
    }
    return value.compareTo(lo) > 0 && value.compareTo(hi) < 0;
  }

  // ---------------------------------------------------------------- raw progress

  /** Computes the raw progress as of {@code at}; sets the scratch fields. */
  private @Nullable BigDecimal raw(KeyResult kr, Window w, Instant at) {
    problem = null;
    metOrNot = false;
    control = false;
    latestValue = null;
    rawTrace = null;
    Metric m = kr.metric();
    if (m instanceof LinearMetric lm) {
      return linear(kr, lm, at);
    } else if (m instanceof ThresholdMetric tm) {
      return threshold(kr, tm, w, at);
    } else if (m instanceof RangeMetric rm) {
      return range(kr, rm, w, at);
    } else if (m instanceof BinaryMetric) {
      return binary(kr, at);
    } else if (m instanceof MilestoneMetric mm) {
      return milestones(kr, mm, at);
    } else if (m instanceof RecurringMetric rec) {
      return recurring(kr, rec, w, at);
    } else if (m instanceof OrdinalMetric om) {
      return ordinal(kr, om, at);
    }
    return aggregate(kr, (AggregateMetric) m, w, at);
  }

  /**
   * Returns the latest check-in at or before {@code at}. A key result only holds check-ins whose
   * data fits its metric (the model validates them), so callers may cast the data to their kind.
   */
  private static @Nullable CheckIn latest(KeyResult kr, Instant at) {
    CheckIn last = null;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      last = c;
    }
    return last;
  }

  private @Nullable BigDecimal noCheckIn(Instant at) {
    if (pp.noCheckIn() == ProgressPolicy.NoCheckIn.ZERO) {
      if (tracing) {
        rawTrace = Explanation.node("raw progress", BigDecimal.ZERO, "",
            "no check-in at or before " + at + ": counts as 0, as if at the baseline", List.empty());
      }
      return BigDecimal.ZERO;
    }
    if (tracing) {
      rawTrace = Explanation.node("raw progress", null, "", "not scored: no check-in at or before " + at, List.empty());
    }
    return null;
  }

  private @Nullable BigDecimal undefined(String formula, Seq<Explanation> inputs) {
    problem = new OkrError.UndefinedProgress(METRIC, formula);
    if (tracing) {
      rawTrace = Explanation.node("raw progress", null, formula, "not scored: division by zero", inputs);
    }
    return null;
  }

  private @Nullable BigDecimal linear(KeyResult kr, LinearMetric m, Instant at) {
    CheckIn last = latest(kr, at);
    if (pp.stretch().isDefined()) {
      return stretched(m, last, pp.stretch().get(), at);
    }
    if (last == null) {
      return noCheckIn(at);
    }
    BigDecimal c = ((CheckInData.Measurement) last.data()).value();
    latestValue = c;
    Seq<Explanation> inputs = tracing ? List.of(
        Explanation.leaf("current c", c, "check-in at " + last.instant()),
        Explanation.leaf("baseline b", m.baseline(), ""),
        Explanation.leaf("target t", m.targetValue(), describe(m))) : List.empty();
    return graded(c, m.baseline(), m.targetValue(), m.isIncreasing(), "c", inputs);
  }

  /** Scores a linear key result against its commit / target / stretch levels. */
  private @Nullable BigDecimal stretched(LinearMetric m, @Nullable CheckIn last, StretchPolicy st, Instant at) {
    io.vavr.control.Validation<Seq<OkrError>, StretchLevels> derived = st.derive(m);
    if (derived.isInvalid()) {
      problem = derived.getError().head().under(METRIC);
      if (tracing) {
        rawTrace = Explanation.node("raw progress", null, "", "not scored: the stretch levels are invalid ("
            + derived.getError().head().code() + ")", List.empty());
      }
      return null;
    }
    StretchLevels l = derived.get();
    if (last == null && st.missingCurrent() == StretchPolicy.MissingCurrent.NOT_SCORED) {
      return noCheckIn(at);
    }
    Option<BigDecimal> current = last == null ? Option.none()
        : Option.some(((CheckInData.Measurement) last.data()).value());
    latestValue = current.getOrNull();
    Option<BigDecimal> p = st.progress(l, current);
    if (tracing) {
      boolean toStretch = st.reference() == StretchPolicy.Reference.STRETCH;
      BigDecimal c = current.getOrElse(l.baseline());
      BigDecimal ref = toStretch ? l.stretch() : l.target();
      String zone = st.zone(l, current).map(Zone::name).getOrElse("none");
      Seq<Explanation> inputs = List.of(
          Explanation.leaf("current c", c, last == null ? "no check-in: the baseline" : "check-in at " + last.instant()),
          Explanation.leaf("baseline b", l.baseline(), ""),
          Explanation.leaf("commit", l.commit(), "zone " + zone),
          Explanation.leaf("target t", l.target(), describe(m)),
          Explanation.leaf("stretch s", l.stretch(), ""));
      String name = toStretch ? "s" : "t";
      String rule = "stretch levels, " + (toStretch ? "the stretch level" : "the target") + " is 100 %: (c − b) / ("
          + name + " − b)" + (st.belowBaseline() == StretchPolicy.BelowBaseline.FLOOR_AT_ZERO ? ", floored at 0" : "")
          + "; zone " + zone;
      rawTrace = ref.compareTo(l.baseline()) == 0
          ? Explanation.node("raw progress", p.getOrNull(), "", rule + "; degenerate: " + st.degenerate(), inputs)
          : Explanation.node("raw progress", p.getOrNull(), "(" + Fmt.num(c) + " − " + Fmt.num(l.baseline()) + ") / ("
              + Fmt.num(ref) + " − " + Fmt.num(l.baseline()) + ")", rule, inputs);
    }
    return p.getOrNull();
  }

  /** Grades value {@code c} linearly from {@code b} to {@code t} under the linear rule. */
  private @Nullable BigDecimal graded(BigDecimal c, BigDecimal b, BigDecimal t, boolean up, String name,
      Seq<Explanation> inputs) {
    if (pp.linearRule() == ProgressPolicy.LinearRule.RATIO_TO_TARGET) {
      BigDecimal num = up ? c : t;
      BigDecimal den = up ? t : c;
      if (den.signum() == 0) {
        return undefined(up ? name + " / t, t = 0" : "t / " + name + ", " + name + " = 0", inputs);
      }
      BigDecimal r = Decimals.div(num, den);
      if (tracing) {
        rawTrace = Explanation.node("raw progress", r, Fmt.num(num) + " / " + Fmt.num(den),
            up ? "ratio to target: " + name + " / t" : "ratio to target: t / " + name, inputs);
      }
      return r;
    }
    BigDecimal r = Decimals.div(c.subtract(b), t.subtract(b));
    if (tracing) {
      rawTrace = Explanation.node("raw progress", r,
          "(" + Fmt.num(c) + " − " + Fmt.num(b) + ") / (" + Fmt.num(t) + " − " + Fmt.num(b) + ")",
          "linear from baseline: (" + name + " − b) / (t − b)", inputs);
    }
    return r;
  }

  private static String describe(LinearMetric m) {
    Target target = m.target();
    if (target instanceof Target.PointsDelta) {
      return "b + " + Fmt.num(target.amount()) + " percentage points";
    }
    if (target instanceof Target.RelativeDelta) {
      return "b × (1 + " + Fmt.num(target.amount()) + ")";
    }
    return "";
  }

  private @Nullable BigDecimal threshold(KeyResult kr, ThresholdMetric m, Window w, Instant at) {
    control = true;
    Comparison cmp = pp.effective(m.comparison());
    BigDecimal t = m.threshold();
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET) {
      return share(kr, w, at, v -> cmp.isMet(v, t), () -> "c " + cmp.symbol() + " " + Fmt.num(t));
    }
    Explanation valueTrace = null;
    BigDecimal value;
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS) {
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      StringBuilder terms = tracing ? new StringBuilder() : null;
      for (CheckIn c : kr.checkIns()) {
        if (c.instant().isAfter(at)) {
          break;
        }
        BigDecimal v = ((CheckInData.Measurement) c.data()).value();
        sum = sum.add(v);
        n++;
        if (terms != null) {
          terms.append(n == 1 ? "" : " + ").append(Fmt.num(v));
        }
      }
      if (n == 0) {
        return noCheckIn(at);
      }
      value = Decimals.div(sum, BigDecimal.valueOf(n));
      if (tracing) {
        valueTrace = Explanation.node("mean of check-ins c", value, "(" + terms + ") / " + n,
            "mean of the check-ins at or before " + at, List.empty());
      }
    } else {
      CheckIn last = latest(kr, at);
      if (last == null) {
        return noCheckIn(at);
      }
      value = ((CheckInData.Measurement) last.data()).value();
      latestValue = value;
      if (tracing) {
        valueTrace = Explanation.leaf("current c", value, "check-in at " + last.instant());
      }
    }
    return against(value, cmp, t, valueTrace);
  }

  /** Grades a value against a threshold: met or not, or by distance. */
  private @Nullable BigDecimal against(BigDecimal a, Comparison cmp, BigDecimal t, @Nullable Explanation valueTrace) {
    Seq<Explanation> inputs = tracing
        ? List.of(valueTrace, Explanation.leaf("threshold t", t, "c " + cmp.symbol() + " t")) : List.empty();
    if (pp.controlGrading() == ProgressPolicy.ControlGrading.DISTANCE) {
      boolean up = cmp.isUpward();
      if (t.signum() == 0) {
        return undefined(up ? "1 + (a − t) / |t|, t = 0" : "1 + (t − a) / |t|, t = 0", inputs);
      }
      // 1 + (a − t) / |t| going up, 1 + (t − a) / |t| going down; for t > 0 that is a / t and (2t − a) / t
      BigDecimal size = t.abs();
      BigDecimal r = Decimals.div(size.add(up ? a.subtract(t) : t.subtract(a)), size);
      if (tracing) {
        String formula;
        String rule;
        if (t.signum() > 0) {
          formula = up ? Fmt.num(a) + " / " + Fmt.num(t) : "(2·" + Fmt.num(t) + " − " + Fmt.num(a) + ") / " + Fmt.num(t);
          rule = up ? "distance from target: 1 + (a − t) / t = a / t" : "distance from target: 1 + (t − a) / t = (2t − a) / t";
        } else {
          formula = up ? "1 + (" + Fmt.num(a) + " − " + Fmt.num(t) + ") / " + Fmt.num(size)
              : "1 + (" + Fmt.num(t) + " − " + Fmt.num(a) + ") / " + Fmt.num(size);
          rule = up ? "distance from target: 1 + (a − t) / |t|" : "distance from target: 1 + (t − a) / |t|";
        }
        rawTrace = Explanation.node("raw progress", r, formula, rule, inputs);
      }
      return r;
    }
    metOrNot = true;
    boolean met = cmp.isMet(a, t);
    if (tracing) {
      rawTrace = Explanation.node("raw progress", met ? BigDecimal.ONE : BigDecimal.ZERO,
          Fmt.num(a) + " " + cmp.symbol() + " " + Fmt.num(t) + (met ? " holds" : " fails"),
          "met or not: 1 if c " + cmp.symbol() + " t, else 0", inputs);
    }
    return met ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  private @Nullable BigDecimal range(KeyResult kr, RangeMetric m, Window w, Instant at) {
    control = true;
    java.util.function.Supplier<String> test = () -> pp.inclusiveRanges()
        ? Fmt.num(m.lower()) + " ≤ c ≤ " + Fmt.num(m.upper()) : Fmt.num(m.lower()) + " < c < " + Fmt.num(m.upper());
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET) {
      return share(kr, w, at, v -> within(m, v, BigDecimal.ZERO), test);
    }
    BigDecimal value;
    Explanation valueTrace = null;
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS) {
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      for (CheckIn c : kr.checkIns()) {
        if (c.instant().isAfter(at)) {
          break;
        }
        sum = sum.add(((CheckInData.Measurement) c.data()).value());
        n++;
      }
      if (n == 0) {
        return noCheckIn(at);
      }
      value = Decimals.div(sum, BigDecimal.valueOf(n));
      if (tracing) {
        valueTrace = Explanation.node("mean of check-ins c", value, Fmt.num(sum) + " / " + n, "", List.empty());
      }
    } else {
      CheckIn last = latest(kr, at);
      if (last == null) {
        return noCheckIn(at);
      }
      value = ((CheckInData.Measurement) last.data()).value();
      if (tracing) {
        valueTrace = Explanation.leaf("current c", value, "check-in at " + last.instant());
      }
    }
    latestValue = value;
    metOrNot = true;
    boolean in = within(m, value, BigDecimal.ZERO);
    if (tracing) {
      rawTrace = Explanation.node("raw progress", in ? BigDecimal.ONE : BigDecimal.ZERO,
          test.get().replace("c", Fmt.num(value)) + (in ? " holds" : " fails"),
          "within range: 1 if " + test.get() + ", else 0",
          List.of(valueTrace));
    }
    return in ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  /** The number of periods that count: planned, or elapsed as of {@code at}. */
  private int periods(Period period, Window w, Instant at) {
    Cycle cycle = w.cycle;
    int planned = period.countIn(cycle.start(), cycle.end());
    if (pp.periodBasis() == ProgressPolicy.PeriodBasis.PLANNED) {
      return planned;
    }
    if (at.isBefore(w.start)) {
      return 0;
    }
    LocalDate date = w.date(at);
    return date.isBefore(cycle.end()) ? Math.min(planned, period.indexOf(cycle.start(), date) + 1) : planned;
  }

  /** Profit.co method 1: the share of periods whose latest check-in meets {@code met}. */
  private @Nullable BigDecimal share(KeyResult kr, Window w, Instant at,
      java.util.function.Predicate<BigDecimal> met, java.util.function.Supplier<String> test) {
    Cycle cycle = w.cycle;
    Period cadence = pp.cadence();
    int n = periods(cadence, w, at);
    TreeMap<Integer, BigDecimal> byPeriod = new TreeMap<>();
    boolean any = false;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      any = true;
      LocalDate d = w.date(c.instant());
      if (cycle.contains(d)) {
        // a check-in at or before the instant lies in a period that has started, so k < n
        byPeriod.put(cadence.indexOf(cycle.start(), d), ((CheckInData.Measurement) c.data()).value());
      }
    }
    if (!any) {
      return noCheckIn(at);
    }
    if (n == 0) {
      return noPeriod(at);
    }
    int count = 0;
    ArrayList<Explanation> inputs = tracing ? new ArrayList<>() : null;
    for (Map.Entry<Integer, BigDecimal> e : byPeriod.entrySet()) {
      boolean ok = met.test(e.getValue());
      count += ok ? 1 : 0;
      if (inputs != null) {
        inputs.add(Explanation.leaf(cadence.name().toLowerCase(java.util.Locale.ROOT) + " " + (e.getKey() + 1)
            + " from " + cadence.startOf(cycle.start(), e.getKey()), e.getValue(), ok ? "met" : "not met"));
      }
    }
    BigDecimal r = Decimals.div(BigDecimal.valueOf(count), BigDecimal.valueOf(n));
    if (tracing) {
      inputs.add(Explanation.leaf("periods counted N", BigDecimal.valueOf(n), basis() + "; a period without a check-in is not met"));
      rawTrace = Explanation.node("raw progress", r, count + " / " + n,
          "share of periods met: #(latest check-in of the period with " + test.get() + ") / N", List.ofAll(inputs));
    }
    return r;
  }

  private String basis() {
    return pp.periodBasis() == ProgressPolicy.PeriodBasis.PLANNED ? "periods planned in the cycle"
        : "periods started by " + asOf;
  }

  private @Nullable BigDecimal noPeriod(Instant at) {
    if (tracing) {
      rawTrace = Explanation.node("raw progress", null, "", "not scored: no period has started by " + at, List.empty());
    }
    return null;
  }

  private @Nullable BigDecimal binary(KeyResult kr, Instant at) {
    CheckIn last = latest(kr, at);
    if (last == null) {
      return noCheckIn(at);
    }
    metOrNot = true;
    boolean done = ((CheckInData.Completion) last.data()).done();
    BigDecimal r = done ? BigDecimal.ONE : BigDecimal.ZERO;
    if (tracing) {
      rawTrace = Explanation.node("raw progress", r, done ? "done" : "not done", "binary: 1 if done, else 0",
          List.of(Explanation.node("done", r, "", "check-in at " + last.instant(), List.empty())));
    }
    return r;
  }

  /** The score the metric gives the latest zone reached. */
  private @Nullable BigDecimal ordinal(KeyResult kr, OrdinalMetric m, Instant at) {
    CheckIn last = latest(kr, at);
    if (last == null) {
      return noCheckIn(at);
    }
    Zone zone = ((CheckInData.ZoneReached) last.data()).zone();
    BigDecimal r = m.score(zone);
    if (tracing) {
      rawTrace = Explanation.node("raw progress", r, "score(" + zone + ")",
          "ordinal: the score of the zone reached (FAIL " + Fmt.num(m.score(Zone.FAIL)) + ", COMMIT "
              + Fmt.num(m.score(Zone.COMMIT)) + ", TARGET " + Fmt.num(m.score(Zone.TARGET)) + ", STRETCH "
              + Fmt.num(m.score(Zone.STRETCH)) + ")",
          List.of(Explanation.node("zone", r, zone.name(), "check-in at " + last.instant(), List.empty())));
    }
    return r;
  }

  private @Nullable BigDecimal milestones(KeyResult kr, MilestoneMetric m, Instant at) {
    CheckIn last = latest(kr, at);
    if (last == null) {
      return noCheckIn(at);
    }
    io.vavr.collection.SortedSet<String> done = ((CheckInData.MilestonesDone) last.data()).done();
    boolean equal = pp.milestoneWeighting() == ProgressPolicy.MilestoneWeighting.EQUAL;
    BigDecimal sum = BigDecimal.ZERO;
    int k = 0;
    StringBuilder terms = tracing ? new StringBuilder() : null;
    ArrayList<Explanation> inputs = tracing ? new ArrayList<>() : null;
    for (Milestone ms : m.milestones()) {
      boolean isDone = done.contains(ms.id());
      if (isDone) {
        k++;
        sum = sum.add(ms.weight());
        if (terms != null) {
          terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(ms.weight()));
        }
      }
      if (inputs != null) {
        inputs.add(Explanation.leaf("milestone " + ms.id() + " (" + ms.title() + ")", ms.weight(),
            (isDone ? "done" : "not done") + ", weight " + Fmt.num(ms.weight())));
      }
    }
    int total = m.milestones().size();
    BigDecimal r = equal ? Decimals.div(BigDecimal.valueOf(k), BigDecimal.valueOf(total))
        : Decimals.div(sum, m.totalWeight());
    if (tracing) {
      String formula = equal ? k + " / " + total
          : (k == 0 ? "0" : k == 1 ? terms.toString() : "(" + terms + ")") + " / " + Fmt.num(m.totalWeight());
      String rule = equal ? "milestones, equal: k / M" : "milestones, weighted: Σ wᵢ·doneᵢ / Σ wᵢ";
      rawTrace = Explanation.node("raw progress", r, formula, rule + "; check-in at " + last.instant(),
          List.ofAll(inputs));
    }
    return r;
  }

  private @Nullable BigDecimal recurring(KeyResult kr, RecurringMetric m, Window w, Instant at) {
    Cycle cycle = w.cycle;
    Period period = m.period();
    BigDecimal t = m.perPeriod();
    int n = periods(period, w, at);
    TreeMap<Integer, BigDecimal> byPeriod = new TreeMap<>();
    boolean any = false;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      CheckInData.PeriodValue pv = (CheckInData.PeriodValue) c.data();
      any = true;
      if (cycle.contains(pv.period())) {
        int k = period.indexOf(cycle.start(), pv.period());
        if (k < n) {
          byPeriod.put(k, pv.value());
        }
      }
    }
    if (!any) {
      return noCheckIn(at);
    }
    if (n == 0) {
      return noPeriod(at);
    }
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal sum = BigDecimal.ZERO;
    StringBuilder terms = tracing ? new StringBuilder() : null;
    ArrayList<Explanation> inputs = tracing ? new ArrayList<>() : null;
    ProgressPolicy.RecurringAggregation how = pp.recurring();
    for (Map.Entry<Integer, BigDecimal> e : byPeriod.entrySet()) {
      BigDecimal a = e.getValue();
      BigDecimal term;
      switch (how) {
        case CUMULATIVE:
          term = a;
          break;
        case MEAN_OF_CAPPED_RATIOS:
          term = a.compareTo(t) >= 0 ? BigDecimal.ONE : Decimals.div(a, t);
          break;
        default:
          term = a.compareTo(t) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
          break;
      }
      sum = sum.add(term);
      if (terms != null) {
        terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(term));
        inputs.add(Explanation.leaf(period.name().toLowerCase(java.util.Locale.ROOT) + " " + (e.getKey() + 1)
            + " from " + period.startOf(cycle.start(), e.getKey()), a,
            a.compareTo(t) >= 0 ? "met (≥ " + Fmt.num(t) + ")" : "not met (< " + Fmt.num(t) + ")"));
      }
    }
    BigDecimal r = how == ProgressPolicy.RecurringAggregation.CUMULATIVE ? Decimals.div(sum, nn.multiply(t))
        : Decimals.div(sum, nn);
    if (tracing) {
      String formula;
      String rule;
      switch (how) {
        case CUMULATIVE:
          formula = "(" + terms + ") / (" + n + "·" + Fmt.num(t) + ")";
          rule = "cumulative: Σaᵢ / Σtᵢ";
          break;
        case MEAN_OF_CAPPED_RATIOS:
          formula = "(" + terms + ") / " + n;
          rule = "mean of capped ratios: Σ min(1, aᵢ / t) / N";
          break;
        default:
          formula = Fmt.num(sum) + " / " + n;
          rule = "share of periods met: #(aᵢ ≥ t) / N";
          break;
      }
      inputs.add(Explanation.leaf("target per period t", t, ""));
      inputs.add(Explanation.leaf("periods counted N", nn, basis() + "; a period without a check-in counts as 0"));
      rawTrace = Explanation.node("raw progress", r, formula, rule, List.ofAll(inputs));
    }
    return r;
  }

  private record Entry(CheckInData.Item item, int period) {}

  private @Nullable BigDecimal aggregate(KeyResult kr, AggregateMetric m, Window w, Instant at) {
    Cycle cycle = w.cycle;
    Period cadence = pp.cadence();
    int planned = Math.max(1, cadence.countIn(cycle.start(), cycle.end()));
    HashMap<String, Entry> items = new HashMap<>();
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(at)) {
        break;
      }
      LocalDate d = w.date(c.instant());
      int k = d.isBefore(cycle.start()) ? 0 : Math.min(planned - 1, cadence.indexOf(cycle.start(), d));
      for (CheckInData.Item item : ((CheckInData.ItemValues) c.data()).items()) {
        items.put(item.key(), new Entry(item, k));
      }
    }
    if (items.isEmpty()) {
      return noCheckIn(at);
    }
    BigDecimal scale = m.scale();
    BigDecimal value;
    String formula = "";
    switch (pp.aggregate()) {
      case POOLED_RATIO: {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Entry e : items.values()) {
          num = num.add(e.item.numerator());
          den = den.add(e.item.denominator());
        }
        value = Decimals.div(num.multiply(scale), den);
        if (tracing) {
          formula = Fmt.num(num) + " / " + Fmt.num(den) + percent(scale);
        }
        break;
      }
      case MEAN_OF_PERIOD_MEANS: {
        TreeMap<Integer, BigDecimal[]> byPeriod = new TreeMap<>();
        for (Entry e : items.values()) {
          BigDecimal[] acc = byPeriod.computeIfAbsent(e.period, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          acc[0] = acc[0].add(rate(e.item, scale));
          acc[1] = acc[1].add(BigDecimal.ONE);
        }
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder terms = tracing ? new StringBuilder() : null;
        for (BigDecimal[] acc : byPeriod.values()) {
          BigDecimal mean = Decimals.div(acc[0], acc[1]);
          sum = sum.add(mean);
          if (terms != null) {
            terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(mean));
          }
        }
        value = Decimals.div(sum, BigDecimal.valueOf(byPeriod.size()));
        if (tracing) {
          formula = "(" + terms + ") / " + byPeriod.size();
        }
        break;
      }
      default: {
        BigDecimal sum = BigDecimal.ZERO;
        for (Entry e : items.values()) {
          sum = sum.add(rate(e.item, scale));
        }
        value = Decimals.div(sum, BigDecimal.valueOf(items.size()));
        if (tracing) {
          formula = Fmt.num(sum) + " / " + items.size();
        }
        break;
      }
    }
    Explanation valueTrace = null;
    if (tracing) {
      String pct = percent(scale);
      String rule = pp.aggregate() == ProgressPolicy.AggregateMethod.POOLED_RATIO ? "pooled ratio: Σnum / Σden" + pct
          : pp.aggregate() == ProgressPolicy.AggregateMethod.MEAN_OF_PERIOD_MEANS
          ? "mean of per-" + cadence.name().toLowerCase(java.util.Locale.ROOT) + " means of item rates"
          : "mean of item rates: Σ(numᵢ / denᵢ" + pct + ") / n";
      ArrayList<Explanation> inputs = new ArrayList<>();
      items.values().stream().sorted(java.util.Comparator.comparing((Entry e) -> e.item.key())).forEach(e ->
          inputs.add(Explanation.node("item " + e.item.key(), rate(e.item, scale),
              Fmt.num(e.item.numerator()) + " / " + Fmt.num(e.item.denominator()) + pct, "", List.empty())));
      valueTrace = Explanation.node("aggregate a", value, formula, rule, List.ofAll(inputs));
    }
    if (m.baseline().isDefined()) {
      BigDecimal b = m.baseline().get();
      boolean up = m.target().compareTo(b) > 0;
      Seq<Explanation> inputs = tracing ? List.of(valueTrace, Explanation.leaf("baseline b", b, ""),
          Explanation.leaf("target t", m.target(), "")) : List.empty();
      return graded(value, b, m.target(), up, "a", inputs);
    }
    control = true;
    return against(value, pp.effective(m.comparison()), m.target(), valueTrace);
  }

  private static String percent(BigDecimal scale) {
    return scale.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + Fmt.num(scale);
  }

  private static BigDecimal rate(CheckInData.Item item, BigDecimal scale) {
    return Decimals.div(item.numerator().multiply(scale), item.denominator());
  }

  // ---------------------------------------------------------------- forecast

  /**
   * Returns the forecast of a key result, computed on first use: no roll-up needs it, and a
   * fitted forecast re-scores every check-in. The deferred work runs on an engine of its own.
   */
  private Forecast forecast(KeyResult kr, Window w, @Nullable BigDecimal raw, BigDecimal expected) {
    switch (fp.method()) {
      case NONE:
        return Forecast.of(fp, null);
      case PACE:
        return Forecast.later(fp, () -> raw == null || expected.signum() == 0 ? null : Decimals.div(raw, expected));
      default:
        ScoringPolicy p = policy;
        Instant at = asOf;
        Cycle cycle = w.cycle;
        return Forecast.later(fp, () -> {
          Engine e = new Engine(p, at, false);
          Window own = e.window(cycle, kr); // windows memoise, so none is shared across threads
          return e.fitted(kr, own, e.points(kr, own));
        });
    }
  }

  /** The points (time fraction, raw progress) at each distinct check-in instant up to {@code asOf}. */
  private ArrayList<BigDecimal[]> points(KeyResult kr, Window w) {
    ArrayList<Instant> instants = new ArrayList<>();
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(asOf)) {
        break;
      }
      if (instants.isEmpty() || !instants.get(instants.size() - 1).equals(c.instant())) {
        instants.add(c.instant());
      }
    }
    int from = fp.method() == ForecastPolicy.Method.LAST_TWO ? Math.max(0, instants.size() - 2) : 0;
    boolean wasTracing = tracing;
    OkrError p = problem;
    boolean mon = metOrNot;
    boolean ctl = control;
    BigDecimal lv = latestValue;
    Explanation rt = rawTrace;
    tracing = false;
    ArrayList<BigDecimal[]> points = new ArrayList<>();
    for (int i = from; i < instants.size(); i++) {
      Instant at = instants.get(i);
      BigDecimal y = raw(kr, w, at);
      if (y != null) {
        points.add(new BigDecimal[] {w.fraction(at, sp.expected().dayCount()), y});
      }
    }
    tracing = wasTracing;
    problem = p;
    metOrNot = mon;
    control = ctl;
    latestValue = lv;
    rawTrace = rt;
    return points;
  }

  private @Nullable BigDecimal fitted(KeyResult kr, Window w, ArrayList<BigDecimal[]> points) {
    int n = points.size();
    if (n < 2) {
      return null;
    }
    if (fp.method() == ForecastPolicy.Method.LAST_TWO) {
      BigDecimal[] a = points.get(n - 2);
      BigDecimal[] b = points.get(n - 1);
      BigDecimal dx = b[0].subtract(a[0]);
      if (dx.signum() == 0) {
        return null;
      }
      BigDecimal slope = Decimals.div(b[1].subtract(a[1]), dx);
      return b[1].add(slope.multiply(BigDecimal.ONE.subtract(b[0])), Numbers.MATH);
    }
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    for (BigDecimal[] pt : points) {
      sx = sx.add(pt[0]);
      sy = sy.add(pt[1]);
      sxx = sxx.add(pt[0].multiply(pt[0]));
      sxy = sxy.add(pt[0].multiply(pt[1]));
    }
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal den = nn.multiply(sxx).subtract(sx.multiply(sx));
    if (den.signum() == 0) {
      return null;
    }
    BigDecimal slope = Decimals.div(nn.multiply(sxy).subtract(sx.multiply(sy)), den);
    BigDecimal intercept = Decimals.div(sy.subtract(slope.multiply(sx)), nn);
    return slope.add(intercept, Numbers.MATH);
  }

  // ---------------------------------------------------------------- explanations of status and forecast

  private Explanation explainExpected(KeyResult kr, Window w, BigDecimal e) {
    ExpectedProgress ep = sp.expected();
    if (ep.phases().containsKey(kr.id())) {
      return Explanation.node("expected e", e, "", "phased targets: the last phase due before " + w.date(asOf),
          ep.phases().get(kr.id()).get().map(ph -> Explanation.leaf("phase due " + ph.due(), ph.expected(), "")));
    }
    String window = "window [" + w.start + ", " + w.end + ")";
    if (!asOf.isAfter(w.start) && w.start.isBefore(w.end)) {
      return Explanation.node("expected e", e, "", "before the " + window + " starts: 0", List.empty());
    }
    if (!asOf.isBefore(w.end)) {
      return Explanation.node("expected e", e, "", "the " + window + " has closed: 1", List.empty());
    }
    if (ep.dayCount() == ExpectedProgress.DayCount.WHOLE_DAYS) {
      long elapsed = java.time.temporal.ChronoUnit.DAYS.between(w.startDate, w.date(asOf)) + 1;
      long total = java.time.temporal.ChronoUnit.DAYS.between(w.startDate, w.endDate);
      return Explanation.node("expected e", e, elapsed + " d / " + total + " d",
          "linear by whole days, today counted: " + window, List.empty());
    }
    BigDecimal elapsed = Decimals.div(Window.between(w.start, asOf), SECONDS_PER_DAY);
    BigDecimal total = Decimals.div(Window.between(w.start, w.end), SECONDS_PER_DAY);
    return Explanation.node("expected e", e, Fmt.num(elapsed) + " d / " + Fmt.num(total) + " d",
        "linear: (τ − S) / (E − S) over the " + window, List.empty());
  }

  private Explanation explainStatus(KeyResult kr, Window w, KeyResultScore s) {
    String label = "status " + s.status();
    Explanation expected = explainExpected(kr, w, s.expected());
    if (s.isStale() && s.lastCheckIn().isEmpty()) {
      BigDecimal f = w.fraction(asOf, sp.expected().dayCount());
      return Explanation.node(label, f, "", "never updated once " + Fmt.num(sp.neverUpdatedAfter().get())
          + " of the window has passed → " + sp.staleStatus(), List.empty());
    }
    if (s.progress().isEmpty()) {
      return Explanation.node(label, null, "", "not scored: no progress", List.empty());
    }
    BigDecimal a = s.progress().get();
    Explanation actual = Explanation.leaf("actual a", a, "reported progress");
    if (s.status() == Status.ACHIEVED) {
      return Explanation.node(label, a, "", "progress ≥ 1 → ACHIEVED", List.of(actual));
    }
    if (s.isStale()) {
      return Explanation.node(label, a, "", "no check-in for more than " + sp.staleAfterDays().get() + " days (last at "
          + s.lastCheckIn().get() + ") → " + sp.staleStatus(), List.of(actual));
    }
    if (kr.metric() instanceof RangeMetric && sp.rangeTolerance().isDefined()
        && (s.status() == Status.AT_RISK || s.status() == Status.OFF_TRACK) && latestValue != null) {
      return Explanation.node(label, latestValue, "", "outside the range; within ±"
          + Fmt.num(sp.rangeTolerance().get()) + " → AT_RISK, beyond → OFF_TRACK", List.of(actual));
    }
    if (metOrNot && sp.binaryStatus() != StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS) {
      return Explanation.node(label, a, "", "met → ON_TRACK, not met → "
          + (sp.binaryStatus() == StatusPolicy.BinaryStatus.MET_OR_BEHIND ? "BEHIND" : "OFF_TRACK"), List.of(actual));
    }
    StatusRule rule = sp.rule();
    BigDecimal e = s.expected();
    switch (rule.kind()) {
      case RATIO:
        return Explanation.node(label, e.signum() == 0 ? null : Decimals.div(a, e),
            e.signum() == 0 ? "" : Fmt.num(a) + " / " + Fmt.num(e),
            (e.signum() == 0 ? "nothing expected yet; " : "") + rule.describe(), List.of(actual, expected));
      case GAP:
        return Explanation.node(label, e.subtract(a), Fmt.num(e) + " − " + Fmt.num(a), rule.describe(),
            List.of(actual, expected));
      default:
        return Explanation.node(label, a, "", rule.describe(), List.of(actual, expected));
    }
  }

  private Explanation explainForecast(KeyResult kr, Window w, KeyResultScore s) {
    Forecast f = s.forecast();
    String label = "forecast p̂" + (f.willMiss() ? " (will miss)" : "");
    String below = "; will miss if p̂ < " + Fmt.num(fp.willMissBelow());
    switch (fp.method()) {
      case NONE:
        return Explanation.node(label, null, "", "no forecast", List.empty());
      case PACE: {
        if (f.progress().isEmpty()) {
          return Explanation.node(label, null, "", "pace from origin: no progress or nothing expected yet",
              List.empty());
        }
        return Explanation.node(label, f.progress().get(),
            Fmt.num(s.raw().get()) + " / " + Fmt.num(s.expected()), "pace from origin: a / e" + below,
            List.of(Explanation.leaf("raw progress a", s.raw().get(), ""), explainExpected(kr, w, s.expected())));
      }
      default: {
        ArrayList<Explanation> pts = new ArrayList<>();
        for (BigDecimal[] pt : points(kr, w)) {
          pts.add(Explanation.node("point", pt[1], "", "at time fraction " + Fmt.num(pt[0]), List.empty()));
        }
        String rule = fp.method() == ForecastPolicy.Method.LAST_TWO
            ? "line through the last two check-ins, at the window's end"
            : "least-squares line through the check-ins, at the window's end";
        return Explanation.node(label, f.progress().getOrNull(), "", (f.progress().isEmpty()
            ? "no forecast: needs two check-ins at different instants; " : "") + rule + below, List.ofAll(pts));
      }
    }
  }

  // ---------------------------------------------------------------- objectives

  ObjectiveScore objective(Objective o, Seq<KeyResultScore> krs, Seq<Contribution> children) {
    RollUpPolicy rp = policy.rollUp();
    RollUpMath math = new RollUpMath(rp);
    boolean useKrs = rp.usesKeyResults(krs.size());
    boolean useChildren = rp.usesChildren(krs.size());
    if (useKrs) {
      for (KeyResultScore kr : krs) {
        BigDecimal w = kr.weight();
        math.add(kr.progress().getOrNull(), w);
      }
    }
    if (useChildren) {
      for (Contribution c : children) {
        math.add(c.progress().getOrNull(), c.weight());
      }
    }
    OkrError found = math.problem(useChildren ? OkrPath.root() : OkrPath.of("keyResults"));
    BigDecimal progress = math.progress();
    BigDecimal grade = progress == null ? null : gp.scale().gradeOf(progress);
    Option<BigDecimal> g = Option.of(grade);
    Confidence confidence = confidence(krs);
    Forecast forecast = fp.method() == ForecastPolicy.Method.NONE ? Forecast.of(fp, null)
        : Forecast.later(fp, () -> forecastRollUp(rp, useKrs ? krs : List.empty()));
    return ImmutableObjectiveScore.of(o.id(), asOf, Option.of(math.raw()), Option.of(progress), g,
        grade == null ? Option.none() : gp.bands().classify(grade), gp.verdict(o.type(), g), objectiveStatus(krs),
        Option.of(confidence), confidence == null ? Option.none() : cp.bands().classify(confidence.value()), forecast,
        krs, children, found == null ? List.empty() : List.of(found), o, policy);
  }

  /** Rolls up the key results' forecasts as their progress is rolled up. */
  private static @Nullable BigDecimal forecastRollUp(RollUpPolicy rp, Seq<KeyResultScore> krs) {
    RollUpMath math = new RollUpMath(rp);
    for (KeyResultScore kr : krs) {
      math.add(kr.forecast().progress().getOrNull(), kr.weight());
    }
    return math.progress();
  }

  private Status objectiveStatus(Seq<KeyResultScore> krs) {
    int worst = -1;
    int sum = 0;
    int count = 0;
    boolean allAchieved = true;
    for (KeyResultScore kr : krs) {
      Status s = kr.status();
      if (s == Status.NOT_SCORED) {
        continue;
      }
      worst = Math.max(worst, s.rank());
      sum += Math.max(1, s.rank());
      count++;
      allAchieved &= s == Status.ACHIEVED;
    }
    if (count == 0) {
      return Status.NOT_SCORED;
    }
    if (allAchieved) {
      return Status.ACHIEVED;
    }
    if (sp.objectiveStatus() == StatusPolicy.StatusRollUp.WEAKEST) {
      return Status.ofRank(worst);
    }
    return Status.ofRank((2 * sum + count) / (2 * count));
  }

  private @Nullable Confidence confidence(Seq<KeyResultScore> krs) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal min = null;
    for (KeyResultScore kr : krs) {
      if (kr.confidence().isEmpty()) {
        continue;
      }
      BigDecimal c = kr.confidence().get().value();
      switch (cp.aggregation()) {
        case MINIMUM:
          min = min == null || c.compareTo(min) < 0 ? c : min;
          break;
        case MEAN:
          sum = sum.add(c);
          weights = weights.add(BigDecimal.ONE);
          break;
        default:
          sum = sum.add(c.multiply(kr.weight()));
          weights = weights.add(kr.weight());
          break;
      }
    }
    BigDecimal value = cp.aggregation() == ConfidencePolicy.Aggregation.MINIMUM ? min
        : weights.signum() == 0 ? null : Decimals.div(sum, weights);
    if (value == null) {
      return null;
    }
    if (value.scale() > Numbers.MAX_DIGITS) {
      value = value.setScale(Numbers.MAX_DIGITS, Numbers.ROUNDING);
    }
    return Confidence.of(value.stripTrailingZeros());
  }
}
