package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * One milestone of a {@link MilestoneMetric}: an id unique within the metric, a title and a
 * weight (1 when all milestones count the same).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Milestone {

  Milestone() {}

  /**
   * Returns the milestone's id, unique within its metric.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what has to be done.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the milestone's weight.
   *
   * @return a weight ≥ 0
   */
  public abstract BigDecimal weight();

  /**
   * Validates and builds a milestone.
   *
   * @param id an identifier, may be {@code null}
   * @param title the title, may be {@code null}
   * @param weight a weight ≥ 0, may be {@code null}
   * @return the milestone, or every problem
   */
  public static Validation<Seq<OkrError>, Milestone> validate(
      @Nullable String id, @Nullable String title, @Nullable BigDecimal weight) {
    Problems problems = new Problems();
    String checkedId = problems.id(id, OkrPath.of("id"));
    String checkedTitle = problems.text(title, OkrPath.of("title"));
    BigDecimal checkedWeight = problems.nonNegative(weight, OkrPath.of("weight"));
    return problems.result(() -> ImmutableMilestone.of(checkedId, checkedTitle, checkedWeight));
  }

  /**
   * Returns a milestone of weight 1.
   *
   * @param id the id
   * @param title the title
   * @return the milestone
   * @throws OkrException if an input is invalid
   */
  public static Milestone of(String id, String title) {
    return of(id, title, BigDecimal.ONE);
  }

  /**
   * Returns a weighted milestone.
   *
   * @param id the id
   * @param title the title
   * @param weight the weight, ≥ 0
   * @return the milestone
   * @throws OkrException if an input is invalid
   */
  public static Milestone of(String id, String title, BigDecimal weight) {
    return OkrException.getOrThrow(validate(id, title, weight));
  }
}
