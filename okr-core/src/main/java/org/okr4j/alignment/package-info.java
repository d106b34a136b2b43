/**
 * The alignment graph: links from objectives and key results to what they contribute to, checked
 * against a policy, with line-of-sight, coverage, impact and privacy-safe views and exports.
 *
 * <p><b>Which result type.</b> {@link org.okr4j.alignment.GraphScorecard} scores a graph: the
 * {@link org.okr4j.scoring.Scorecard} of its set, with objectives also rolled up from their aligned
 * children. {@link org.okr4j.alignment.GraphScorecard#viewFor} gives a
 * {@link org.okr4j.alignment.ScoredView}, the graph as one viewer may see it, whose nodes are
 * {@link org.okr4j.alignment.ScoredNode}s (hidden work as numberless placeholders). Not to be
 * confused with {@link org.okr4j.scoring.ScoreNode}, the input of a roll-up of the host's own numbers.
 * {@code docs/results.md} in the repository maps all five.
 */
@NullMarked
@OkrStyle
package org.okr4j.alignment;

import org.jspecify.annotations.NullMarked;
import org.okr4j.internal.OkrStyle;
