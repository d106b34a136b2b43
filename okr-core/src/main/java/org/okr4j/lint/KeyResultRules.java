package org.okr4j.lint;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Zone;
import org.okr4j.model.UnitKind;

/** The checks of the rules about single key results: baseline, ambition and due date. */
final class KeyResultRules {

  /** Units in which a baseline of exactly 0 is suspicious; counts and custom labels start at 0. */
  static final EnumSet<UnitKind> BASELINE_UNITS =
      EnumSet.of(UnitKind.NUMBER, UnitKind.PERCENT, UnitKind.PERCENTAGE_POINTS, UnitKind.CURRENCY);

  private KeyResultRules() {}

  /** {@link BuiltInRule#BASELINE_MISSING}. */
  static Seq<Finding> baselineMissing(LintRule self, LintContext context, LintRuleSet rules) {
    Vector<Objective> objectives = context.okrSet().objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Seq<KeyResult> krs = objectives.get(i).keyResults();
      for (int k = 0; k < krs.size(); k++) {
        if (krs.get(k).metric() instanceof LinearMetric m && m.baseline().signum() == 0
            && BASELINE_UNITS.contains(m.unit().kind())) {
          findings.add(self.finding(rules, Paths.keyResult(i, k).key("metric").key("baseline"),
              m.unit().toString()));
        }
      }
    }
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#TARGET_MET_AT_START}. */
  static Seq<Finding> targetMetAtStart(LintRule self, LintContext context, LintRuleSet rules) {
    OkrSet set = context.okrSet();
    Vector<Objective> objectives = set.objectives();
    Duration window = Duration.ofDays(rules.startWindowDays());
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      Cycle cycle = set.cycleOf(o);
      Instant windowEnd = cycle.startInstant().plus(window);
      Seq<KeyResult> krs = o.keyResults();
      for (int k = 0; k < krs.size(); k++) {
        KeyResult kr = krs.get(k);
        Option<CheckIn> first = kr.checkIns().headOption().filter(c -> !c.instant().isAfter(context.asOf()));
        if (first.isDefined() && first.get().instant().isBefore(windowEnd) && meets(kr.metric(), first.get().data())) {
          findings.add(self.finding(rules, Paths.keyResult(i, k),
              LocalDate.ofInstant(first.get().instant(), cycle.zone()).toString()));
        }
      }
    }
    return Vector.ofAll(findings);
  }

  /**
   * Tells whether {@code data} already meets the metric's target: a linear value at or beyond the
   * target (never for a target equal to its baseline, which has no direction), a threshold met, a binary result done, every milestone done, an ordinal key result in
   * its TARGET or STRETCH zone. Ranges (staying within
   * is their point), recurring and aggregate metrics are never "met at the start".
   */
  static boolean meets(Metric metric, CheckInData data) {
    if (metric instanceof LinearMetric m && data instanceof CheckInData.Measurement v) {
      if (m.isDegenerate()) {
        return false; // target = baseline: no direction in which the target could already be met
      }
      int c = v.value().compareTo(m.targetValue());
      return m.isIncreasing() ? c >= 0 : c <= 0;
    }
    if (metric instanceof ThresholdMetric m && data instanceof CheckInData.Measurement v) {
      return m.isMet(v.value());
    }
    if (metric instanceof OrdinalMetric && data instanceof CheckInData.ZoneReached z) {
      return z.zone().compareTo(Zone.TARGET) >= 0;
    }
    return isCompleted(metric, data);
  }

  /** Tells whether a binary result is done or every milestone is done. */
  static boolean isCompleted(Metric metric, CheckInData data) {
    if (metric instanceof BinaryMetric && data instanceof CheckInData.Completion d) {
      return d.done();
    }
    if (metric instanceof MilestoneMetric m && data instanceof CheckInData.MilestonesDone d) {
      return m.milestones().forAll(x -> d.done().contains(x.id()));
    }
    return false;
  }

  /** {@link BuiltInRule#DUE_OUTSIDE_CYCLE}. */
  static Seq<Finding> dueOutsideCycle(LintRule self, LintContext context, LintRuleSet rules) {
    OkrSet set = context.okrSet();
    Vector<Objective> objectives = set.objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      Cycle cycle = set.cycleOf(o);
      Seq<KeyResult> krs = o.keyResults();
      for (int k = 0; k < krs.size(); k++) {
        LocalDate due = krs.get(k).dueDateIn(cycle);
        if (due.isBefore(cycle.start()) || due.isAfter(cycle.end())) {
          findings.add(self.finding(rules, Paths.keyResult(i, k).key("dueDate"), due.toString(),
              cycle.id().value(), cycle.start().toString(), cycle.end().toString()));
        }
      }
    }
    return Vector.ofAll(findings);
  }
}
