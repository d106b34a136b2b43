package org.okr4j.wire;

import java.io.IOException;
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
 * The documents ({@code docs/wire-format.md}, "Documents"): for each {@link DocumentKind}, the
 * reading of its value's fields and the writing of a whole document, envelope first.
 */
final class Documents {

  private Documents() {}

  /** The reading of a document's value, before its envelope is added. */
  static Reading<?> reading(DocumentKind kind, Cursor c) {
    return switch (kind) {
      case OKR_SET -> new ModelReader.OkrSetReading(c);
      case CYCLE -> new ModelReader.CycleReading(c);
      case OBJECTIVE -> new ModelReader.ObjectiveReading(c);
      case KEY_RESULT -> new ModelReader.KeyResultReading(c);
      case CHECK_IN -> new ModelReader.CheckInReading(c);
      case SCORING_POLICY -> PolicyReader.SCORING_POLICY_READING.apply(c);
      case ALIGNMENT_GRAPH -> AlignmentReader.GRAPH_READING.apply(c);
      case SCORECARD -> new ScorecardReader(c, false);
      case GRAPH_SCORECARD -> new ScorecardReader(c, true);
    };
  }

  /**
   * Writes {@code value} as a document: {@code format}, {@code kind}, then the value's fields; without
   * {@code envelope}, the value's fields alone (a bare check-in).
   */
  static void write(DocumentKind kind, Object value, Out out, boolean envelope) throws IOException {
    out.startObject();
    if (envelope) {
      out.string(Field.FORMAT, Wire.FORMAT);
      out.string(Field.KIND, kind.wireName());
    }
    switch (kind) {
      case OKR_SET -> ModelWriter.okrSetFields(out, (OkrSet) value);
      case CYCLE -> ModelWriter.cycleFields(out, (Cycle) value);
      case OBJECTIVE -> ModelWriter.objectiveFields(out, (Objective) value);
      case KEY_RESULT -> ModelWriter.keyResultFields(out, (KeyResult) value);
      case CHECK_IN -> ModelWriter.checkInFields(out, (CheckIn) value, false);
      case SCORING_POLICY -> PolicyWriter.scoringPolicyFields(out, (ScoringPolicy) value);
      case ALIGNMENT_GRAPH -> AlignmentWriter.graphFields(out, (AlignmentGraph) value);
      case SCORECARD -> ScorecardWriter.scorecardFields(out, (Scorecard) value, null);
      case GRAPH_SCORECARD -> {
        GraphScorecard scores = (GraphScorecard) value;
        ScorecardWriter.scorecardFields(out, scores.scorecard(), scores);
      }
    }
    out.endObject();
  }
}
