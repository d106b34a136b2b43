package org.okr4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shared test helpers: a mapper with the module, the shipped JSON Schema, and helpers that read a
 * document expecting problems.
 */
final class WireSupport {

  /** A mapper with the default module. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());

  /** The schema shipped in the jar, with format assertions on. */
  static final Schema SCHEMA = loadSchema();

  private WireSupport() {}

  private static Schema loadSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = OkrModule.class.getResourceAsStream("okr4j-1.schema.json")) {
      assertThat(in).as("schema resource").isNotNull();
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema's complaints about {@code json}, empty if it conforms. */
  static List<String> schemaErrors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** Asserts that {@code json} conforms to the schema. */
  static void assertSchemaValid(String json) {
    assertThat(schemaErrors(json)).as("schema errors of %s", json).isEmpty();
  }

  /** Reads {@code json} as {@code type} with {@code mapper}, expecting the module's exception. */
  static OkrInputException failure(ObjectMapper mapper, String json, Class<?> type) {
    OkrInputException e = catchThrowableOfType(OkrInputException.class, () -> mapper.readValue(json, type));
    assertThat(e).as("reading %s should fail", json).isNotNull();
    return e;
  }

  /** Reads {@code json} as {@code type} with the default mapper, expecting the module's exception. */
  static OkrInputException failure(String json, Class<?> type) {
    return failure(MAPPER, json, type);
  }

  /** The problems of an exception as {@code code at pointer}, in order. */
  static List<String> codesAt(OkrInputException e) {
    return e.problems().stream().map(p -> p.code() + " at " + p.pointer()).collect(Collectors.toList());
  }
}
