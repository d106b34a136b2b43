package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.Metric;
import org.okr4j.model.Objective;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;

/**
 * Applies a {@link ScoringPolicy} at one instant: the straightforward evaluator, the reference a
 * faster evaluator must agree with.
 *
 * <p><b>Design.</b> Scoring a key result takes four steps, each in a class of its own that takes
 * what it needs as arguments and returns its result (no step leaves anything in a field for the
 * next):
 * <ol>
 *   <li><em>read</em> ({@link Progress} and the readers of each metric kind: {@link LinearProgress}
 *       for linear and stretch-scored key results, {@link ControlProgress} for thresholds and
 *       ranges, {@link DiscreteProgress} for binary, ordinal and milestone key results,
 *       {@link RecurringProgress}, {@link AggregateProgress}): the check-ins at or before the
 *       instant become a {@link Reading}, the raw progress with the values it was computed from,
 *       whether the kind grades met-or-not or is a control, a problem if the number is undefined,
 *       and the {@link Step} that computed it: the rule and its operands as typed values;</li>
 *   <li><em>judge</em> ({@link Judgement}): the reading is capped, graded and banded, and whether
 *       the status is final, the status itself and the confidence follow from it and the key
 *       result's time window ({@link Window});</li>
 *   <li><em>forecast</em> ({@link Forecasting}), deferred until asked for;</li>
 *   <li><em>assemble</em> the {@link KeyResultScore} (here).</li>
 * </ol>
 * An objective rolls up its key results' scores and its aligned children's contributions
 * ({@link ObjectiveRollUp}). Explanations are not woven into the arithmetic: on request,
 * {@link #explain} reads the key result again and {@link Explainer} (with {@link ProgressExplainer}
 * for the recorded step) turns the finished score and reading into {@link Explanation} trees,
 * their words taken from the message catalogues ({@link ExplanationTexts}), so evaluation formats
 * no text. The engine caches the windows of key results without a due date; it serves one
 * evaluation on one thread.
 */
final class Engine {

  private final ScoringPolicy policy;
  private final ProgressPolicy pp;
  private final StatusPolicy sp;
  private final GradingPolicy gp;
  private final ConfidencePolicy cp;
  private final Instant asOf;
  private final Progress progress;
  private final Judgement judgement;
  private final Forecasting forecasting;
  private final ObjectiveRollUp rollUp;
  // windows of key results without a due date, by cycle; the last one looked up
  private final HashMap<Cycle, Window> windows = new HashMap<>();
  private @Nullable Cycle lastCycle;
  private @Nullable Window lastWindow;

  /**
   * Creates an engine.
   *
   * @param tracing kept for callers that ask for explanations; explanations are built on request
   *     by {@link #explain} whatever its value, and scores are the same either way
   */
  Engine(ScoringPolicy policy, Instant asOf, boolean tracing) {
    this.policy = policy;
    this.pp = policy.progress();
    this.sp = policy.status();
    this.gp = policy.grading();
    this.cp = policy.confidence();
    this.asOf = asOf;
    this.progress = new Progress(pp);
    this.judgement = new Judgement(policy, asOf);
    this.forecasting = new Forecasting(policy, asOf, progress);
    this.rollUp = new ObjectiveRollUp(policy, asOf);
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
    return score(kr, w, progress.read(kr, w, asOf));
  }

