package org.okr4j.alignment;

import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.okr4j.internal.Numbers;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;

/**
 * How well the work of an organisation is aligned to its top: which top-level objectives and key
 * results nobody contributes to, and which share of the other objectives can see the top.
 *
 * <ul>
 *   <li>A <em>top-level</em> objective has no alignment link of its own and sits at the highest level
 *       (smallest {@link org.okr4j.model.Level#rank() rank}) found in the set.</li>
 *   <li>A top-level objective is <em>uncovered</em> when no contributing link reaches it or one of
 *       its key results; a key result of a top-level objective is uncovered when no contributing
 *       link reaches it. Supporting links do not cover.</li>
 *   <li>Any other objective is <em>aligned</em> when it, or one of its key results through a link,
 *       has a line of sight to a top-level objective.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coverage {

  Coverage() {}

  /**
   * Returns the top-level objectives.
   *
   * @return their ids, sorted
   */
  public abstract SortedSet<ObjectiveId> topLevel();

  /**
   * Returns the top-level objectives that no contributing link reaches, directly or through one of
   * their key results.
   *
   * @return their ids, sorted
   */
  public abstract SortedSet<ObjectiveId> uncoveredObjectives();

  /**
   * Returns the key results of top-level objectives that no contributing link reaches.
   *
   * @return their ids, sorted
   */
  public abstract SortedSet<KeyResultId> uncoveredKeyResults();

  /**
   * Returns the objectives below the top that have no line of sight to a top-level objective.
   *
   * @return their ids, sorted
   */
  public abstract SortedSet<ObjectiveId> unaligned();

  /**
   * Returns how many objectives are not top-level.
   *
   * @return the count
   */
  public abstract int alignable();

  /**
   * Returns how many objectives that are not top-level are aligned.
   *
   * @return the count, at most {@link #alignable()}
   */
  public abstract int aligned();

  /**
   * Returns the share of the objectives below the top that are aligned, {@code aligned / alignable}
   * computed with {@link Numbers#MATH}.
   *
   * @return the share in [0, 1], or empty when every objective is top-level
   */
  public Option<BigDecimal> alignedShare() {
    return alignable() == 0 ? Option.none()
        : Option.some(BigDecimal.valueOf(aligned()).divide(BigDecimal.valueOf(alignable()), Numbers.MATH));
  }
}
