package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
import org.okr4j.model.ManualStatus;
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
 * Applies a {@link ScoringPolicy} at one instant: the straightforward evaluator, the reference a
 * faster evaluator must agree with.
 *
 * <p><b>Design.</b> Scoring a key result takes three steps:
 * <ol>
 *   <li><em>read</em>: the rule of its metric kind turns the check-ins at or before the instant
 *       into a {@link Reading}, the raw progress together with what it was computed from (the
 *       current value, the resolved target, an aggregate value, stretch levels), whether the kind
 *       is graded met-or-not or is a control, a problem if the number is undefined, and, when
 *       tracing, the explanation of the raw progress;</li>
 *   <li><em>judge</em>: the reading is capped, graded and banded, and the status, confidence and
 *       forecast follow from it and the key result's time window;</li>
 *   <li><em>assemble</em> the {@link KeyResultScore}.</li>
 * </ol>
 * Every step receives what it needs as arguments and returns its result; nothing is passed through
 * fields. An objective rolls up its key results' scores and its aligned children's contributions
 * with {@link RollUpMath}. With tracing off the evaluation formats no text; a score builds its
 * explanations on first request with a tracing engine running the same code. The engine caches the
 * windows of key results without a due date; it serves one evaluation on one thread.
 */
final class Engine {

  private static final OkrPath METRIC = OkrPath.of("metric");
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final ScoringPolicy policy;
  private final ProgressPolicy pp;
  private final StatusPolicy sp;
  private final GradingPolicy gp;
  private final ForecastPolicy fp;
  private final ConfidencePolicy cp;
  private final Instant asOf;
  private final boolean tracing;
  // windows of key results without a due date, by cycle; the last one looked up
  private final HashMap<Cycle, Window> windows = new HashMap<>();
  private @Nullable Cycle lastCycle;
  private @Nullable Window lastWindow;

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

  /**
   * What a metric's rule read from the check-ins at one instant: the raw progress and what it was
   * computed from. Built by one rule, returned, never shared.
   */
  private static final class Reading {
    @Nullable BigDecimal progress;
    @Nullable BigDecimal current;
    @Nullable BigDecimal target;
    @Nullable BigDecimal baseline;
    @Nullable BigDecimal aggregate;
    @Nullable StretchLevels levels;
    @Nullable Zone zone;
    @Nullable BigDecimal rangeDistance;
    /** The rule grades met (1) or not (0): binary, thresholds met-or-not, ranges. */
    boolean metOrNot;
    /** A threshold, range or thresholded aggregate: it must hold until its window closes. */
    boolean control;
    @Nullable OkrError problem;
    @Nullable Explanation trace;

    Reading progress(@Nullable BigDecimal p) {
      this.progress = p;
      return this;
    }

    Reading trace(@Nullable Explanation t) {
      this.trace = t;
      return this;
    }
  }

  // ---------------------------------------------------------------- key results