  private KeyResultScore score(KeyResult kr, Window w, Reading r) {
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
    BigDecimal raw = r.progress();
    BigDecimal reported = raw == null ? null : pp.cap().apply(raw);
    BigDecimal grade = reported == null ? null : gp.scale().gradeOf(reported);
    Option<Band> band = grade == null ? Option.none() : gp.bands().classify(grade);
    BigDecimal expected = sp.expected().expected(kr.id(), w, asOf);
    Judgement.Updates updates = judgement.updates(kr, w, r, count, last);
    Status computed = judgement.status(kr, r, reported, expected, updates);
    Status status = switch (sp.source()) {
      case MANUAL -> manual == null ? Status.NOT_SCORED : Status.of(manual);
      case MANUAL_OVERRIDES_COMPUTED -> manual == null ? computed : Status.of(manual);
      default -> computed;
    };

    ArrayList<OkrError> problems = new ArrayList<>();
    if (r.problem() != null) {
      problems.add(r.problem());
    }
    Confidence confidence = judgement.confidence(kr, problems);
    if (confidence != null && cp.clearWhenDone() && reported != null && reported.compareTo(BigDecimal.ONE) >= 0) {
      confidence = null;
    }
    Reading.Facts f = r.facts();
    return ImmutableKeyResultScore.builder()
        .id(kr.id())
        .asOf(asOf)
        .raw(Option.of(raw))
        .progress(Option.of(reported))
        .grade(Option.of(grade))
        .band(band)
        .expected(expected)
        .status(status)
        .isStale(updates.stale())
        .lastCheckIn(Option.of(last))
        .confidence(Option.of(confidence))
        .confidenceBand(confidence == null ? Option.none() : cp.bands().classify(confidence.value()))
        .forecast(forecasting.forecast(kr, w, r, expected))
        .problems(List.ofAll(problems))
        .current(Option.of(f.current()))
        .target(Option.of(f.target()))
        .aggregate(Option.of(f.aggregate()))
        .amounts(f.baseline() == null || f.current() == null || f.target() == null ? Option.none()
            : Option.some(Amounts.of(f.baseline(), f.target(), f.current())))
        .levels(Option.of(f.levels()))
        .segments(segments(f))
        .rangeDistance(Option.of(f.rangeDistance()))
        .keyResult(kr)
        .cycle(w.cycle)
        .policy(policy)
        .build();
  }

  private static Option<Segments> segments(Reading.Facts f) {
    if (f.zone() != null && f.levels() == null) {
      return Option.some(Segments.of(f.zone()));
    }
    if (f.levels() != null && !f.levels().isDegenerate() && f.current() != null) {
      return Option.some(Segments.of(f.levels(), f.current()));
    }
    return Option.none();
  }

  /**
   * Returns the zone of a key result as of {@code asOf}; see {@link KeyResultScore#zone()}. Without
   * a check-in, a stretch-scored key result counting as 0 ({@link ProgressPolicy.NoCheckIn#ZERO}) is
   * in its baseline's zone.
   */
  static Option<Zone> zone(KeyResult kr, ScoringPolicy policy, Instant asOf) {
    Metric m = kr.metric();
    if (m instanceof OrdinalMetric) {
      CheckIn last = Progress.latest(kr, asOf);
      return last == null ? Option.none() : Option.some(((CheckInData.ZoneReached) last.data()).zone());
    }
    Option<StretchPolicy> stretch = policy.progress().stretch();
    if (m instanceof LinearMetric lm && stretch.isDefined()) {
      StretchPolicy st = stretch.get();
      Validation<Seq<OkrError>, StretchLevels> levels = st.derive(lm);
      if (levels.isInvalid()) {
        return Option.none();
      }
      CheckIn last = Progress.latest(kr, asOf);
      if (last == null) {
        return policy.progress().noCheckIn() == ProgressPolicy.NoCheckIn.ZERO
            ? Option.some(levels.get().zoneOf(levels.get().baseline())) : Option.none();
      }
      return st.zone(levels.get(), Option.some(((CheckInData.Measurement) last.data()).value()));
    }
    return Option.none();
  }

  /** Returns the progress, status and forecast explanations of a key result, in okr4j's English. */
  Seq<Explanation> explain(KeyResult kr, Cycle cycle) {
    return explain(kr, cycle, ExplanationTexts.ENGLISH);
  }

  /** Returns the progress, status and forecast explanations of a key result, in the words of {@code texts}. */
  Seq<Explanation> explain(KeyResult kr, Cycle cycle, ExplanationTexts texts) {
    Window w = window(cycle, kr);
    Reading r = progress.read(kr, w, asOf);
    KeyResultScore s = score(kr, w, r);
    return new Explainer(policy, asOf, texts).explain(kr, w, s, r, judgement.isFinal(kr, w, r), forecasting);
  }

  // ---------------------------------------------------------------- objectives

  /**
   * Rolls up an objective.
   *
   * @param cycle the objective's cycle, or {@code null} to take it from its key results' scores
   */
  ObjectiveScore objective(Objective o, @Nullable Cycle cycle, Seq<KeyResultScore> krs, Seq<Contribution> children) {
    return rollUp.objective(o, cycle, krs, children);
  }
}
