package org.okr4j.wire;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The allow-list of document kinds: the values that can stand alone as an {@code okr4j/1} document,
 * named by the envelope's {@code kind}. Every kind is written and read. A {@code scorecard} document
 * holds a {@link Scorecard} or a {@link GraphScorecard}: both kinds share its wire name.
 */
public enum DocumentKind {
  /** {@code okr-set}: an {@link OkrSet}. */
  OKR_SET("okr-set", OkrSet.class),
  /** {@code cycle}: a {@link Cycle}. */
  CYCLE("cycle", Cycle.class),
  /** {@code objective}: an {@link Objective}. */
  OBJECTIVE("objective", Objective.class),
  /** {@code key-result}: a {@link KeyResult}. */
  KEY_RESULT("key-result", KeyResult.class),
  /** {@code check-in}: a {@link CheckIn}. */
  CHECK_IN("check-in", CheckIn.class),
  /** {@code scoring-policy}: a {@link ScoringPolicy}. */
  SCORING_POLICY("scoring-policy", ScoringPolicy.class),
  /** {@code alignment-graph}: an {@link AlignmentGraph}. */
  ALIGNMENT_GRAPH("alignment-graph", AlignmentGraph.class),
  /** {@code scorecard} read as a {@link Scorecard}: by scoring the document's set again. */
  SCORECARD("scorecard", Scorecard.class),
  /** {@code scorecard} read as a {@link GraphScorecard}: the document must hold its alignment. */
  GRAPH_SCORECARD("scorecard", GraphScorecard.class);

  private final String wireName;
  private final Class<?> type;

  DocumentKind(String wireName, Class<?> type) {
    this.wireName = wireName;
    this.type = type;
  }

  /**
   * Returns the {@code kind} written in the envelope.
   *
   * @return the wire name, such as {@code okr-set}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the model type of the document's value.
   *
   * @return the type
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the wire names of every kind, in declaration order and each once, as a list in words:
   * {@code "okr-set, cycle, ... or scorecard"}. Messages use it so that they cannot fall out of step
   * with this enum.
   *
   * @return the names
   */
  public static String wireNames() {
    List<String> names = new ArrayList<>();
    for (DocumentKind k : values()) {
      if (!names.contains(k.wireName)) {
        names.add(k.wireName);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(i == names.size() - 1 ? " or " : ", ");
      }
      sb.append(names.get(i));
    }
    return sb.toString();
  }

  /**
   * Returns the document kind whose value type is {@code raw} or a supertype of it.
   *
   * @param raw a class
   * @return the kind, or {@code null} if no document holds {@code raw}
   */
  public static @Nullable DocumentKind of(Class<?> raw) {
    for (DocumentKind k : values()) {
      if (k.type.isAssignableFrom(raw)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Returns the document kind whose value type is exactly {@code raw}, as a deserializer is looked up.
   *
   * @param raw a class
   * @return the kind, or {@code null} if none reads {@code raw}
   */
  public static @Nullable DocumentKind exactly(Class<?> raw) {
    for (DocumentKind k : values()) {
      if (k.type == raw) {
        return k;
      }
    }
    return null;
  }
}
