package org.okr4j.scoring;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResult;
import org.okr4j.model.RangeMetric;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Judges a key result's reading at an instant: whether its status is final, the status the policy
 * computes ({@link StatusPolicy}), and the confidence of its latest check-in carrying one
 * ({@link ConfidencePolicy}). Immutable.
 */
final class Judgement {

  private final ProgressPolicy pp;
  private final StatusPolicy sp;
  private final ConfidencePolicy cp;
  private final Instant asOf;

  Judgement(ScoringPolicy policy, Instant asOf) {
    this.pp = policy.progress();
    this.sp = policy.status();
    this.cp = policy.confidence();
    this.asOf = asOf;
  }

  /**
   * What is known about a key result's updates before judging its status.
   *
   * @param count the number of check-ins at or before the instant
   * @param closed the status is final ({@link #isFinal})
   * @param neverUpdated never checked in once the policy's share of the window has passed
   * @param stale never updated, or not checked in for longer than the policy allows
   */
  record Updates(int count, boolean closed, boolean neverUpdated, boolean stale) {}

  /**
   * Tells whether a key result's status is final: a control or binary key result once its window
   * (to its due date) has closed, any key result once its cycle has ended.
   */
  boolean isFinal(KeyResult kr, Window w, Reading r) {
    boolean byDueDate = r.facts().control() || kr.metric() instanceof BinaryMetric;
    return !asOf.isBefore(w.cycleEnd) || byDueDate && w.isClosed(asOf);
  }

  /** Judges whether a key result is never updated or stale, from its check-in count and latest check-in. */
  Updates updates(KeyResult kr, Window w, Reading r, int count, @Nullable Instant last) {
    boolean neverUpdated = count == 0 && sp.neverUpdatedAfter().isDefined()
        && w.fraction(asOf, sp.expected().dayCount()).compareTo(sp.neverUpdatedAfter().get()) >= 0;
    boolean stale = neverUpdated || last != null && sp.staleAfterDays().isDefined()
        && last.plusSeconds(86_400L * sp.staleAfterDays().get()).isBefore(asOf);
    return new Updates(count, isFinal(kr, w, r), neverUpdated, stale);
  }

  /** The status the policy computes from the reported progress and the expected progress. */
  Status status(KeyResult kr, Reading r, @Nullable BigDecimal reported, BigDecimal expected, Updates u) {
    if (u.closed() && sp.missedStatus().isDefined()) {
      if (reported != null && reported.compareTo(BigDecimal.ONE) >= 0) {
        return Status.ACHIEVED;
      }
      // Silence is never green: a key result never checked in is missed too.
      return reported != null || u.count() == 0 ? sp.missedStatus().get() : Status.NOT_SCORED;
    }
    if (u.neverUpdated()) {
      return sp.staleStatus();
    }
    if (reported == null) {
      return Status.NOT_SCORED;
    }
    if (sp.achievedAtOne() && reported.compareTo(BigDecimal.ONE) >= 0 && (!r.facts().control() || u.closed())) {
      return Status.ACHIEVED;
    }
    Status s;
    BigDecimal current = r.facts().current();
    if (outsideRange(kr, current)) {
      s = ControlProgress.within(pp, (RangeMetric) kr.metric(), current, sp.rangeTolerance().get())
          ? Status.AT_RISK : Status.OFF_TRACK;
    } else if (r.metOrNot() && sp.binaryStatus() != StatusPolicy.BinaryStatus.BY_EXPECTED_PROGRESS) {
      s = reported.compareTo(BigDecimal.ONE) >= 0 ? Status.ON_TRACK
          : sp.binaryStatus() == StatusPolicy.BinaryStatus.MET_OR_BEHIND ? Status.BEHIND : Status.OFF_TRACK;
    } else {
      s = sp.rule().status(reported, expected);
    }
    return u.stale() ? sp.staleStatus() : s;
  }

  /**
   * Tells whether the range tolerance judges the status: a range key result with a tolerance, whose
   * graded value lies outside the range (a share of periods grades no single value).
   */
  boolean outsideRange(KeyResult kr, @Nullable BigDecimal current) {
    return kr.metric() instanceof RangeMetric range && sp.rangeTolerance().isDefined() && current != null
        && pp.controlMethod() != ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET
        && !ControlProgress.within(pp, range, current, BigDecimal.ZERO);
  }

  /**
   * The confidence of the latest check-in carrying one (a fraction, or a label the policy maps), or
   * the policy's initial confidence; adds a problem to {@code problems} for each label the policy
   * does not know.
   */
  @Nullable Confidence confidence(KeyResult kr, ArrayList<OkrError> problems) {
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
}
