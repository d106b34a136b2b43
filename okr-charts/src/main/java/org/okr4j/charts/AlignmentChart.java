package org.okr4j.charts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.ScoredView;

/**
 * The alignment tree as one viewer may see it, drawn from a privacy-safe {@link ScoredView}: one
 * row per node, children indented under the parent they work for, top-level objectives first.
 * <ul>
 *   <li>Each node is a box filled with its colour band and labelled with its title, its progress in
 *       whole percent (as the DOT and Mermaid exports write it, or {@code not scored}) and its band's
 *       name; objectives have square corners, key results round ones.</li>
 *   <li>Edges are drawn by kind, and named in the legend: a <b>contributing</b> link as a thick
 *       line, a <b>supporting</b> link dashed, a key result's tie to its objective thin and grey. A
 *       node with several parents hangs under the first and reaches the others through a line on
 *       the right ending in an arrowhead.</li>
 *   <li>Hidden work is shown exactly as the view shows it: a dashed, uncoloured placeholder labelled
 *       {@code hidden} and {@code counted} or {@code left out}
 *       ({@link ScoredView.HiddenContributions}), with no title, owner, id, number or band of what it
 *       hides, anywhere in the SVG text.</li>
 * </ul>
 * Indentation stops growing after twelve levels, so a very deep chain stays inside the picture; the
 * layout uses no recursion.
 *
 * <pre>{@code
 * ScoredView view = GraphScorecard.evaluate(graph, policy, asOf).viewFor(viewer, ScoredView.HiddenContributions.COUNT);
 * String svg = AlignmentChart.of(view).toSvg();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AlignmentChart implements Chart {

  /** The title of a chart made by {@link #of(ScoredView)}. */
  public static final String DEFAULT_TITLE = "Alignment";

  private final ScoredView view;
  private final String title;
  private final AlignmentLayout layout;

  private AlignmentChart(ScoredView view, String title) {
    this.view = view;
    this.title = title;
    this.layout = AlignmentLayout.of(view);
  }

  /**
   * Draws a scored view with the title {@value #DEFAULT_TITLE}.
   *
   * @param view the view, as {@link org.okr4j.alignment.GraphScorecard#viewFor} gives it
   * @return the chart
   * @throws org.okr4j.validation.OkrException if {@code view} is missing
   */
  public static AlignmentChart of(ScoredView view) {
    return new AlignmentChart(BurnUpChart.require(view, "view"), DEFAULT_TITLE);
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the title, in any script
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code title} is missing
   */
  public AlignmentChart withTitle(String title) {
    return new AlignmentChart(view, BurnUpChart.require(title, "title"));
  }

  /**
   * Returns the view drawn.
   *
   * @return the scored view
   */
  public ScoredView view() {
    return view;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String description() {
    return layout.description();
  }

  @Override
  public int height() {
    return layout.height();
  }

  @Override
  public String toSvg() {
    return AlignmentSvg.render(title, layout);
  }

  /**
   * Tells whether {@code other} draws an equal view with the same title.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof AlignmentChart c && view.equals(c.view) && title.equals(c.title);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(view, title);
  }

  /**
   * Returns a summary such as {@code AlignmentChart[Alignment, 17 nodes]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "AlignmentChart[" + title + ", " + view.scores().size() + " nodes]";
  }
}
