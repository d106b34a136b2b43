package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Period;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Unit;

/**
 * The README's "JSON" snippet, compiled and run: the lines between the snippet markers are the
 * README's block, character for character.
 */
class JsonSnippetTest {

  @Test
  void jsonSnippet() throws Exception {
    // snippet: json
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());

    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    Objective social = Objective.builder()
        .id("o-social")
        .title("Raise brand influence on social media")
        .owner(OwnerRef.person("new-media-specialist"))
        .cycle("2026-q1")
        .level(Level.INDIVIDUAL)
        .keyResult(KeyResult.builder()
            .id("kr-articles")
            .title("15 original articles every month")
            .metric(RecurringMetric.of(Unit.custom("articles"), Period.MONTH, new BigDecimal("15"))))
        .buildOrThrow();
    OkrSet set = OkrSet.builder().cycle(q1).objective(social).buildOrThrow();

    String json = mapper.writeValueAsString(set); // {"format":"okr4j/1","kind":"okr-set","cycles":[...
    assertThat(mapper.readValue(json, OkrSet.class)).isEqualTo(set);

    String bad = json.replace("\"perPeriod\":15", "\"perPeriod\":0");
    assertThatThrownBy(() -> mapper.readValue(bad, OkrSet.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("okr.out-of-range at /objectives/0/keyResults/0/metric/perPeriod");
    // end snippet
  }
}
