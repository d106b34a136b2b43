package org.okr4j.lint;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;

/**
 * The checks of the rules that need a scorecard. Each finds nothing when the context has no
 * scorecard, and skips objectives the scorecard does not score.
 */
final class ScoreRules {

  private ScoreRules() {}

  /** {@link BuiltInRule#COMMITMENT_FORECAST_MISS}. */
  static Seq<Finding> commitmentForecastMiss(LintRule self, LintContext context, LintRuleSet rules) {
    if (context.scorecard().isEmpty()) {
      return Vector.empty();
    }
    Scorecard card = context.scorecard().get();
    OkrSet set = context.okrSet();
    Instant asOf = context.asOf();
    String threshold = percent(card.policy().forecast().willMissBelow());
    Vector<Objective> objectives = set.objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o.type() != ObjectiveType.COMMITTED || !asOf.isBefore(set.cycleOf(o).endInstant())) {
        continue;
      }
      Forecast forecast = card.objective(o.id()).map(ObjectiveScore::forecast).getOrNull();
      if (forecast != null && forecast.willMiss()) {
        findings.add(self.finding(rules, Paths.objective(i), percent(forecast.progress().get()), threshold));
      }
    }
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#SANDBAGGING}. */
  static Seq<Finding> sandbagging(LintRule self, LintContext context, LintRuleSet rules) {
    if (context.scorecard().isEmpty()) {
      return Vector.empty();
    }
    Scorecard card = context.scorecard().get();
    OkrSet set = context.okrSet();
    Vector<Objective> objectives = set.objectives();
    LinkedHashMap<Tuple2<OwnerRef, CycleId>, ArrayList<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      if (o.type() == ObjectiveType.ASPIRATIONAL) {
        groups.computeIfAbsent(Tuple.of(o.owner(), o.cycle()), key -> new ArrayList<>()).add(i);
      }
    }
    ArrayList<Finding> findings = new ArrayList<>();
    groups.forEach((key, indices) -> {
      Cycle cycle = set.cycle(key._2).get();
      if (context.asOf().isBefore(cycle.endInstant())) {
        return;
      }
      boolean allComplete = true;
      int first = indices.get(0);
      for (int i : indices) {
        Objective o = objectives.get(i);
        Option<BigDecimal> progress = card.objective(o.id()).flatMap(ObjectiveScore::progress);
        allComplete &= progress.exists(p -> p.compareTo(BigDecimal.ONE) >= 0);
        first = o.id().value().compareTo(objectives.get(first).id().value()) < 0 ? i : first;
      }
      if (allComplete) {
        findings.add(self.finding(rules, Paths.objective(first), key._1.toString(), key._2.value(),
            Integer.toString(indices.size())));
      }
    });
    return Vector.ofAll(findings);
  }

  /** Returns a fraction in whole percent, rounded down. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(0, RoundingMode.FLOOR).toPlainString();
  }
}
