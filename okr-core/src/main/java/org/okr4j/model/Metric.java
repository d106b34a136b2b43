package org.okr4j.model;

import io.vavr.collection.Seq;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;

/**
 * How a key result is measured. The family is closed and covers every kind in docs/conventions.md §1:
 * <ul>
 *   <li>{@link LinearMetric}: from a baseline to a target, up or down, the target stated absolutely,
 *       in percentage points or relatively ("+2 pp", "+50 %", "3000 leads");</li>
 *   <li>{@link ThresholdMetric}: keep above or below a threshold, inclusive or strict;</li>
 *   <li>{@link RangeMetric}: stay within {@code [lower, upper]};</li>
 *   <li>{@link BinaryMetric}: done or not;</li>
 *   <li>{@link MilestoneMetric}: weighted milestones;</li>
 *   <li>{@link RecurringMetric}: a target every week, month or quarter ("15 articles every month");</li>
 *   <li>{@link AggregateMetric}: a target for the rate over items ("average interaction rate ≥ 5 %");</li>
 *   <li>{@link OrdinalMetric}: check-ins record a {@link Zone} (fail, commit, target, stretch).</li>
 * </ul>
 * How progress is computed from a metric and its check-ins is a scoring policy, not part of the
 * metric.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Metric
    permits LinearMetric, ThresholdMetric, RangeMetric, BinaryMetric, MilestoneMetric,
        RecurringMetric, AggregateMetric, OrdinalMetric {

  /**
   * Returns the wire name of this kind of metric: {@code linear}, {@code threshold},
   * {@code range}, {@code binary}, {@code milestones}, {@code recurring}, {@code aggregate} or {@code ordinal}.
   *
   * @return the kind
   */
  String kind();

  /**
   * Returns the {@link CheckInData#kind() kind} of check-in data this metric accepts.
   *
   * @return the data kind
   */
  String dataKind();

  /**
   * Checks whether a check-in's data fits this metric: its kind, its numbers' domain, known
   * milestone ids, positive denominators. Dates of recurring periods are checked against the
   * cycle by {@link OkrSet}.
   *
   * @param data the check-in data, may be {@code null} ({@code okr.required} at the root)
   * @return every problem, with paths relative to the data; empty if accepted
   */
  default Seq<OkrError> validateData(@Nullable CheckInData data) {
    return data == null ? io.vavr.collection.List.of(new OkrError.Required(org.okr4j.validation.OkrPath.root()))
        : DataChecks.check(this, data);
  }
}
