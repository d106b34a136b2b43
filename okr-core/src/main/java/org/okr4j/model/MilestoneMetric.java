package org.okr4j.model;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Invariants;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A key result made of milestones, each with a weight: progress is the weighted share done
 * ("launch six features", three launched → 0.5). Check-ins report the milestones done so far
 * ({@link CheckInData.MilestonesDone}).
 *
 * <p>At least one milestone, unique ids, and a positive total weight. Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class MilestoneMetric implements Metric {

  MilestoneMetric() {}

  /**
   * Returns the milestones in order.
   *
   * @return the milestones, never empty
   */
  public abstract Seq<Milestone> milestones();

  /**
   * Returns the sum of the milestones' weights.
   *
   * @return the total weight, positive
   */
  @Value.Derived
  public BigDecimal totalWeight() {
    return milestones().foldLeft(BigDecimal.ZERO, (sum, m) -> sum.add(m.weight()));
  }

  @Value.Check
  void checkInvariants() {
    Invariants.require(totalWeight().signum() > 0, "milestone weights add up to more than zero");
  }

  @Override
  public String kind() {
    return "milestones";
  }

  @Override
  public String dataKind() {
    return "milestones";
  }

  /**
   * Validates and builds a milestone metric.
   *
   * @param milestones the milestones, may be {@code null}
   * @return the metric, or every problem at {@code /milestones}
   */
  public static Validation<Seq<OkrError>, MilestoneMetric> validate(@Nullable Iterable<Milestone> milestones) {
    Problems problems = new Problems();
    OkrPath path = OkrPath.of("milestones");
    if (!problems.present(milestones, path)) {
      return problems.result(() -> null);
    }
    List<Milestone> list = List.ofAll(milestones);
    if (list.isEmpty()) {
      problems.add(new OkrError.EmptyCollection(path));
    }
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    int i = -1;
    for (Milestone m : list) {
      i++;
      if (m == null) {
        problems.present(null, path.index(i));
        continue;
      }
      if (!seen.add(m.id())) {
        problems.add(new OkrError.DuplicateId(path.index(i).key("id"), m.id()));
      }
      total = total.add(m.weight());
    }
    if (!list.isEmpty() && problems.isEmpty() && total.signum() == 0) {
      problems.add(new OkrError.ZeroTotalWeight(path));
    }
    return problems.result(() -> ImmutableMilestoneMetric.of(list));
  }

  /**
   * Returns a milestone metric.
   *
   * @param milestones the milestones
   * @return the metric
   * @throws OkrException if the list is empty, ids repeat or all weights are zero
   */
  public static MilestoneMetric of(Milestone... milestones) {
    return OkrException.getOrThrow(validate(milestones == null ? null : List.of(milestones)));
  }
}
