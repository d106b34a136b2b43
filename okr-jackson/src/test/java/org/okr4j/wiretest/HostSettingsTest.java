package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.wiretest.WireSupport.codesAt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.OkrSet;

/**
 * How a host's mapper settings affect the format (docs/wire-format.md, "Host settings"): naming
 * strategies, unknown-property handling, date and decimal features change nothing; indentation and
 * numbers-as-strings change only the spelling, which the default reader accepts.
 */
class HostSettingsTest {

  private static final OkrSet SEED = SeedOkrs.marketing();

  private static String canonical() throws Exception {
    return WireSupport.MAPPER.write(SEED);
  }

  @Test
  void namingStrategyDoesNotRenameFields() throws Exception {
    ObjectMapper snake = new ObjectMapper().registerModule(new OkrModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    String json = snake.writeValueAsString(SEED);
    assertThat(json).isEqualTo(canonical()).contains("\"keyResults\"").doesNotContain("key_results");
    assertThat(snake.readValue(json, OkrSet.class)).isEqualTo(SEED);
  }

  @Test
  void featuresForDatesAndDecimalsDoNotChangeTheFormat() throws Exception {
    ObjectMapper host = JsonMapper.builder().addModule(new OkrModule())
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
    String json = host.writeValueAsString(SEED);
    assertThat(json).isEqualTo(canonical()).contains("\"amount\":5E+6");
    assertThat(host.readValue(json, OkrSet.class)).isEqualTo(SEED);
  }

  @Test
  void failOnUnknownPropertiesOffStillRejectsUnknownFields() {
    ObjectMapper lenient = new ObjectMapper().registerModule(new OkrModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = BadInputTest.change("'title':'Grow'", "'title':'Grow','colour':'red'");
    assertThat(codesAt(WireSupport.failure(Json.wrap(lenient), json, OkrSet.class)))
        .containsExactly("okr.json.unknown-field at /objectives/0/colour");
  }

  @Test
  void theModuleOptionSkipsUnknownFields() throws Exception {
    ObjectMapper tolerant = new ObjectMapper().registerModule(new OkrModule().withUnknownFieldsIgnored(true));
    String json = BadInputTest.change("'title':'Grow'", "'title':'Grow','colour':{'deep':[1,2,{}]}");
    OkrSet set = tolerant.readValue(json, OkrSet.class);
    assertThat(set).isEqualTo(WireSupport.MAPPER.read(BadInputTest.VALID, OkrSet.class));
  }

  @Test
  void indentationChangesOnlyWhitespace() throws Exception {
    ObjectMapper pretty = new ObjectMapper().registerModule(new OkrModule()).enable(SerializationFeature.INDENT_OUTPUT);
    String json = pretty.writeValueAsString(SEED);
    assertThat(json).contains("\n  \"objectives\" : [ {");
    assertThat(WireSupport.MAPPER.read(json, OkrSet.class)).isEqualTo(SEED);
    assertThat(WireSupport.MAPPER.write(WireSupport.MAPPER.read(json, OkrSet.class)))
        .isEqualTo(canonical());
  }

  @Test
  void numbersAsStringsAreStillRead() throws Exception {
    ObjectMapper quoting = JsonMapper.builder().addModule(new OkrModule())
        .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
    String json = quoting.writeValueAsString(SEED);
    assertThat(json).contains("\"rank\":\"0\"").contains("\"amount\":\"5E+6\"");
    assertThat(WireSupport.MAPPER.read(json, OkrSet.class)).isEqualTo(SEED);
    WireSupport.assertSchemaValid(new OkrModuleDecimalsAsStrings().json());
  }

  @Test
  void decimalsAsStringsIsTheModulesOwnOption() throws Exception {
    String json = new OkrModuleDecimalsAsStrings().json();
    assertThat(json).contains("\"baseline\":\"8.0\"").contains("\"rank\":1");
    assertThat(WireSupport.MAPPER.read(json, OkrSet.class)).isEqualTo(SEED);
  }

  @Test
  void nonNumericNumbersAllowedByTheHostAreStillNotDecimals() {
    ObjectMapper nan = JsonMapper.builder().addModule(new OkrModule())
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    String json = BadInputTest.change("'baseline':0", "'baseline':NaN");
    assertThat(codesAt(WireSupport.failure(Json.wrap(nan), json, OkrSet.class)))
        .containsExactly("okr.json.malformed.decimal at /objectives/0/keyResults/0/metric/baseline");
  }

  @Test
  void aTreeKeepsDecimalsExactWhenTheHostAsksForBigDecimals() throws Exception {
    ObjectMapper exact = JsonMapper.builder().addModule(new OkrModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).build();
    JsonNode tree = exact.readTree(canonical());
    assertThat(exact.treeToValue(tree, OkrSet.class)).isEqualTo(SEED);
  }

  @Test
  void anEmbeddedDocumentReportsPointersFromTheHostsRoot() {
    record Envelope(String tenant, OkrSet okrs) {}
    String json = "{\"tenant\":\"t1\",\"okrs\":" + BadInputTest.change("'title':'Grow'", "'title':7") + "}";
    Failure e = WireSupport.failure(json, Envelope.class);
    assertThat(codesAt(e)).containsExactly("okr.json.wrong-type at /okrs/objectives/0/title");
  }

  @Test
  void aHostsListOfObjectivesIsAListOfDocuments() throws Exception {
    List<org.okr4j.model.Objective> objectives = SEED.objectives().toJavaList();
    String json = WireSupport.MAPPER.write(objectives);
    assertThat(json).startsWith("[{\"format\":\"okr4j/1\",\"kind\":\"objective\"");
    List<org.okr4j.model.Objective> back = new ObjectMapper().registerModule(new OkrModule()).readValue(json,
        new com.fasterxml.jackson.core.type.TypeReference<List<org.okr4j.model.Objective>>() {});
    assertThat(back).isEqualTo(objectives);
  }

  /** The seed written by a module with decimals as strings. */
  private static final class OkrModuleDecimalsAsStrings {
    String json() throws Exception {
      return new ObjectMapper().registerModule(new OkrModule().withDecimalsAsStrings()).writeValueAsString(SEED);
    }
  }
}