  KeyResultScore score(KeyResult kr, Cycle cycle) {
    Window w = window(cycle, kr);
    int count = 0;
    Instant last = null;
    ManualStatus manual = null;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(asOf)) {
        break;
      }
      count++;
      last = c.instant();
      if (c.status().isDefined()) {
        manual = c.status().get();
      }
    }
    Reading r = read(kr, w, asOf);
    BigDecimal raw = r.progress;
    BigDecimal reported = raw == null ? null : pp.cap().apply(raw);
    BigDecimal grade = reported == null ? null : gp.scale().gradeOf(reported);
    Option<Band> band = grade == null ? Option.none() : gp.bands().classify(grade);
    BigDecimal expected = sp.expected().expected(kr.id(), w, asOf);

    boolean neverUpdated = count == 0 && sp.neverUpdatedAfter().isDefined()
        && w.fraction(asOf, sp.expected().dayCount()).compareTo(sp.neverUpdatedAfter().get()) >= 0;
    boolean stale = neverUpdated || last != null && sp.staleAfterDays().isDefined()
        && last.plusSeconds(86_400L * sp.staleAfterDays().get()).isBefore(asOf);
    boolean closed = isFinal(kr, w, r);
    Status computed = status(kr, r, reported, expected, count, closed, neverUpdated, stale);
    Status status = switch (sp.source()) {
      case MANUAL -> manual == null ? Status.NOT_SCORED : Status.of(manual);
      case MANUAL_OVERRIDES_COMPUTED -> manual == null ? computed : Status.of(manual);
      default -> computed;
    };

    ArrayList<OkrError> problems = new ArrayList<>();
    if (r.problem != null) {
      problems.add(r.problem);
    }
    Confidence confidence = confidence(kr, problems);
    if (confidence != null && cp.clearWhenDone() && reported != null && reported.compareTo(BigDecimal.ONE) >= 0) {
      confidence = null;
    }
    return ImmutableKeyResultScore.builder()
        .id(kr.id())
        .asOf(asOf)
        .raw(Option.of(raw))
        .progress(Option.of(reported))
        .grade(Option.of(grade))
        .band(band)
        .expected(expected)
        .status(status)
        .isStale(stale)
        .lastCheckIn(Option.of(last))
        .confidence(Option.of(confidence))
        .confidenceBand(confidence == null ? Option.none() : cp.bands().classify(confidence.value()))
        .forecast(forecast(kr, w, r, expected))
        .problems(List.ofAll(problems))
        .current(Option.of(r.current))
        .target(Option.of(r.target))
        .aggregate(Option.of(r.aggregate))
        .amounts(r.baseline == null || r.current == null || r.target == null ? Option.none()
            : Option.some(Amounts.of(r.baseline, r.target, r.current)))
        .levels(Option.of(r.levels))
        .segments(segments(r))
        .rangeDistance(Option.of(r.rangeDistance))
        .keyResult(kr)
        .cycle(w.cycle)
        .policy(policy)
        .build();
  }

  private static Option<Segments> segments(Reading r) {
    if (r.zone != null && r.levels == null) {
      return Option.some(Segments.of(r.zone));
    }
    if (r.levels != null && !r.levels.isDegenerate() && r.current != null) {
      return Option.some(Segments.of(r.levels, r.current));
    }
    return Option.none();
  }

  /**
   * Tells whether a key result's status is final: a control or binary key result once its window
   * (to its due date) has closed, any key result once its cycle has ended.
   */
  private boolean isFinal(KeyResult kr, Window w, Reading r) {
    boolean byDueDate = r.control || kr.metric() instanceof BinaryMetric;
    return !asOf.isBefore(w.cycleEnd) || byDueDate && w.isClosed(asOf);
  }

  /** The confidence of the latest check-in carrying one (a fraction, or a label the policy maps). */
  private @Nullable Confidence confidence(KeyResult kr, ArrayList<OkrError> problems) {
    Confidence confidence = null;
    int i = 0;
    for (CheckIn c : kr.checkIns()) {
      if (c.instant().isAfter(asOf)) {
        break;
      }
      if (c.confidence().isDefined()) {
        confidence = c.confidence().get();
      } else if (c.confidenceLabel().isDefined()) {
        String label = c.confidenceLabel().get();
        Option<Confidence> mapped = cp.labels().get(label);
        if (mapped.isDefined()) {
          confidence = mapped.get();
        } else {
          problems.add(new OkrError.OutOfRange(OkrPath.of("checkIns").index(i).key("confidenceLabel"),
              label, "one of " + cp.labels().keySet().mkString(", ")));
        }
      }
      i++;
    }
    return confidence != null ? confidence : cp.initial().getOrNull();
  }

  /**
   * Returns the zone of a key result as of {@code asOf}; see {@link KeyResultScore#zone()}. Without
   * a check-in, a stretch-scored key result counting as 0 ({@link ProgressPolicy.NoCheckIn#ZERO}) is
   * in its baseline's zone.
   */
  static Option<Zone> zone(KeyResult kr, ScoringPolicy policy, Instant asOf) {
    Metric m = kr.metric();
    if (m instanceof OrdinalMetric) {
      CheckIn last = latest(kr, asOf);
      return last == null ? Option.none() : Option.some(((CheckInData.ZoneReached) last.data()).zone());
    }
    Option<StretchPolicy> stretch = policy.progress().stretch();
    if (m instanceof LinearMetric lm && stretch.isDefined()) {
      StretchPolicy st = stretch.get();
      Validation<Seq<OkrError>, StretchLevels> levels = st.derive(lm);
      if (levels.isInvalid()) {
        return Option.none();
      }
      CheckIn last = latest(kr, asOf);
      if (last == null) {
        return policy.progress().noCheckIn() == ProgressPolicy.NoCheckIn.ZERO
            ? Option.some(levels.get().zoneOf(levels.get().baseline())) : Option.none();
      }
      return st.zone(levels.get(), Option.some(((CheckInData.Measurement) last.data()).value()));
    }
    return Option.none();
  }

  /** Returns the progress, status and forecast explanations of a key result (tracing engines only). */
  Seq<Explanation> explain(KeyResult kr, Cycle cycle) {
    Window w = window(cycle, kr);
    KeyResultScore s = score(kr, cycle);
    Reading r = read(kr, w, asOf);
    Explanation raw = r.trace;
    String name = "key result " + kr.id().value() + " (" + kr.title() + ")";
    Explanation progress;
    if (pp.cap().isNone() || s.raw().isEmpty()) {
      progress = raw.withLabel(name);
    } else {
      progress = Explanation.node(name, s.progress().get(),
          "bound(" + Fmt.num(s.raw().get()) + ", " + pp.cap().describe() + ")",
          "reported progress: the raw progress within " + pp.cap().describe(), List.of(raw.withLabel("raw progress")));
    }
    return List.of(progress, explainStatus(kr, w, s, r), explainForecast(kr, w, s));
  }

  private Status status(KeyResult kr, Reading r, @Nullable BigDecimal reported, BigDecimal expected, int count,
      boolean closed, boolean neverUpdated, boolean stale) {
    if (closed && sp.missedStatus().isDefined()) {
      if (reported != null && reported.compareTo(BigDecimal.ONE) >= 0) {
        return Status.ACHIEVED;
      }
      // Silence is never green: a key result never checked in is missed too.
      return reported != null || count == 0 ? sp.missedStatus().get() : Status.NOT_SCORED;
    }
    if (neverUpdated) {
      return sp.staleStatus();
    }
    if (reported == null) {
      return Status.NOT_SCORED;
    }
    if (sp.achievedAtOne() && reported.compareTo(BigDecimal.ONE) >= 0 && (!r.control || closed)) {
      return Status.ACHIEVED;
    }
    Status s;
    Metric m = kr.metric();
    // the tolerance reads the value the progress rule graded; a share of periods grades no single value
    if (m instanceof RangeMetric range && sp.rangeTolerance().isDefined() && r.current != null
        && pp.controlMethod() != ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET
        && !within(range, r.current, BigDecimal.ZERO)) {
      s = within(range, r.current, sp.rangeTolerance().get()) ? Status.AT_RISK : Status.OFF_TRACK;
    } else if (r.metOrNot && sp.binaryStatus() != StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS) {
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

  /** Reads the raw progress as of {@code at} with the rule of the key result's metric kind. */
  private Reading read(KeyResult kr, Window w, Instant at) {
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

  /** Fills {@code r} for a key result without a check-in at or before {@code at}: 0 or not scored. */
  private Reading noCheckIn(Reading r, Instant at) {
    if (pp.noCheckIn() == ProgressPolicy.NoCheckIn.ZERO) {
      return r.progress(BigDecimal.ZERO).trace(tracing ? Explanation.node("raw progress", BigDecimal.ZERO, "",
          "no check-in at or before " + at + ": counts as 0, as if at the baseline", List.empty()) : null);
    }
    return r.progress(null).trace(tracing
        ? Explanation.node("raw progress", null, "", "not scored: no check-in at or before " + at, List.empty()) : null);
  }

  private Reading undefined(Reading r, String formula, Seq<Explanation> inputs) {
    r.problem = new OkrError.UndefinedProgress(METRIC, formula);
    return r.progress(null).trace(tracing
        ? Explanation.node("raw progress", null, formula, "not scored: division by zero", inputs) : null);
  }

  private Reading linear(KeyResult kr, LinearMetric m, Instant at) {
    Reading r = new Reading();
    CheckIn last = latest(kr, at);
    if (pp.stretch().isDefined()) {
      return stretched(r, m, last, pp.stretch().get(), at);
    }
    r.baseline = m.baseline();
    r.target = m.targetValue();
    boolean degenerate = m.isDegenerate() && pp.linearRule() == ProgressPolicy.LinearRule.FROM_BASELINE;
    if (degenerate && pp.degenerate() == ProgressPolicy.Degenerate.REJECT) {
      return rejected(r, "target", m.targetValue());
    }
    if (last == null) {
      return noCheckIn(r, at);
    }
    BigDecimal c = ((CheckInData.Measurement) last.data()).value();
    r.current = c;
    Seq<Explanation> inputs = tracing ? List.of(
        Explanation.leaf("current c", c, "check-in at " + last.instant()),
        Explanation.leaf("baseline b", m.baseline(), ""),
        Explanation.leaf("target t", m.targetValue(), describe(m))) : List.empty();
    if (degenerate) {
      return degenerate(r, c, m.targetValue(), inputs);
    }
    return graded(r, c, m.baseline(), m.targetValue(), m.isIncreasing(), "c", inputs);
  }

  /**
   * Refuses a key result whose reference level equals its baseline ({@link ProgressPolicy.Degenerate#REJECT}),
   * with or without a check-in: such a key result can never be scored.
   *
   * @param level the name of the level that equals the baseline, for the problem's path
   */
  private Reading rejected(Reading r, String level, BigDecimal t) {
    r.problem = new OkrError.TargetEqualsBaseline(METRIC.key(level), t);
    return r.progress(null).trace(tracing ? Explanation.node("raw progress", null, "",
        "not scored: the " + level + " equals the baseline (okr.key-result.target-equals-baseline)", List.empty())
        : null);
  }

  /** Scores a value against a reference level equal to the baseline, by {@link ProgressPolicy#degenerate()}. */
  private Reading degenerate(Reading r, BigDecimal c, BigDecimal t, Seq<Explanation> inputs) {
    BigDecimal p = switch (pp.degenerate()) {
      case ZERO -> BigDecimal.ZERO;
      case HALF -> HALF;
      case THRESHOLD -> c.compareTo(t) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      default -> null;
    };
    String rule = switch (pp.degenerate()) {
      case ZERO -> "target equals baseline: scores 0";
      case HALF -> "target equals baseline: scores 0.5";
      case THRESHOLD -> "target equals baseline: read as at least t, 1 if c ≥ t, else 0";
      default -> "not scored: the target equals the baseline";
    };
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p,
        pp.degenerate() == ProgressPolicy.Degenerate.THRESHOLD ? Fmt.num(c) + " ≥ " + Fmt.num(t) : "", rule, inputs)
        : null);
  }

  /** Scores a linear key result against its commit / target / stretch levels. */
  private Reading stretched(Reading r, LinearMetric m, @Nullable CheckIn last, StretchPolicy st, Instant at) {
    Validation<Seq<OkrError>, StretchLevels> derived = st.derive(m);
    if (derived.isInvalid()) {
      r.problem = derived.getError().head().under(METRIC);
      return r.progress(null).trace(tracing ? Explanation.node("raw progress", null, "",
          "not scored: the stretch levels are invalid (" + derived.getError().head().code() + ")", List.empty())
          : null);
    }
    StretchLevels l = derived.get();
    BigDecimal ref = st.reference(l);
    r.levels = l;
    r.baseline = l.baseline();
    r.target = ref;
    String refName = st.reference() == StretchPolicy.Reference.STRETCH ? "stretch" : "target";
    boolean degenerate = ref.compareTo(l.baseline()) == 0;
    if (degenerate && pp.degenerate() == ProgressPolicy.Degenerate.REJECT) {
      return rejected(r, refName, ref);
    }
    if (last == null) {
      return noCheckIn(r, at);
    }
    BigDecimal c = ((CheckInData.Measurement) last.data()).value();
    r.current = c;
    Seq<Explanation> inputs = List.empty();
    String rule = "";
    if (tracing) {
      boolean toStretch = st.reference() == StretchPolicy.Reference.STRETCH;
      String zone = l.zoneOf(c).name();
      inputs = List.of(
          Explanation.leaf("current c", c, "check-in at " + last.instant()),
          Explanation.leaf("baseline b", l.baseline(), ""),
          Explanation.leaf("commit", l.commit(), "zone " + zone),
          Explanation.leaf("target t", l.target(), describe(m)),
          Explanation.leaf("stretch s", l.stretch(), ""));
      String name = toStretch ? "s" : "t";
      rule = "stretch levels, " + (toStretch ? "the stretch level" : "the target") + " is 100 %: (c − b) / ("
          + name + " − b)" + (st.belowBaseline() == StretchPolicy.BelowBaseline.FLOOR_AT_ZERO ? ", floored at 0" : "")
          + "; zone " + zone;
    }
    if (degenerate) {
      return degenerate(r, c, ref, inputs);
    }
    BigDecimal p = st.progress(l, Option.some(c)).get();
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p, "(" + Fmt.num(c) + " − "
        + Fmt.num(l.baseline()) + ") / (" + Fmt.num(ref) + " − " + Fmt.num(l.baseline()) + ")", rule, inputs) : null);
  }

  /** Grades value {@code c} linearly from {@code b} to {@code t} under the linear rule. */
  private Reading graded(Reading r, BigDecimal c, BigDecimal b, BigDecimal t, boolean up, String name,
      Seq<Explanation> inputs) {
    if (pp.linearRule() == ProgressPolicy.LinearRule.RATIO_TO_TARGET) {
      BigDecimal num = up ? c : t;
      BigDecimal den = up ? t : c;
      if (den.signum() == 0) {
        return undefined(r, up ? name + " / t, t = 0" : "t / " + name + ", " + name + " = 0", inputs);
      }
      BigDecimal p = Decimals.div(num, den);
      return r.progress(p).trace(tracing ? Explanation.node("raw progress", p, Fmt.num(num) + " / " + Fmt.num(den),
          up ? "ratio to target: " + name + " / t" : "ratio to target: t / " + name, inputs) : null);
    }
    BigDecimal p = Decimals.div(c.subtract(b), t.subtract(b));
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p,
        "(" + Fmt.num(c) + " − " + Fmt.num(b) + ") / (" + Fmt.num(t) + " − " + Fmt.num(b) + ")",
        "linear from baseline: (" + name + " − b) / (t − b)", inputs) : null);
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

  /** The check-ins at or before an instant, summed: the mean control rules read. */
  private record Mean(BigDecimal sum, int n, String terms) {
    BigDecimal value() {
      return Decimals.div(sum, BigDecimal.valueOf(n));
    }
  }

  /** Sums the check-ins at or before {@code at}; {@code null} without one. */
  private @Nullable Mean meanOfCheckIns(KeyResult kr, Instant at) {
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
    return n == 0 ? null : new Mean(sum, n, terms == null ? "" : terms.toString());
  }

  private Reading threshold(KeyResult kr, ThresholdMetric m, Window w, Instant at) {
    Reading r = new Reading();
    r.control = true;
    Comparison cmp = pp.effective(m.comparison());
    BigDecimal t = m.threshold();
    r.target = t;
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET) {
      CheckIn last = latest(kr, at);
      r.current = last == null ? null : ((CheckInData.Measurement) last.data()).value();
      return share(r, kr, w, at, v -> cmp.isMet(v, t), () -> "c " + cmp.symbol() + " " + Fmt.num(t));
    }
    Explanation valueTrace = null;
    BigDecimal value;
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS) {
      Mean mean = meanOfCheckIns(kr, at);
      if (mean == null) {
        return noCheckIn(r, at);
      }
      value = mean.value();
      if (tracing) {
        valueTrace = Explanation.node("mean of check-ins c", value, "(" + mean.terms() + ") / " + mean.n(),
            "mean of the check-ins at or before " + at, List.empty());
      }
    } else {
      CheckIn last = latest(kr, at);
      if (last == null) {
        return noCheckIn(r, at);
      }
      value = ((CheckInData.Measurement) last.data()).value();
      if (tracing) {
        valueTrace = Explanation.leaf("current c", value, "check-in at " + last.instant());
      }
    }
    r.current = value;
    return against(r, value, cmp, t, valueTrace);
  }

  /** Grades a value against a threshold: met or not, or by distance. */
  private Reading against(Reading r, BigDecimal a, Comparison cmp, BigDecimal t, @Nullable Explanation valueTrace) {
    Seq<Explanation> inputs = tracing
        ? List.of(valueTrace, Explanation.leaf("threshold t", t, "c " + cmp.symbol() + " t")) : List.empty();
    if (pp.controlGrading() == ProgressPolicy.ControlGrading.DISTANCE) {
      boolean up = cmp.isUpward();
      if (t.signum() == 0) {
        return undefined(r, up ? "1 + (a − t) / |t|, t = 0" : "1 + (t − a) / |t|, t = 0", inputs);
      }
      // 1 + (a − t) / |t| going up, 1 + (t − a) / |t| going down; for t > 0 that is a / t and (2t − a) / t
      BigDecimal size = t.abs();
      BigDecimal p = Decimals.div(size.add(up ? a.subtract(t) : t.subtract(a)), size);
      if (!tracing) {
        return r.progress(p);
      }
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
      return r.progress(p).trace(Explanation.node("raw progress", p, formula, rule, inputs));
    }
    r.metOrNot = true;
    boolean met = cmp.isMet(a, t);
    BigDecimal p = met ? BigDecimal.ONE : BigDecimal.ZERO;
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p,
        Fmt.num(a) + " " + cmp.symbol() + " " + Fmt.num(t) + (met ? " holds" : " fails"),
        "met or not: 1 if c " + cmp.symbol() + " t, else 0", inputs) : null);
  }

  private Reading range(KeyResult kr, RangeMetric m, Window w, Instant at) {
    Reading r = new Reading();
    r.control = true;
    Supplier<String> test = () -> pp.inclusiveRanges()
        ? Fmt.num(m.lower()) + " ≤ c ≤ " + Fmt.num(m.upper()) : Fmt.num(m.lower()) + " < c < " + Fmt.num(m.upper());
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET) {
      CheckIn last = latest(kr, at);
      if (last != null) {
        setRangeValue(r, m, ((CheckInData.Measurement) last.data()).value());
      }
      return share(r, kr, w, at, v -> within(m, v, BigDecimal.ZERO), test);
    }
    BigDecimal value;
    Explanation valueTrace = null;
    if (pp.controlMethod() == ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS) {
      Mean mean = meanOfCheckIns(kr, at);
      if (mean == null) {
        return noCheckIn(r, at);
      }
      value = mean.value();
      if (tracing) {
        valueTrace = Explanation.node("mean of check-ins c", value, Fmt.num(mean.sum()) + " / " + mean.n(), "",
            List.empty());
      }
    } else {
      CheckIn last = latest(kr, at);
      if (last == null) {
        return noCheckIn(r, at);
      }
      value = ((CheckInData.Measurement) last.data()).value();
      if (tracing) {
        valueTrace = Explanation.leaf("current c", value, "check-in at " + last.instant());
      }
    }
    setRangeValue(r, m, value);
    r.metOrNot = true;
    boolean in = within(m, value, BigDecimal.ZERO);
    BigDecimal p = in ? BigDecimal.ONE : BigDecimal.ZERO;
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p,
        test.get().replace("c", Fmt.num(value)) + (in ? " holds" : " fails"),
        "within range: 1 if " + test.get() + ", else 0", List.of(valueTrace)) : null);
  }

  /** Records a range key result's current value and its signed distance outside the range. */
  private static void setRangeValue(Reading r, RangeMetric m, BigDecimal value) {
    r.current = value;
    r.rangeDistance = value.compareTo(m.lower()) < 0 ? value.subtract(m.lower())
        : value.compareTo(m.upper()) > 0 ? value.subtract(m.upper()) : BigDecimal.ZERO;
  }

  /** The number of periods that count: planned, elapsed (ended) or started as of {@code at}. */
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
    if (!date.isBefore(cycle.end())) {
      return planned;
    }
    // the running period is the one holding date; it has started, and it ends after at
    int running = period.indexOf(cycle.start(), date);
    return Math.min(planned, pp.periodBasis() == ProgressPolicy.PeriodBasis.STARTED ? running + 1 : running);
  }

  /** Profit.co method 1: the share of periods whose latest check-in meets {@code met}. */
  private Reading share(Reading r, KeyResult kr, Window w, Instant at, Predicate<BigDecimal> met,
      Supplier<String> test) {
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
        int k = cadence.indexOf(cycle.start(), d);
        if (k < n) {
          byPeriod.put(k, ((CheckInData.Measurement) c.data()).value());
        }
      }
    }
    if (!any) {
      return noCheckIn(r, at);
    }
    if (n == 0) {
      return noPeriod(r, at);
    }
    int count = 0;
    ArrayList<Explanation> inputs = tracing ? new ArrayList<>() : null;
    for (Map.Entry<Integer, BigDecimal> e : byPeriod.entrySet()) {
      boolean ok = met.test(e.getValue());
      count += ok ? 1 : 0;
      if (inputs != null) {
        inputs.add(Explanation.leaf(cadence.name().toLowerCase(Locale.ROOT) + " " + (e.getKey() + 1)
            + " from " + cadence.startOf(cycle.start(), e.getKey()), e.getValue(), ok ? "met" : "not met"));
      }
    }
    BigDecimal p = Decimals.div(BigDecimal.valueOf(count), BigDecimal.valueOf(n));
    if (!tracing) {
      return r.progress(p);
    }
    inputs.add(Explanation.leaf("periods counted N", BigDecimal.valueOf(n), basis() + "; a period without a check-in is not met"));
    return r.progress(p).trace(Explanation.node("raw progress", p, count + " / " + n,
        "share of periods met: #(latest check-in of the period with " + test.get() + ") / N", List.ofAll(inputs)));
  }

  private String basis() {
    return switch (pp.periodBasis()) {
      case PLANNED -> "periods planned in the cycle";
      case ELAPSED -> "periods ended by " + asOf;
      default -> "periods started by " + asOf;
    };
  }

  private Reading noPeriod(Reading r, Instant at) {
    String which = pp.periodBasis() == ProgressPolicy.PeriodBasis.ELAPSED ? "ended" : "started";
    return r.progress(null).trace(tracing ? Explanation.node("raw progress", null, "",
        "not scored: no period has " + which + " by " + at, List.empty()) : null);
  }

  private Reading binary(KeyResult kr, Instant at) {
    Reading r = new Reading();
    CheckIn last = latest(kr, at);
    if (last == null) {
      return noCheckIn(r, at);
    }
    r.metOrNot = true;
    boolean done = ((CheckInData.Completion) last.data()).done();
    BigDecimal p = done ? BigDecimal.ONE : BigDecimal.ZERO;
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p, done ? "done" : "not done",
        "binary: 1 if done, else 0", List.of(Explanation.node("done", p, "", "check-in at " + last.instant(),
            List.empty()))) : null);
  }

  /** The score the metric gives the latest zone reached. */
  private Reading ordinal(KeyResult kr, OrdinalMetric m, Instant at) {
    Reading r = new Reading();
    CheckIn last = latest(kr, at);
    if (last == null) {
      return noCheckIn(r, at);
    }
    Zone zone = ((CheckInData.ZoneReached) last.data()).zone();
    r.zone = zone;
    BigDecimal p = m.score(zone);
    return r.progress(p).trace(tracing ? Explanation.node("raw progress", p, "score(" + zone + ")",
        "ordinal: the score of the zone reached (FAIL " + Fmt.num(m.score(Zone.FAIL)) + ", COMMIT "
            + Fmt.num(m.score(Zone.COMMIT)) + ", TARGET " + Fmt.num(m.score(Zone.TARGET)) + ", STRETCH "
            + Fmt.num(m.score(Zone.STRETCH)) + ")",
        List.of(Explanation.node("zone", p, zone.name(), "check-in at " + last.instant(), List.empty()))) : null);
  }

  private Reading milestones(KeyResult kr, MilestoneMetric m, Instant at) {
    Reading r = new Reading();
    CheckIn last = latest(kr, at);
    if (last == null) {
      return noCheckIn(r, at);
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
    BigDecimal p = equal ? Decimals.div(BigDecimal.valueOf(k), BigDecimal.valueOf(total))
        : Decimals.div(sum, m.totalWeight());
    if (!tracing) {
      return r.progress(p);
    }
    String formula = equal ? k + " / " + total
        : (k == 0 ? "0" : k == 1 ? terms.toString() : "(" + terms + ")") + " / " + Fmt.num(m.totalWeight());
    String rule = equal ? "milestones, equal: k / M" : "milestones, weighted: Σ wᵢ·doneᵢ / Σ wᵢ";
    return r.progress(p).trace(Explanation.node("raw progress", p, formula, rule + "; check-in at " + last.instant(),
        List.ofAll(inputs)));
  }

  /** One period of a recurring key result: its check-ins' values combined by {@link ProgressPolicy#periodItems()}. */
  private static final class PeriodTotal {
    BigDecimal sum = BigDecimal.ZERO;
    @Nullable BigDecimal max;
    @Nullable BigDecimal last;
    int items;

    void add(BigDecimal v) {
      sum = sum.add(v);
      max = max == null || v.compareTo(max) > 0 ? v : max;
      last = v;
      items++;
    }

    BigDecimal value(ProgressPolicy.PeriodItems how) {
      return switch (how) {
        case SUM -> sum;
        case MAX_ITEM -> max;
        case MEAN -> Decimals.div(sum, BigDecimal.valueOf(items));
        default -> last;
      };
    }
  }

  private Reading recurring(KeyResult kr, RecurringMetric m, Window w, Instant at) {
    Reading r = new Reading();
    Cycle cycle = w.cycle;
    Period period = m.period();
    BigDecimal t = m.perPeriod();
    r.target = t;
    int n = periods(period, w, at);
    TreeMap<Integer, PeriodTotal> byPeriod = new TreeMap<>();
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
          byPeriod.computeIfAbsent(k, x -> new PeriodTotal()).add(pv.value());
        }
      }
    }
    if (!any) {
      return noCheckIn(r, at);
    }
    if (n == 0) {
      return noPeriod(r, at);
    }
    ProgressPolicy.PeriodItems items = pp.periodItems();
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal sum = BigDecimal.ZERO;
    StringBuilder terms = tracing ? new StringBuilder() : null;
    ArrayList<Explanation> inputs = tracing ? new ArrayList<>() : null;
    ProgressPolicy.RecurringAggregation how = pp.recurring();
    for (Map.Entry<Integer, PeriodTotal> e : byPeriod.entrySet()) {
      BigDecimal a = e.getValue().value(items);
      BigDecimal term = switch (how) {
        case CUMULATIVE -> a;
        case MEAN_OF_CAPPED_RATIOS -> a.compareTo(t) >= 0 ? BigDecimal.ONE : Decimals.div(a, t);
        default -> a.compareTo(t) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      };
      sum = sum.add(term);
      if (terms != null) {
        terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.num(term));
        int count = e.getValue().items;
        String of = count == 1 || items == ProgressPolicy.PeriodItems.LAST ? ""
            : ", " + itemsRule(items) + " of " + count + " check-ins";
        inputs.add(Explanation.leaf(period.name().toLowerCase(Locale.ROOT) + " " + (e.getKey() + 1)
            + " from " + period.startOf(cycle.start(), e.getKey()), a,
            (a.compareTo(t) >= 0 ? "met (≥ " + Fmt.num(t) + ")" : "not met (< " + Fmt.num(t) + ")") + of));
      }
    }
    BigDecimal p = how == ProgressPolicy.RecurringAggregation.CUMULATIVE ? Decimals.div(sum, nn.multiply(t))
        : Decimals.div(sum, nn);
    if (!tracing) {
      return r.progress(p);
    }
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
    return r.progress(p).trace(Explanation.node("raw progress", p, formula, rule, List.ofAll(inputs)));
  }

  private static String itemsRule(ProgressPolicy.PeriodItems items) {
    return switch (items) {
      case SUM -> "the sum";
      case MAX_ITEM -> "the largest";
      case MEAN -> "the mean";
      default -> "the latest";
    };
  }

  private record Entry(CheckInData.Item item, int period) {}

  private Reading aggregate(KeyResult kr, AggregateMetric m, Window w, Instant at) {
    Reading r = new Reading();
    r.target = m.target();
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
      return noCheckIn(r, at);
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
    r.aggregate = value;
    r.current = value;
    Explanation valueTrace = null;
    if (tracing) {
      String pct = percent(scale);
      String rule = pp.aggregate() == ProgressPolicy.AggregateMethod.POOLED_RATIO ? "pooled ratio: Σnum / Σden" + pct
          : pp.aggregate() == ProgressPolicy.AggregateMethod.MEAN_OF_PERIOD_MEANS
          ? "mean of per-" + cadence.name().toLowerCase(Locale.ROOT) + " means of item rates"
          : "mean of item rates: Σ(numᵢ / denᵢ" + pct + ") / n";
      ArrayList<Explanation> inputs = new ArrayList<>();
      items.values().stream().sorted(java.util.Comparator.comparing((Entry e) -> e.item.key())).forEach(e ->
          inputs.add(Explanation.node("item " + e.item.key(), rate(e.item, scale),
              Fmt.num(e.item.numerator()) + " / " + Fmt.num(e.item.denominator()) + pct, "", List.empty())));
      valueTrace = Explanation.node("aggregate a", value, formula, rule, List.ofAll(inputs));
    }
    if (m.baseline().isDefined()) {
      BigDecimal b = m.baseline().get();
      r.baseline = b;
      boolean up = m.target().compareTo(b) > 0;
      Seq<Explanation> inputs = tracing ? List.of(valueTrace, Explanation.leaf("baseline b", b, ""),
          Explanation.leaf("target t", m.target(), "")) : List.empty();
      return graded(r, value, b, m.target(), up, "a", inputs);
    }
    r.control = true;
    return against(r, value, pp.effective(m.comparison()), m.target(), valueTrace);
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
   * fitted forecast re-scores every check-in. The deferred work runs on an engine of its own. Once
   * the window has closed the forecast is final: the progress reached.
   */
  private Forecast forecast(KeyResult kr, Window w, Reading r, BigDecimal expected) {
    BigDecimal raw = r.progress;
    Function<BigDecimal, @Nullable BigDecimal> toValue = projection(kr.metric(), r);
    if (fp.method() == ForecastPolicy.Method.NONE) {
      return Forecast.of(fp, null);
    }
    if (w.isClosed(asOf)) {
      return Forecast.later(fp, true, () -> raw, toValue);
    }
    if (fp.method() == ForecastPolicy.Method.PACE) {
      return Forecast.later(fp, false, () -> raw == null || expected.signum() == 0 ? null : Decimals.div(raw, expected),
          toValue);
    }
    ScoringPolicy p = policy;
    Instant at = asOf;
    Cycle cycle = w.cycle;
    return Forecast.later(fp, false, () -> {
      Engine e = new Engine(p, at, false);
      Window own = e.window(cycle, kr); // windows memoise, so none is shared across threads
      return e.fitted(e.points(kr, own));
    }, toValue);
  }

  /**
   * Returns how a forecast progress maps back to the key result's measure: the inverse of its
   * linear rule, or nothing for kinds without a measure.
   */
  private Function<BigDecimal, @Nullable BigDecimal> projection(Metric metric, Reading r) {
    BigDecimal b = r.baseline;
    BigDecimal t = r.target;
    boolean linear = metric instanceof LinearMetric
        || metric instanceof AggregateMetric a && a.baseline().isDefined();
    if (!linear || b == null || t == null || t.compareTo(b) == 0) {
      return p -> null;
    }
    if (pp.linearRule() == ProgressPolicy.LinearRule.RATIO_TO_TARGET && r.levels == null) {
      boolean up = t.compareTo(b) > 0;
      return p -> up ? p.multiply(t, Numbers.MATH) : p.signum() == 0 ? null : Decimals.div(t, p);
    }
    return p -> b.add(p.multiply(t.subtract(b)), Numbers.MATH);
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
    Engine quiet = tracing ? new Engine(policy, asOf, false) : this;
    ArrayList<BigDecimal[]> points = new ArrayList<>();
    for (int i = from; i < instants.size(); i++) {
      Instant at = instants.get(i);
      BigDecimal y = quiet.read(kr, w, at).progress;
      if (y != null) {
        points.add(new BigDecimal[] {w.fraction(at, sp.expected().dayCount()), y});
      }
    }
    return points;
  }

  private @Nullable BigDecimal fitted(ArrayList<BigDecimal[]> points) {
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

  private Explanation explainStatus(KeyResult kr, Window w, KeyResultScore s, Reading r) {
    String label = "status " + s.status();
    if (sp.source() != StatusPolicy.StatusSource.COMPUTED) {
      CheckIn set = null;
      for (CheckIn c : kr.checkIns()) {
        if (!c.instant().isAfter(asOf) && c.status().isDefined()) {
          set = c;
        }
      }
      if (set != null) {
        return Explanation.node(label, null, "", "set by the owner on the check-in at " + set.instant(), List.empty());
      }
      if (sp.source() == StatusPolicy.StatusSource.MANUAL) {
        return Explanation.node(label, null, "", "not scored: the owner has set no status", List.empty());
      }
    }
    Explanation expected = explainExpected(kr, w, s.expected());
    if (isFinal(kr, w, r) && sp.missedStatus().isDefined()) {
      boolean byDueDate = !asOf.isBefore(w.end) && asOf.isBefore(w.cycleEnd);
      String when = byDueDate ? "the window closed at " + w.end : "the cycle ended at " + w.cycleEnd;
      if (s.status() == Status.NOT_SCORED) {
        return Explanation.node(label, null, "", when + "; not scored", List.empty());
      }
      return Explanation.node(label, s.progress().getOrNull(), "", when + ": final, met (progress ≥ 1) → ACHIEVED, "
          + "else → " + sp.missedStatus().get(), s.progress().isEmpty() ? List.empty()
          : List.of(Explanation.leaf("actual a", s.progress().get(), "reported progress")));
    }
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
        && pp.controlMethod() != ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET
        && (s.status() == Status.AT_RISK || s.status() == Status.OFF_TRACK) && r.current != null) {
      return Explanation.node(label, r.current, "", "outside the range; within ±"
          + Fmt.num(sp.rangeTolerance().get()) + " → AT_RISK, beyond → OFF_TRACK", List.of(actual));
    }
    if (r.metOrNot && sp.binaryStatus() != StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS) {
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
    String label = "forecast p̂" + (f.isFinal() ? " (final)" : f.willMiss() ? " (will miss)" : "");
    String below = "; will miss if p̂ < " + Fmt.num(fp.willMissBelow());
    if (fp.method() == ForecastPolicy.Method.NONE) {
      return Explanation.node(label, null, "", "no forecast", List.empty());
    }
    if (f.isFinal()) {
      return Explanation.node(label, f.progress().getOrNull(), "", "the window closed at " + w.end
          + ": the progress reached", List.empty());
    }
    if (fp.method() == ForecastPolicy.Method.PACE) {
      if (f.progress().isEmpty()) {
        return Explanation.node(label, null, "", "pace from origin: no progress or nothing expected yet",
            List.empty());
      }
      return Explanation.node(label, f.progress().get(),
          Fmt.num(s.raw().get()) + " / " + Fmt.num(s.expected()), "pace from origin: a / e" + below,
          List.of(Explanation.leaf("raw progress a", s.raw().get(), ""), explainExpected(kr, w, s.expected())));
    }
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

  // ---------------------------------------------------------------- objectives

  /**
   * Rolls up an objective.
   *
   * @param cycle the objective's cycle, or {@code null} to take it from its key results' scores
   */
  ObjectiveScore objective(Objective o, @Nullable Cycle cycle, Seq<KeyResultScore> krs, Seq<Contribution> children) {
    RollUpPolicy rp = policy.rollUp();
    RollUpMath math = new RollUpMath(rp);
    boolean useKrs = rp.usesKeyResults(krs.size());
    boolean useChildren = rp.usesChildren(krs.size());
    if (useKrs) {
      for (KeyResultScore kr : krs) {
        math.add(kr.progress().getOrNull(), kr.weight());
      }
    }
    if (useChildren) {
      for (Contribution c : children) {
        math.addChild(c.progress().getOrNull(), c.weight());
      }
    }
    OkrError found = math.problem(useChildren ? OkrPath.root() : OkrPath.of("keyResults"));
    BigDecimal progress = math.progress();
    BigDecimal grade = progress == null ? null : gp.scale().gradeOf(progress);
    Option<BigDecimal> g = Option.of(grade);
    Confidence confidence = confidence(krs);
    Cycle c = cycle != null ? cycle : krs.headOption().map(KeyResultScore::cycle).getOrNull();
    boolean ended = c != null && !asOf.isBefore(c.endInstant());
    boolean allFinal = !krs.isEmpty() && krs.forAll(k -> k.forecast().isFinal());
    Seq<KeyResultScore> forecastKrs = useKrs ? krs : List.empty();
    Forecast forecast = fp.method() == ForecastPolicy.Method.NONE ? Forecast.of(fp, null)
        : Forecast.later(fp, allFinal, () -> forecastRollUp(rp, forecastKrs), p -> null);
    return ImmutableObjectiveScore.builder()
        .id(o.id())
        .asOf(asOf)
        .raw(Option.of(math.raw()))
        .progress(Option.of(progress))
        .grade(g)
        .band(grade == null ? Option.none() : gp.bands().classify(grade))
        .verdict(gp.verdict(o.type(), g))
        .status(objectiveStatus(krs, ended))
        .meanRank(meanRank(krs))
        .confidence(Option.of(confidence))
        .confidenceBand(confidence == null ? Option.none() : cp.bands().classify(confidence.value()))
        .forecast(forecast)
        .keyResults(krs)
        .children(children)
        .problems(found == null ? List.empty() : List.of(found))
        .objective(o)
        .policy(policy)
        .build();
  }

  /** Rolls up the key results' forecasts as their progress is rolled up. */
  private static @Nullable BigDecimal forecastRollUp(RollUpPolicy rp, Seq<KeyResultScore> krs) {
    if (krs.isEmpty()) {
      return null;
    }
    RollUpMath math = new RollUpMath(rp);
    for (KeyResultScore kr : krs) {
      math.add(kr.forecast().progress().getOrNull(), kr.weight());
    }
    return math.progress();
  }

  /**
   * An objective's status from its key results': achieved when all scored ones are; once its cycle
   * has ended and not achieved, the missed status; otherwise the weakest (a key result already
   * missed counting as off track while the cycle runs) or the mean of their scores.
   */
  private Status objectiveStatus(Seq<KeyResultScore> krs, boolean ended) {
    int worst = -1;
    int count = 0;
    boolean allAchieved = true;
    for (KeyResultScore kr : krs) {
      Status s = kr.status();
      if (s == Status.NOT_SCORED) {
        continue;
      }
      worst = Math.max(worst, s.rank());
      count++;
      allAchieved &= s == Status.ACHIEVED;
    }
    if (count == 0) {
      return Status.NOT_SCORED;
    }
    if (allAchieved) {
      return Status.ACHIEVED;
    }
    if (ended && sp.missedStatus().isDefined()) {
      return sp.missedStatus().get();
    }
    if (sp.objectiveStatus() == StatusPolicy.StatusRollUp.WEAKEST) {
      return Status.ofRank(Math.min(worst, Status.OFF_TRACK.rank()));
    }
    return sp.statusScale().statusOf(meanRank(krs).get());
  }

  /** The mean of the scored key results' status scores on the policy's status scale. */
  private Option<BigDecimal> meanRank(Seq<KeyResultScore> krs) {
    StatusScale scale = sp.statusScale();
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    for (KeyResultScore kr : krs) {
      if (kr.status() != Status.NOT_SCORED) {
        sum = sum.add(scale.score(kr.status()));
        count++;
      }
    }
    return count == 0 ? Option.none() : Option.some(Decimals.div(sum, BigDecimal.valueOf(count)));
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
