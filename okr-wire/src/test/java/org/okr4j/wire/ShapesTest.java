package org.okr4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema conformance of the field lists: every {@link Shape} the reader and writer use lists exactly
 * the properties the JSON Schema gives its value, in the same order, and marks required exactly the
 * properties the schema requires; every document kind's shape, with its envelope, is the schema's
 * document of that kind. A field added to the reader and writer but not to the schema, or the
 * other way round, fails here.
 */
class ShapesTest {

  private static final JsonNode SCHEMA = load();

  private static JsonNode load() {
    try {
      return new ObjectMapper().readTree(Path.of("../okr-jackson/src/main/resources/org/okr4j/jackson/okr4j-1.schema.json")
          .toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every shape constant of the field lists, with its name. */
  static Stream<Object[]> shapes() throws IllegalAccessException {
    List<Object[]> all = new ArrayList<>();
    for (Class<?> holder : List.of(ModelFields.class, MetricFields.class, PolicyFields.class, AlignmentFields.class,
        ScorecardFields.class, ResultFields.class)) {
      for (Field f : holder.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Shape.class) {
          f.setAccessible(true);
          all.add(new Object[] {holder.getSimpleName() + "." + f.getName(), f.get(null)});
        }
      }
    }
    return all.stream();
  }

  @Test
  void everyFieldListIsChecked() throws IllegalAccessException {
    assertThat(shapes().count()).isGreaterThan(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyShapeIsTheSchemasDescription(String name, Shape shape) {
    // A document's own fields are described with its envelope, checked by the next test.
    String location = shape.schema();
    Shape expected = location.startsWith("@") && location.indexOf('/') < 0
        ? shape.asDocument(location.substring(1)) : shape;
    JsonNode node = resolve(location);
    assertThat(node.has("properties")).as("%s at %s", name, shape.schema()).isTrue();
    assertSame(name, expected, node);
  }

  @Test
  void everyDocumentIsTheSchemasDocumentOfItsKind() {
    Map<DocumentKind, Shape> documents = Map.of(DocumentKind.OKR_SET, ModelFields.OKR_SET, DocumentKind.CYCLE,
        ModelFields.CYCLE, DocumentKind.OBJECTIVE, ModelFields.OBJECTIVE, DocumentKind.KEY_RESULT,
        ModelFields.KEY_RESULT, DocumentKind.CHECK_IN, ModelFields.CHECK_IN, DocumentKind.SCORING_POLICY,
        PolicyFields.SCORING_POLICY, DocumentKind.ALIGNMENT_GRAPH, AlignmentFields.GRAPH, DocumentKind.SCORECARD,
        ScorecardFields.SCORECARD, DocumentKind.GRAPH_SCORECARD, ScorecardFields.SCORECARD);
    assertThat(documents.keySet()).containsExactlyInAnyOrder(DocumentKind.values());
    documents.forEach((kind, shape) -> {
      Shape document = shape.asDocument(kind.wireName());
      JsonNode node = resolve(document.schema());
      if (!node.has("properties")) {
        node = resolveRef(node);
      }
      assertSame(kind.wireName() + " document", document, node);
    });
  }

  private static void assertSame(String name, Shape shape, JsonNode node) {
    List<String> properties = new ArrayList<>();
    node.get("properties").fieldNames().forEachRemaining(properties::add);
    assertThat(shape.names().toJavaList()).as("fields of %s", name).isEqualTo(properties);
    Set<String> required = new LinkedHashSet<>();
    if (node.has("required")) {
      node.get("required").forEach(r -> required.add(r.asText()));
    }
    Set<String> shapeRequired = new LinkedHashSet<>();
    shape.fields().stream().filter(org.okr4j.wire.Field::required).forEach(f -> shapeRequired.add(f.name()));
    assertThat(shapeRequired).as("required fields of %s", name).containsExactlyInAnyOrderElementsOf(required);
  }

  /**
   * Resolves a shape's schema location: {@code $defs/x/properties/y} is a JSON Pointer, {@code @kind}
   * picks the variant of a {@code oneOf} (the document's, at the start) whose {@code kind} is or
   * allows {@code kind}.
   */
  static JsonNode resolve(String location) {
    JsonNode node = SCHEMA;
    String rest = location;
    while (!rest.isEmpty()) {
      if (rest.startsWith("@")) {
        int end = rest.indexOf('/');
        String kind = end < 0 ? rest.substring(1) : rest.substring(1, end);
        node = variant(node, kind);
        rest = end < 0 ? "" : rest.substring(end + 1);
      } else {
        int end = rest.indexOf('@');
        String pointer = end < 0 ? rest : rest.substring(0, end);
        node = node.at("/" + (pointer.endsWith("/") ? pointer.substring(0, pointer.length() - 1) : pointer));
        rest = end < 0 ? "" : rest.substring(end);
      }
      assertThat(node.isMissingNode()).as("schema location %s", location).isFalse();
    }
    return node;
  }

  private static JsonNode resolveRef(JsonNode node) {
    return SCHEMA.at(node.get("$ref").asText().substring(1));
  }

  private static JsonNode variant(JsonNode node, String kind) {
    for (JsonNode v : node.get("oneOf")) {
      JsonNode k = v.path("properties").path("kind");
      if (kind.equals(k.path("const").asText(null))) {
        return v;
      }
      for (JsonNode allowed : k.path("enum")) {
        if (kind.equals(allowed.asText())) {
          return v;
        }
      }
    }
    throw new AssertionError("no variant of kind " + kind);
  }
}
