package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;

/**
 * {@code alignment-graph} documents: the set, the policy and the links round trip exactly and byte
 * for byte; reading goes through {@code AlignmentGraph.build}, so cycles, dangling ids and policy
 * violations come back with their codes at JSON Pointers.
 */
class AlignmentGraphWireTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  private static NodeRef o(String id) {
    return new NodeRef.OfObjective(ObjectiveId.of(id));
  }

  private static NodeRef kr(String id) {
    return new NodeRef.OfKeyResult(KeyResultId.of(id));
  }

  static AlignmentGraph graph(AlignmentPolicy policy) {
    return AlignmentGraph.buildOrThrow(SeedOkrs.marketing(), policy, List.of(
        Link.contributes(o("o-brand"), kr("kr-share"), new BigDecimal("0.50")),
        Link.supports(o("o-social"), o("o-brand"))));
  }

  @Test
  void graphsRoundTripExactlyAndByteForByte() throws IOException {
    for (AlignmentPolicy policy : List.of(AlignmentPolicy.permissive(), AlignmentPolicy.defaults())) {
      AlignmentGraph graph = AlignmentGraph.buildOrThrow(SeedOkrs.marketing(), policy, graph(AlignmentPolicy.permissive()).links());
      String json = Json.DEFAULT.write(graph);
      AlignmentGraph back = Json.DEFAULT.read(json, AlignmentGraph.class);
      assertThat(back).isEqualTo(graph);
      assertThat(back.links()).isEqualTo(graph.links());
      assertThat(Json.DEFAULT.write(back)).isEqualTo(json);
      WireSupport.assertSchemaValid(json);
    }
    AlignmentGraph empty = AlignmentGraph.of(SeedOkrs.marketing());
    assertThat(Json.DEFAULT.read(Json.DEFAULT.write(empty), AlignmentGraph.class))
        .isEqualTo(empty);
  }

  @Test
  void linksAreWrittenWithNodeKindsAndWeights() throws IOException {
    String json = Json.DEFAULT.write(graph(AlignmentPolicy.permissive()));
    assertThat(json).contains("\"policy\":{\"parents\":\"multiple\",\"levels\":\"free\",\"cycles\":\"any\"},"
        + "\"links\":[{\"child\":{\"kind\":\"objective\",\"id\":\"o-brand\"},\"parent\":{\"kind\":\"key-result\","
        + "\"id\":\"kr-share\"},\"kind\":\"contributes\",\"weight\":0.50},");
  }

  @Test
  void cyclesComeBackWithTheirLinkPointer() {
    assertThat(bad(links -> links.add(link("objective", "o-brand", "objective", "o-social", "supports"))))
        .singleElement().asString().isEqualTo("okr.alignment.cycle at /links/2");
  }

  @Test
  void danglingIdsComeBackAtTheNode() {
    assertThat(bad(links -> links.add(link("objective", "o-nowhere", "objective", "o-brand", "supports"))))
        .containsExactly("okr.alignment.unknown-node at /links/2/child");
  }

  @Test
  void policyViolationsComeBackAtTheLink() {
    List<String> codes = bad(d -> {
      ((ObjectNode) d.get("policy")).put("parents", "single").put("levels", "no-skipping").put("cycles", "same-cycle");
      ((ArrayNode) d.get("links")).add(link("objective", "o-brand", "objective", "o-insight", "contributes"));
    }, true);
    assertThat(codes).isNotEmpty().allMatch(c -> c.startsWith("okr.alignment.") && c.contains(" at /links/"));
  }

  @Test
  void aSecondContributingParentUnderASingleParentPolicyIsRejectedAtItsLink() throws IOException {
    // Policy: one parent per node (parents "single"), any level step, any cycle, so that only the
    // parent rule can object. o-social contributes to o-brand (link 0) and to o-conversion (link 1):
    // link 1 gives o-social its second parent and is the one reported.
    ObjectNode doc = (ObjectNode) TREES.readTree(Json.DEFAULT.write(graph(AlignmentPolicy.permissive())));
    ((ObjectNode) doc.get("policy")).put("parents", "single").put("levels", "free").put("cycles", "any");
    ArrayNode links = (ArrayNode) doc.get("links");
    links.removeAll();
    links.add(link("objective", "o-social", "objective", "o-brand", "contributes"));
    links.add(link("objective", "o-social", "objective", "o-conversion", "contributes"));
    Failure e = WireSupport.failure(TREES.writeValueAsString(doc), AlignmentGraph.class);
    assertThat(WireSupport.codesAt(e)).containsExactly("okr.alignment.too-many-parents at /links/1");
    assertThat(e.problems().get(0).message(java.util.Locale.ENGLISH)).contains("o-social");
    // The same two links under "multiple" are fine: the rule, not the links, is what objects.
    ((ObjectNode) doc.get("policy")).put("parents", "multiple");
    AlignmentGraph ok = Json.DEFAULT.read(TREES.writeValueAsString(doc), AlignmentGraph.class);
    assertThat(ok.links()).hasSize(2);
  }

  @Test
  void badNodesAndLinksAreReportedByField() {
    assertThat(bad(links -> links.add(link("team", "o-brand", "objective", "o-social", "supports"))))
        .containsExactly("okr.json.unknown-value at /links/2/child/kind");
    assertThat(bad(links -> links.add(link("objective", "o-brand", "objective", "o-social", "blocks"))))
        .containsExactly("okr.json.unknown-value at /links/2/kind");
    assertThat(bad(links -> ((ObjectNode) links.get(1)).put("weight", 1)))
        .containsExactly("okr.out-of-range at /links/1/weight");
    assertThat(bad(links -> ((ObjectNode) links.get(1).get("child")).put("id", "")).get(0))
        .endsWith(" at /links/1/child/id");
    assertThat(bad(links -> ((ObjectNode) links.get(0)).remove("parent")))
        .containsExactly("okr.required at /links/0/parent");
  }

  @Test
  void aBadSetOrPolicyIsReportedInside() {
    assertThat(bad(d -> ((ObjectNode) d.get("policy")).put("levels", "sideways"), true))
        .containsExactly("okr.json.unknown-value at /policy/levels");
    assertThat(bad(d -> ((ObjectNode) d.get("set")).put("extra", 1), true))
        .containsExactly("okr.json.unknown-field at /set/extra");
  }

  private static ObjectNode link(String childKind, String child, String parentKind, String parent, String kind) {
    ObjectNode link = TREES.createObjectNode();
    link.putObject("child").put("kind", childKind).put("id", child);
    link.putObject("parent").put("kind", parentKind).put("id", parent);
    link.put("kind", kind);
    return link;
  }

  private static List<String> bad(Consumer<ArrayNode> editLinks) {
    return bad(AlignmentPolicy.permissive().parents(), editLinks);
  }

  private static List<String> bad(AlignmentPolicy.ParentRule parents, Consumer<ArrayNode> editLinks) {
    return bad(d -> {
      ((ObjectNode) d.get("policy")).put("parents", WireSupport.token(parents));
      editLinks.accept((ArrayNode) d.get("links"));
    }, true);
  }

  private static List<String> bad(Consumer<ObjectNode> edit, boolean whole) {
    try {
      ObjectNode doc = (ObjectNode) TREES.readTree(Json.DEFAULT.write(graph(AlignmentPolicy.permissive())));
      edit.accept(doc);
      return WireSupport.codesAt(WireSupport.failure(TREES.writeValueAsString(doc), AlignmentGraph.class));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
