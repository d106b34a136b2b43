package org.okr4j.lint;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;

/** The checks of the rules about time: nested cycles and check-in freshness. */
final class TimeRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TimeRules() {}

  /** {@link BuiltInRule#CYCLE_OUTSIDE_PARENT}. */
  static Seq<Finding> cycleOutsideParent(LintRule self, LintContext context, LintRuleSet rules) {
    OkrSet set = context.okrSet();
    Vector<Cycle> cycles = set.cycles();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < cycles.size(); i++) {
      Cycle child = cycles.get(i);
      for (Cycle parent : child.parent().flatMap(set::cycle)) {
        if (!parent.encloses(child)) {
          findings.add(self.finding(rules, Paths.cycle(i), child.start().toString(), child.end().toString(),
              parent.id().value(), parent.start().toString(), parent.end().toString()));
        }
      }
    }
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#STALE_KEY_RESULT}. */
  static Seq<Finding> stale(LintRule self, LintContext context, LintRuleSet rules) {
    OkrSet set = context.okrSet();
    Instant asOf = context.asOf();
    Duration limit = Duration.ofDays(rules.staleAfterDays());
    boolean neverUpdatedReported = rules.isEnabled(BuiltInRule.NEVER_UPDATED.code());
    Vector<Objective> objectives = set.objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      Cycle cycle = set.cycleOf(o);
      if (!cycle.contains(asOf)) {
        continue;
      }
      boolean pastShare = hasPassed(cycle, asOf, rules.neverUpdatedAfter());
      Instant start = cycle.startInstant();
      Seq<KeyResult> krs = o.keyResults();
      for (int k = 0; k < krs.size(); k++) {
        Seq<CheckIn> known = krs.get(k).checkInsAsOf(asOf);
        if (known.isEmpty() && pastShare && neverUpdatedReported
            || !known.isEmpty() && KeyResultRules.isCompleted(krs.get(k).metric(), known.last().data())) {
          continue;
        }
        Instant since = known.isEmpty() || known.last().instant().isBefore(start) ? start : known.last().instant();
        Duration silence = Duration.between(since, asOf);
        if (silence.compareTo(limit) >= 0) {
          findings.add(self.finding(rules, Paths.keyResult(i, k), Long.toString(silence.toDays()),
              LocalDate.ofInstant(since, cycle.zone()).toString()));
        }
      }
    }
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#NEVER_UPDATED}. */
  static Seq<Finding> neverUpdated(LintRule self, LintContext context, LintRuleSet rules) {
    OkrSet set = context.okrSet();
    Instant asOf = context.asOf();
    Vector<Objective> objectives = set.objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      Cycle cycle = set.cycleOf(o);
      if (!hasPassed(cycle, asOf, rules.neverUpdatedAfter())) {
        continue;
      }
      String percent = percentElapsed(cycle, asOf).toPlainString();
      Seq<KeyResult> krs = o.keyResults();
      for (int k = 0; k < krs.size(); k++) {
        if (krs.get(k).checkInsAsOf(asOf).isEmpty()) {
          findings.add(self.finding(rules, Paths.keyResult(i, k), percent, cycle.id().value()));
        }
      }
    }
    return Vector.ofAll(findings);
  }

  /** Tells whether at least {@code share} of the cycle has passed at {@code asOf}. */
  static boolean hasPassed(Cycle cycle, Instant asOf, BigDecimal share) {
    // share ≥ 0 and the cycle is not empty, so an instant before the start never qualifies
    BigDecimal elapsed = seconds(Duration.between(cycle.startInstant(), asOf));
    return elapsed.compareTo(share.multiply(seconds(Duration.between(cycle.startInstant(), cycle.endInstant())))) >= 0;
  }

  /**
   * Returns the whole percent of the cycle passed at {@code asOf}, at most 100; called only once
   * the cycle has started.
   */
  static BigDecimal percentElapsed(Cycle cycle, Instant asOf) {
    BigDecimal elapsed = seconds(Duration.between(cycle.startInstant(), asOf));
    BigDecimal length = seconds(Duration.between(cycle.startInstant(), cycle.endInstant()));
    return elapsed.multiply(HUNDRED).divide(length, 0, RoundingMode.FLOOR).min(HUNDRED);
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }
}
