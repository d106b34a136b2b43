package org.okr4j.alignment;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.Status;

/**
 * One node of a {@link ScoredView}: a visible objective or key result with its progress, colour band,
 * status and explanation as the viewer may see them, or a {@link ViewNode.Hidden placeholder} with no
 * number at all (empty progress, band and status) and an explanation that says only that hidden work
 * is {@link ScoredView.HiddenContributions counted or left out}.
 *
 * <pre>{@code
 * ScoredNode growth = view.score(NodeRef.objective("o-growth")).get();
 * growth.progress();               // Some(0.5)
 * growth.explanation().render();   // hidden contributors appear as hidden-1, without numbers
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param node the view node
 * @param progress the reported progress; empty for a placeholder or when not scored
 * @param band the colour band of the grade; empty for a placeholder or when not scored
 * @param status the status; empty for a placeholder
 * @param explanation how the progress was derived, redacted for the viewer
 */
public record ScoredNode(ViewNode node, Option<BigDecimal> progress, Option<Band> band, Option<Status> status,
    Explanation explanation) {

  /**
   * Keeps a plain {@link BigDecimal} progress: an instance of a subclass is copied.
   *
   * @param node the view node
   * @param progress the progress
   * @param band the band
   * @param status the status
   * @param explanation the explanation
   */
  public ScoredNode {
    progress = progress == null ? null : progress.map(Numbers::plainIfPresent);
  }

  /**
   * Tells whether this is a placeholder for hidden work.
   *
   * @return {@code true} if {@link #node()} is hidden
   */
  public boolean isHidden() {
    return Problems.require(node, "node").isHidden();
  }
}
