package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.OkrSet;

/**
 * A document of 1,000,000 key results (250,000 objectives of 4) streams: it is generated on the fly,
 * read through a mapper whose {@link JsonNodeFactory} refuses to make any node (so no tree can be
 * built on the way), and becomes one validated {@link OkrSet}.
 */
class LargeDocumentTest {

  private static final int OBJECTIVES = 250_000;

  /** Refuses every container node: reading must not build a tree. */
  private static final class NoTrees extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
      throw new AssertionError("a JsonNode tree was built");
    }

    @Override
    public ArrayNode arrayNode() {
      throw new AssertionError("a JsonNode tree was built");
    }

    @Override
    public ArrayNode arrayNode(int capacity) {
      throw new AssertionError("a JsonNode tree was built");
    }
  }

  @Test
  void aMillionKeyResultsAreReadWithoutATree() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new OkrModule()).nodeFactory(new NoTrees()).build();
    GeneratedInput in = GeneratedInput.of("{\"format\":\"okr4j/1\",\"kind\":\"okr-set\",\"cycles\":[{\"id\":\"2026\","
        + "\"name\":\"2026\",\"start\":\"2026-01-01\",\"end\":\"2027-01-01\"}],\"objectives\":[", OBJECTIVES,
        i -> (i == 0 ? "" : ",") + "{\"id\":\"o" + i + "\",\"title\":\"Objective " + i + "\",\"owner\":{\"kind\":\"team\",\"id\":\"t"
            + (i % 1000) + "\"},\"cycle\":\"2026\",\"level\":{\"name\":\"team\",\"rank\":2},\"keyResults\":["
            + keyResult(i, 0, "{\"kind\":\"binary\"}") + ","
            + keyResult(i, 1, "{\"kind\":\"linear\",\"unit\":{\"kind\":\"count\"},\"baseline\":0,\"target\":{\"kind\":\"absolute\",\"amount\":3000}}") + ","
            + keyResult(i, 2, "{\"kind\":\"threshold\",\"unit\":{\"kind\":\"percent\"},\"comparison\":\"at-least\",\"threshold\":5}") + ","
            + keyResult(i, 3, "{\"kind\":\"binary\"}") + "]}",
        "]}");
    long start = System.nanoTime();
    OkrSet set = mapper.readValue(in, OkrSet.class);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(set.objectives()).hasSize(OBJECTIVES);
    assertThat(set.objectives().map(o -> o.keyResults().size()).sum().intValue()).isEqualTo(1_000_000);
    assertThat(set.keyResult(KeyResultId.of("k249999.3"))).isNotEmpty();
    assertThat(in.produced()).isGreaterThan(100_000_000L);
    System.out.printf("read 1,000,000 key results (%d MB) in %d ms%n", in.produced() >> 20, millis);
  }

  private static String keyResult(int objective, int k, String metric) {
    return "{\"id\":\"k" + objective + "." + k + "\",\"title\":\"Key result " + k + "\",\"metric\":" + metric + "}";
  }
}
