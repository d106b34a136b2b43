package org.okr4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * A due date outside 1900-01-01 to 9999-12-31 in any document, a {@code scorecard} included, is an
 * {@code okr.out-of-range} problem with its JSON pointer, reported by the core's key-result builder
 * that the reader calls, never a raw {@code DateTimeException} from scoring the set again.
 */
class FarDatesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());
  private static final String[] FAR = {"+999999999-12-31", "0001-01-01", "+10000-01-01", "1899-12-31"};

  private static OkrSet dueMidMarch() {
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    return OkrSet.builder().cycle(q1).objective(Objective.builder().id("o-1").title("Grow")
        .owner(OwnerRef.team("growth")).cycle("2026-q1").level(Level.TEAM)
        .keyResult(KeyResult.builder().id("kr-1").title("3 launches").metric(LinearMetric.count(3))
            .dueDate(LocalDate.of(2026, 3, 15)))
        .buildOrThrow()).buildOrThrow();
  }

  private static void assertRefused(String json, Class<?> type, String far) {
    Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, type));
    assertThat(thrown).as("%s with due date %s", type.getSimpleName(), far)
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("okr.out-of-range at /set/objectives/0/keyResults/0/dueDate")
        .hasMessageContaining(far);
  }

  @Test
  void aScorecardDocumentWithAFarDueDateIsATypedProblem() throws Exception {
    Scorecard card = Scorer.evaluate(dueMidMarch(), ScoringPolicy.defaults(), Instant.parse("2026-02-01T00:00:00Z"));
    String json = MAPPER.writeValueAsString(card);
    assertThat(json).contains("\"kind\":\"scorecard\"").contains("\"2026-03-15\"");
    assertThat(MAPPER.readValue(json, Scorecard.class)).isEqualTo(card);
    for (String far : FAR) {
      assertRefused(json.replace("2026-03-15", far), Scorecard.class, far);
      assertRefused(json.replace("2026-03-15", far), GraphScorecard.class, far);
    }
  }

  @Test
  void aGraphScorecardDocumentWithAFarDueDateIsATypedProblem() throws Exception {
    GraphScorecard card = GraphScorecard.evaluate(AlignmentGraph.of(dueMidMarch()), ScoringPolicy.google(),
        Instant.parse("2026-03-01T00:00:00Z"));
    String json = MAPPER.writeValueAsString(card);
    for (String far : FAR) {
      assertRefused(json.replace("2026-03-15", far), GraphScorecard.class, far);
    }
  }

  @Test
  void anOkrSetDocumentWithAFarDueDateIsATypedProblem() throws Exception {
    String json = MAPPER.writeValueAsString(dueMidMarch());
    for (String far : FAR) {
      Throwable thrown = catchThrowable(() -> MAPPER.readValue(json.replace("2026-03-15", far), OkrSet.class));
      assertThat(thrown).isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("okr.out-of-range at /objectives/0/keyResults/0/dueDate");
    }
  }
}
