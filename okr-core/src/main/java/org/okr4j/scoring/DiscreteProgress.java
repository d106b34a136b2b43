package org.okr4j.scoring;

import io.vavr.collection.SortedSet;
import java.math.BigDecimal;
import java.time.Instant;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Zone;

/**
 * Reads the kinds whose latest check-in states where things stand: binary (done or not), ordinal
 * (the zone reached) and milestones (which are done). Immutable.
 */
final class DiscreteProgress {

  private final ProgressPolicy pp;

  DiscreteProgress(ProgressPolicy pp) {
    this.pp = pp;
  }

  Reading binary(KeyResult kr, Instant at) {
    CheckIn last = Progress.latest(kr, at);
    if (last == null) {
      return Progress.noCheckIn(pp, Reading.Facts.NONE, at);
    }
    boolean done = ((CheckInData.Completion) last.data()).done();
    BigDecimal p = done ? BigDecimal.ONE : BigDecimal.ZERO;
    return Reading.Facts.NONE.metOrNot(p, new Step.Binary(p, done, last.instant()));
  }

  /** The score the metric gives the latest zone reached. */
  Reading ordinal(KeyResult kr, OrdinalMetric m, Instant at) {
    CheckIn last = Progress.latest(kr, at);
    if (last == null) {
      return Progress.noCheckIn(pp, Reading.Facts.NONE, at);
    }
    Zone zone = ((CheckInData.ZoneReached) last.data()).zone();
    BigDecimal p = m.score(zone);
    return Reading.Facts.NONE.withZone(zone).read(p, new Step.Ordinal(p, zone, m, last.instant()));
  }

  /** The share of milestones done: counted equally or by weight ({@link ProgressPolicy#milestoneWeighting()}). */
  Reading milestones(KeyResult kr, MilestoneMetric m, Instant at) {
    CheckIn last = Progress.latest(kr, at);
    if (last == null) {
      return Progress.noCheckIn(pp, Reading.Facts.NONE, at);
    }
    SortedSet<String> done = ((CheckInData.MilestonesDone) last.data()).done();
    BigDecimal sum = BigDecimal.ZERO;
    int k = 0;
    for (Milestone ms : m.milestones()) {
      if (done.contains(ms.id())) {
        k++;
        sum = sum.add(ms.weight());
      }
    }
    BigDecimal p = pp.milestoneWeighting() == ProgressPolicy.MilestoneWeighting.EQUAL
        ? Decimals.div(BigDecimal.valueOf(k), BigDecimal.valueOf(m.milestones().size()))
        : Decimals.div(sum, m.totalWeight());
    return Reading.Facts.NONE.read(p, new Step.Milestones(p, k, m, done, last.instant()));
  }
}
