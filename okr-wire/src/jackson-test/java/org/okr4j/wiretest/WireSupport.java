package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shared test helpers: the module under test ({@link Json}), the JSON Schema shipped in its jar, and
 * helpers that read a document expecting problems.
 */
final class WireSupport {

  /** A mapper with the default module. */
  static final Json MAPPER = Json.DEFAULT;

  /** The schema shipped in the jar, with format assertions on. */
  static final Schema SCHEMA = loadSchema();

  private WireSupport() {}

  private static Schema loadSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = Json.schema()) {
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
  static Failure failure(Json mapper, Object json, Class<?> type) {
    Failure f = mapper.fail(json, type);
    assertThat(f.isInvalidDocument()).as("reading should fail with the module's exception: %s", f.exception())
        .isTrue();
    return f;
  }

  /** Reads {@code json} as {@code type} with the default mapper, expecting the module's exception. */
  static Failure failure(String json, Class<?> type) {
    return failure(MAPPER, json, type);
  }

  /** The problems of a failure as {@code code at pointer}, in order. */
  static List<String> codesAt(Failure e) {
    return e.codesAt();
  }

  /** The wire token of an enum constant: {@code AT_LEAST} is {@code at-least}. */
  static String token(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
