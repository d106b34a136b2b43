package org.okr4j.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;

/**
 * What a progress reader read from a key result's check-ins at one instant: the raw progress, what
 * it was computed from, and the {@link Step} that computed it. Immutable; built once per reading.
 *
 * @param progress the raw progress, {@code null} when not scored
 * @param facts the values the progress was computed from
 * @param metOrNot the rule grades met (1) or not (0): binary, thresholds met-or-not, ranges
 * @param problem why the number is undefined, if it is
 * @param step the rule and operands that produced the progress
 */
record Reading(@Nullable BigDecimal progress, Facts facts, boolean metOrNot, @Nullable OkrError problem, Step step) {

  /**
   * The values a reading is computed from, each {@code null} when the kind has none or no check-in
   * supplied it.
   *
   * @param current the value graded: the latest check-in's, a mean or an aggregate
   * @param target the resolved reference level
   * @param baseline the baseline
   * @param aggregate an aggregate key result's value
   * @param levels the stretch levels of a stretch-scored linear key result
   * @param zone an ordinal key result's zone reached
   * @param rangeDistance a range key result's signed distance outside its range
   * @param control a threshold, range or thresholded aggregate: it must hold until its window closes
   */
  record Facts(@Nullable BigDecimal current, @Nullable BigDecimal target, @Nullable BigDecimal baseline,
      @Nullable BigDecimal aggregate, @Nullable StretchLevels levels, @Nullable Zone zone,
      @Nullable BigDecimal rangeDistance, boolean control) {

    static final Facts NONE = new Facts(null, null, null, null, null, null, null, false);

    static Facts of(@Nullable BigDecimal target, @Nullable BigDecimal baseline) {
      return new Facts(null, target, baseline, null, null, null, null, false);
    }

    static Facts control(@Nullable BigDecimal target) {
      return new Facts(null, target, null, null, null, null, null, true);
    }

    Facts withCurrent(@Nullable BigDecimal c) {
      return new Facts(c, target, baseline, aggregate, levels, zone, rangeDistance, control);
    }

    Facts withLevels(StretchLevels l) {
      return new Facts(current, target, baseline, aggregate, l, zone, rangeDistance, control);
    }

    Facts withZone(Zone z) {
      return new Facts(current, target, baseline, aggregate, levels, z, rangeDistance, control);
    }

    Facts withRange(BigDecimal c, BigDecimal distance) {
      return new Facts(c, target, baseline, aggregate, levels, zone, distance, control);
    }

    Facts withAggregate(BigDecimal a, @Nullable BigDecimal b, boolean isControl) {
      return new Facts(a, target, b, a, levels, zone, rangeDistance, isControl);
    }

    /** A reading of {@code progress} graded by degree. */
    Reading read(@Nullable BigDecimal progress, Step step) {
      return new Reading(progress, this, false, null, step);
    }

    /** A reading of {@code progress} graded met (1) or not (0). */
    Reading metOrNot(BigDecimal progress, Step step) {
      return new Reading(progress, this, true, null, step);
    }

    /** A reading that cannot be scored, with the problem why. */
    Reading problem(OkrError problem, Step step) {
      return new Reading(null, this, false, problem, step);
    }
  }
}
