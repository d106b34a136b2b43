package org.okr4j.jackson;

import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The allow-list of document kinds: the values that can stand alone as an {@code okr4j/1} document,
 * named by the envelope's {@code kind}. Every kind is written; every kind but {@code scorecard} is
 * also read.
 */
enum DocumentKind {
  OKR_SET("okr-set", OkrSet.class, "an OKR set"),
  CYCLE("cycle", Cycle.class, "a cycle"),
  OBJECTIVE("objective", Objective.class, "an objective"),
  KEY_RESULT("key-result", KeyResult.class, "a key result"),
  CHECK_IN("check-in", CheckIn.class, "a check-in"),
  SCORING_POLICY("scoring-policy", ScoringPolicy.class, "a scoring policy"),
  ALIGNMENT_GRAPH("alignment-graph", AlignmentGraph.class, "an alignment graph"),
  /** Written only: a scorecard's scores cannot be rebuilt from their results (see {@link #isReadable()}). */
  SCORECARD("scorecard", Scorecard.class, "a scorecard");

  private final String wireName;
  private final Class<?> type;
  private final String description;

  DocumentKind(String wireName, Class<?> type, String description) {
    this.wireName = wireName;
    this.type = type;
    this.description = description;
  }

  /** The {@code kind} written in the envelope. */
  String wireName() {
    return wireName;
  }

  /** The model type of the document's value. */
  Class<?> type() {
    return type;
  }

  /**
   * Tells whether documents of this kind can be read back. A {@code scorecard} cannot: the core builds
   * scores only by scoring an OKR set ({@code Scorer}), and a scorecard does not hold the set's
   * cycles, so reading would have to invent what the document does not say.
   */
  boolean isReadable() {
    return this != SCORECARD;
  }

  /** The value in words, for messages: "a key result". */
  String description() {
    return description;
  }

  /**
   * The wire names of every kind, in declaration order, as a list in words: {@code "okr-set, cycle,
   * ... or alignment-graph"}. Messages use it so that they cannot fall out of step with this enum.
   */
  static String wireNames() {
    DocumentKind[] all = values();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      if (i > 0) {
        sb.append(i == all.length - 1 ? " or " : ", ");
      }
      sb.append(all[i].wireName);
    }
    return sb.toString();
  }

  /** The document kind whose value type is {@code raw} or a supertype of it, if any. */
  static @Nullable DocumentKind of(Class<?> raw) {
    for (DocumentKind k : values()) {
      if (k.type.isAssignableFrom(raw)) {
        return k;
      }
    }
    return null;
  }
}
