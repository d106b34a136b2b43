package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.jackson.OkrInputException;
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
import org.okr4j.validation.InputProblem;

/**
 * The README's "JSON" snippet, compiled and run: the lines between the snippet markers are the
 * README's block, character for character.
 */
class JsonSnippetTest {

  @Test
  void jsonSnippet() throws Exception {
    // snippet: json
    ObjectMapper mapper = JsonMapper.builder().addModule(new OkrModule()).build();

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
    OkrSet back = mapper.readValue(json, OkrSet.class); // equal to set

    // A bad document fails with every problem as data: code, JSON Pointer, message, line and column.
    String bad = json.replace("\"perPeriod\":15", "\"perPeriod\":0").replace("\"owner\":", "\"boss\":");
    List<String> errors = new ArrayList<>();
    try {
      mapper.readValue(bad, OkrSet.class);
    } catch (OkrInputException e) { // a Jackson MismatchedInputException
      for (InputProblem p : e.problems()) {
        errors.add(p.code() + " " + p.pointer() + ": " + p.message(Locale.SIMPLIFIED_CHINESE));
      }
    }
    // okr.json.unknown-field /objectives/0/boss: 不是 objective 的字段（其字段为 id, title, ...）
    // okr.out-of-range /objectives/0/keyResults/0/metric/perPeriod: 为 0，但必须 > 0
    // okr.required /objectives/0/owner: 为必填项
    // end snippet
    assertThat(back).isEqualTo(set);
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).startsWith("okr.json.unknown-field /objectives/0/boss: 不是 objective 的字段（其字段为 id, title, ");
    assertThat(errors.get(1)).isEqualTo("okr.out-of-range /objectives/0/keyResults/0/metric/perPeriod: 为 0，但必须 > 0");
    assertThat(errors.get(2)).isEqualTo("okr.required /objectives/0/owner: 为必填项");
    assertThatThrownBy(() -> mapper.readValue(bad, OkrSet.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("okr.out-of-range at /objectives/0/keyResults/0/metric/perPeriod");
  }
}
