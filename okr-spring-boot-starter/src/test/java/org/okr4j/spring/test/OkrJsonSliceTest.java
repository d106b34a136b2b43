package org.okr4j.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

/** Spring Boot's {@code @JsonTest} slice picks up okr4j's module, with the application's okr4j.json.* limits. */
@JsonTest
class OkrJsonSliceTest {

  @Autowired
  JacksonTester<OkrSet> json;

  @Test
  void theSlicesMapperReadsAndWritesOkr4jDocuments() throws Exception {
    OkrSet set = json.parseObject(Documents.VALID);
    assertThat(set.objectives().map(o -> o.id())).containsExactly(ObjectiveId.of("o-brand"));
    assertThat(json.write(set).getJson()).startsWith("{\"format\":\"okr4j/1\",\"kind\":\"okr-set\"");
    assertThat(json.parseObject(json.write(set).getJson())).isEqualTo(set);
  }

  @Test
  void theSlicesMapperKeepsTheConfiguredLimits() {
    assertThatThrownBy(() -> json.parseObject(Documents.SIX_TAGS)).hasMessageContaining("okr.json.too-many at /objectives/0/tags/5");
  }
}
