/**
 * Scoring rules as immutable policy values and the {@link org.okr4j.scoring.Scorer} that applies
 * them: key-result progress, grades, colour bands, roll-up, status, forecast and confidence, each
 * number with an {@link org.okr4j.scoring.Explanation}.
 *
 * <p><b>Which result type.</b> A {@link org.okr4j.scoring.Scorecard} holds the scores of one
 * {@code OkrSet}, each objective from its own key results. Through alignment links the scores are a
 * {@link org.okr4j.alignment.GraphScorecard}; what one viewer may see of them is a
 * {@link org.okr4j.alignment.ScoredView} of {@link org.okr4j.alignment.ScoredNode}s. A
 * {@link org.okr4j.scoring.ScoreNode} is not a result but the input of
 * {@link org.okr4j.scoring.AggregationPolicy#aggregate}, a tree of numbers of the host's own to roll
 * up. {@code docs/results.md} in the repository maps all five.
 */
@NullMarked
@OkrStyle
package org.okr4j.scoring;

import org.jspecify.annotations.NullMarked;
import org.okr4j.internal.OkrStyle;
