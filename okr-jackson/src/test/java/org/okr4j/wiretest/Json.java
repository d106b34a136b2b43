package org.okr4j.wiretest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import org.okr4j.jackson.OkrInputException;
import org.okr4j.jackson.OkrModule;
import org.okr4j.wire.Settings;

/**
 * The module under test behind the calls the shared JSON tests make: here Jackson 2's
 * {@code okr-jackson}. {@code okr-jackson3} has a class of the same name for Jackson 3, so one set
 * of test sources runs against both.
 */
final class Json {

  /** A mapper with the default module. */
  static final Json DEFAULT = of(Settings.DEFAULTS);

  private final ObjectMapper mapper;

  private Json(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The module configured with {@code settings}. */
  static OkrModule module(Settings settings) {
    return new OkrModule().withDecimalsAsStrings(settings.decimalsAsStrings())
        .withUnknownFieldsIgnored(settings.ignoreUnknownFields()).withMaxArrayLength(settings.maxArrayLength())
        .withMaxObjectives(settings.maxObjectives()).withMaxLinks(settings.maxLinks())
        .withMaxCheckIns(settings.maxCheckIns()).withCompactDocuments(settings.compact())
        .withBareCheckIns(settings.bareCheckIns());
  }

  /** The host's own mapper, for the Jackson 2 host-settings tests. */
  static Json wrap(ObjectMapper mapper) {
    return new Json(mapper);
  }

  /** A default mapper with a module of {@code settings}. */
  static Json of(Settings settings) {
    return new Json(new ObjectMapper().registerModule(module(settings)));
  }

  /** A mapper that indents its output. */
  static Json pretty() {
    return new Json(new ObjectMapper().registerModule(new OkrModule()).enable(SerializationFeature.INDENT_OUTPUT));
  }

  /** A mapper whose parser lets everything through, so that only the module bounds the input. */
  static Json unconstrained(Settings settings) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
        .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build()).build();
    return new Json(new ObjectMapper(factory).registerModule(module(settings)));
  }

  /** A default mapper whose parser reads documents of at most {@code length} bytes. */
  static Json withMaxDocumentLength(long length) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(length).build()).build();
    return new Json(new ObjectMapper(factory).registerModule(new OkrModule()));
  }

  /** The longest string the parser reads by default. */
  static int maxStringLength() {
    return StreamReadConstraints.defaults().getMaxStringLength();
  }

  /** The JSON Schema shipped in this module's jar. */
  static InputStream schema() {
    return OkrModule.class.getResourceAsStream("okr4j-1.schema.json");
  }

  String write(Object value) throws IOException {
    return mapper.writeValueAsString(value);
  }

  byte[] writeBytes(Object value) throws IOException {
    return mapper.writeValueAsBytes(value);
  }

  String writePretty(Object value) throws IOException {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  <T> T read(String json, Class<T> type) throws IOException {
    return mapper.readValue(json, type);
  }

  <T> T read(byte[] json, Class<T> type) throws IOException {
    return mapper.readValue(json, type);
  }

  <T> T read(InputStream json, Class<T> type) throws IOException {
    return mapper.readValue(json, type);
  }

  /** Reads expecting failure; the module's exception as data, or any other exception. */
  Failure fail(Object json, Class<?> type) {
    try {
      Object value = json instanceof String s ? mapper.readValue(s, type)
          : json instanceof byte[] b ? mapper.readValue(b, type) : mapper.readValue((InputStream) json, type);
      throw new AssertionError("reading should fail, but gave " + value);
    } catch (OkrInputException e) {
      return new Failure(e.problems(), e.count(), e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      return new Failure(java.util.List.of(), 0, String.valueOf(e.getMessage()), e);
    }
  }

  /** Whether {@code t} is a Jackson exception (parse, constraint, mapping). */
  static boolean isJackson(Throwable t) {
    return t instanceof JacksonException;
  }

  /** Whether {@code t} is the parser's refusal of input beyond its {@code StreamReadConstraints}. */
  static boolean isConstraint(Throwable t) {
    return t instanceof StreamConstraintsException;
  }

  /** Whether {@code t} is the module's exception for an invalid document. */
  static boolean isModuleException(Throwable t) {
    return t instanceof OkrInputException && t instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException;
  }

  /** Whether {@code t} is a mapping exception, as the writer's refusal of a too-deep explanation is. */
  static boolean isMapping(Throwable t) {
    return t instanceof JsonMappingException;
  }

  /** Whether {@code t} refuses a model part on its own. */
  static boolean isBadDefinition(Throwable t) {
    return t instanceof InvalidDefinitionException;
  }
}
