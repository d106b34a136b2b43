package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.Objective;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Rolls an objective up from its key results' scores and its aligned children's contributions
 * ({@link RollUpPolicy}, with {@link RollUpMath}): progress and grade, status, confidence and
 * forecast. Immutable.
 */
final class ObjectiveRollUp {

  private final ScoringPolicy policy;
  private final StatusPolicy sp;
  private final GradingPolicy gp;
  private final ForecastPolicy fp;
  private final ConfidencePolicy cp;
  private final Instant asOf;

  ObjectiveRollUp(ScoringPolicy policy, Instant asOf) {
    this.policy = policy;
    this.sp = policy.status();
    this.gp = policy.grading();
    this.fp = policy.forecast();
    this.cp = policy.confidence();
    this.asOf = asOf;
  }

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
        .status(status(krs, ended))
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
  private Status status(Seq<KeyResultScore> krs, boolean ended) {
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

  /** The key results' confidences aggregated by {@link ConfidencePolicy#aggregation()}. */
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
