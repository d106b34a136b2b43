package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.okr4j.wiretest.WireSupport.codesAt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * {@code scorecard} documents: every score with its explanations is written, in a fixed order and
 * byte for byte the same for equal scorecards, and conforms to the schema. A {@link GraphScorecard}
 * is written with its set and alignment and read back by scoring them again; a document whose scores
 * differ from the computed ones is refused with {@code okr.json.scorecard-mismatch} at the first
 * difference. A plain {@link Scorecard} from the scorer carries its set and reads back; one put
 * together by {@link Scorecard#assemble} does not: its document lacks {@code set} and reading it
 * reports {@code okr.required at /set}.
 */
class ScorecardWireTest {

  /** The end of Q1 2026 (in UTC): every Q1 check-in of the seed counts. */
  static final Instant END_OF_Q1 = Instant.parse("2026-04-01T00:00:00Z");

  /** Reads numbers exactly, so that written decimals compare with the model's. */
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  static Scorecard marketingCard() {
    return Scorer.evaluate(SeedOkrs.marketing(), ScoringPolicy.defaults(), END_OF_Q1);
  }

  /**
   * The seed rolled up through one contributing link, o-social → o-brand, under the pooled roll-up,
   * as of the end of Q1: the scorecard of the {@code marketing.scorecard.json} fixture.
   */
  static GraphScorecard marketingScores() {
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(SeedOkrs.marketing(), AlignmentPolicy.permissive(),
        java.util.List.of(Link.contributes(new NodeRef.OfObjective(ObjectiveId.of("o-social")),
            new NodeRef.OfObjective(ObjectiveId.of("o-brand")), BigDecimal.ONE)));
    return GraphScorecard.evaluate(graph, pooled(), END_OF_Q1);
  }

  private static ScoringPolicy pooled() {
    return ScoringPolicy.defaults().withRollUp(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED));
  }

  @Test
  void scorecardsAreWrittenStablyAndConformToTheSchema() throws IOException {
    String json = Json.DEFAULT.write(marketingCard());
    assertThat(json).startsWith("{\"format\":\"okr4j/1\",\"kind\":\"scorecard\",\"asOf\":\"2026-04-01T00:00:00Z\","
        + "\"policy\":{\"progress\":{");
    // Scoring again gives an equal scorecard and the same bytes.
    assertThat(Json.DEFAULT.write(marketingCard())).isEqualTo(json);
    WireSupport.assertSchemaValid(json);
    WireSupport.assertSchemaValid(Json.of(org.okr4j.wire.Settings.DEFAULTS.withDecimalsAsStrings(true))
        .write(marketingCard()));
  }

  @Test
  void scoresAreWrittenWithTheirWorkedNumbers() throws IOException {
    JsonNode card = TREES.readTree(Json.DEFAULT.write(marketingCard()));
    JsonNode brand = card.get("objectives").get(1);
    assertThat(brand.get("id").asText()).isEqualTo("o-brand");
    JsonNode talks = brand.get("keyResults").get(1);
    assertThat(talks.get("id").asText()).isEqualTo("kr-talks");
    // kr-talks: linear 0 → 5, latest check-in 2, so progress (2 − 0) / (5 − 0) = 0.4; weight 0.5.
    assertThat(talks.get("progress").decimalValue()).isEqualByComparingTo("0.4");
    assertThat(talks.get("weight").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(talks.get("lastCheckIn").asText()).isEqualTo("2026-02-15T02:00:00Z");
    // Confidence 7 on a scale of 10 is the fraction 0.7.
    assertThat(talks.get("confidence").decimalValue()).isEqualByComparingTo("0.7");
    // kr-cobrand: milestones weighted 1, 1, 2 with m1 done, so 1 / 4 = 0.25.
    assertThat(brand.get("keyResults").get(2).get("progress").decimalValue()).isEqualByComparingTo("0.25");
    // kr-exposure has no check-in: not scored, so no progress field at all.
    assertThat(brand.get("keyResults").get(0).has("progress")).isFalse();
    assertThat(talks.get("forecast").get("method").asText()).isNotEmpty();
  }

  @Test
  void aScoreOfAnotherInstantCarriesItsOwnAsOf() throws IOException {
    // Assembled one second after the scores were computed: each score says when it was computed.
    Scorecard card = Scorecard.assemble(END_OF_Q1.plusSeconds(1), ScoringPolicy.defaults(), marketingCard().objectives());
    String written = Json.DEFAULT.write(card);
    WireSupport.assertSchemaValid(written);
    JsonNode json = TREES.readTree(written);
    assertThat(json.get("asOf").asText()).isEqualTo("2026-04-01T00:00:01Z");
    JsonNode first = json.get("objectives").get(0);
    assertThat(first.get("asOf").asText()).isEqualTo("2026-04-01T00:00:00Z");
    assertThat(first.get("keyResults").get(0).get("asOf").asText()).isEqualTo("2026-04-01T00:00:00Z");
    // Scores of the scorecard's own instant do not repeat it.
    assertThat(TREES.readTree(Json.DEFAULT.write(marketingCard())).get("objectives").get(0)
        .has("asOf")).isFalse();
  }

  @Test
  void explanationsAreWrittenAsWholeTrees() throws IOException {
    Scorecard card = marketingCard();
    JsonNode json = TREES.readTree(Json.DEFAULT.write(card));
    for (int i = 0; i < card.objectives().size(); i++) {
      ObjectiveScore o = card.objectives().get(i);
      JsonNode oj = json.get("objectives").get(i);
      assertSameTree(oj.get("explanation"), o.explanation());
      for (int k = 0; k < o.keyResults().size(); k++) {
        KeyResultScore kr = o.keyResults().get(k);
        JsonNode kj = oj.get("keyResults").get(k);
        assertSameTree(kj.get("explanation"), kr.explanation());
        assertSameTree(kj.get("statusExplanation"), kr.statusExplanation());
        assertSameTree(kj.get("forecastExplanation"), kr.forecastExplanation());
      }
    }
  }

  @Test
  void alignedChildrenAreWrittenWithTheRollUp() throws IOException {
    // o-social contributes to o-brand; under the pooled roll-up it is one of o-brand's children.
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(SeedOkrs.marketing(), AlignmentPolicy.permissive(),
        java.util.List.of(Link.contributes(new NodeRef.OfObjective(ObjectiveId.of("o-social")),
            new NodeRef.OfObjective(ObjectiveId.of("o-brand")), BigDecimal.ONE)));
    GraphScorecard scored = GraphScorecard.evaluate(graph, pooled(), END_OF_Q1);
    Scorecard card = scored.scorecard();
    String written = Json.DEFAULT.write(card);
    WireSupport.assertSchemaValid(written);
    JsonNode json = TREES.readTree(written);
    int at = card.objectives().map(ObjectiveScore::id).indexOf(ObjectiveId.of("o-brand"));
    ObjectiveScore brand = card.objectives().get(at);
    assertThat(brand.children()).isNotEmpty();
    JsonNode children = json.get("objectives").get(at).get("children");
    assertThat(children.size()).isEqualTo(brand.children().size());
    Contribution first = brand.children().get(0);
    assertThat(children.get(0).get("kind").asText()).isEqualTo(WireSupport.token(first.kind()));
    assertThat(children.get(0).get("id").asText()).isEqualTo(first.id());
    assertSameTree(json.get("objectives").get(at).get("explanation"), brand.explanation());
  }

  @Test
  void theMarketingScorecardRoundTripsThroughItsSetAndAlignment() throws IOException {
    GraphScorecard scores = marketingScores();
    String json = Json.DEFAULT.write(scores);
    WireSupport.assertSchemaValid(json);
    assertThat(json).contains("\"set\":{\"cycles\":[", "\"alignment\":{\"policy\":{\"parents\":\"multiple\"");
    GraphScorecard back = Json.DEFAULT.read(json, GraphScorecard.class);
    assertThat(back).isEqualTo(scores);
    assertThat(Json.DEFAULT.write(back)).isEqualTo(json);
    // Read as a plain Scorecard, the same document gives the rolled-up scorecard.
    assertThat(Json.DEFAULT.read(json, Scorecard.class)).isEqualTo(scores.scorecard());
    // A document with decimals as strings is the same document.
    String strings = Json.of(org.okr4j.wire.Settings.DEFAULTS.withDecimalsAsStrings(true)).write(scores);
    assertThat(Json.DEFAULT.read(strings, GraphScorecard.class)).isEqualTo(scores);
    // Through a plain Jackson tree (other spacing, same tokens) it still reads.
    assertThat(Json.DEFAULT.read(TREES.writeValueAsString(TREES.readTree(json)), GraphScorecard.class))
        .isEqualTo(scores);
  }

  /**
   * A key-result cascade is part of the roll-up, so it is written: kr-talks (o-brand, latest check-in
   * 2) contributes to kr-share (o-company, latest check-in 10.8). Under {@code SUMMED_VALUES} kr-share's
   * current value becomes 2 and under {@code MEAN_OF_PROGRESS} its progress becomes kr-talks' 0.4, so
   * the scores differ from {@code NONE}; each cascade's document reads back equal and rewrites to the same bytes, and the
   * same document without its cascade is refused as a mismatch.
   */
  @Test
  void aKeyResultCascadeIsWrittenAndReadBack() throws IOException {
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(SeedOkrs.marketing(), AlignmentPolicy.permissive(),
        java.util.List.of(Link.contributes(new NodeRef.OfKeyResult(KeyResultId.of("kr-talks")),
            new NodeRef.OfKeyResult(KeyResultId.of("kr-share")), BigDecimal.ONE)));
    GraphScorecard none = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), END_OF_Q1);
    for (GraphScorecard.Cascade cascade : GraphScorecard.Cascade.values()) {
      GraphScorecard scores = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), END_OF_Q1, cascade);
      String json = WireSupport.MAPPER.write(scores);
      WireSupport.assertSchemaValid(json);
      assertThat(json.contains("\"cascade\":\"" + WireSupport.token(cascade) + "\""))
          .as("cascade written for %s", cascade).isEqualTo(cascade != GraphScorecard.Cascade.NONE);
      GraphScorecard back = WireSupport.MAPPER.read(json, GraphScorecard.class);
      assertThat(back).isEqualTo(scores);
      assertThat(back.cascade()).isEqualTo(cascade);
      assertThat(WireSupport.MAPPER.write(back)).isEqualTo(json);
      if (cascade != GraphScorecard.Cascade.NONE) {
        assertThat(scores.scorecard()).isNotEqualTo(none.scorecard());
        String withoutCascade = json.replace(",\"cascade\":\"" + WireSupport.token(cascade) + "\"", "");
        assertThat(codesAt(WireSupport.failure(withoutCascade, GraphScorecard.class)))
            .singleElement().asString().startsWith("okr.json.scorecard-mismatch at /objectives/");
      }
    }
    assertThat(codesAt(WireSupport.failure(WireSupport.MAPPER.write(none).replace("\"links\":[",
        "\"cascade\":\"sideways\",\"links\":["), GraphScorecard.class)))
        .containsExactly("okr.json.unknown-value at /alignment/cascade");
  }

  @Test
  void aTamperedProgressIsAMismatchAtItsPointer() throws IOException {
    JsonNode json = TREES.readTree(Json.DEFAULT.write(marketingScores()));
    com.fasterxml.jackson.databind.node.ObjectNode talks =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.get("objectives").get(1).get("keyResults").get(1);
    assertThat(talks.get("id").asText()).isEqualTo("kr-talks");
    // kr-talks: linear 0 → 5, latest check-in 2, so its progress is (2 − 0) / (5 − 0) = 0.4; claim 0.5.
    assertThat(talks.get("progress").decimalValue()).isEqualByComparingTo("0.4");
    talks.put("progress", new BigDecimal("0.5"));
    String tampered = TREES.writeValueAsString(json);
    for (Class<?> type : java.util.List.of(GraphScorecard.class, Scorecard.class)) {
      Failure e = WireSupport.failure(tampered, type);
      assertThat(codesAt(e)).containsExactly("okr.json.scorecard-mismatch at /objectives/1/keyResults/1/progress");
      assertThat(e.getMessage()).contains("is 0.5, but scoring the document's set under its policy at its asOf gives 0.4");
    }
  }

  @Test
  void aTamperedExplanationOrAMissingScoreIsAMismatchToo() throws IOException {
    JsonNode json = TREES.readTree(Json.DEFAULT.write(marketingScores()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("objectives").get(0).get("explanation"))
        .put("label", "objective o-made-up");
    assertThat(codesAt(WireSupport.failure(TREES.writeValueAsString(json), GraphScorecard.class)))
        .containsExactly("okr.json.scorecard-mismatch at /objectives/0/explanation/label");
    JsonNode fewer = TREES.readTree(Json.DEFAULT.write(marketingScores()));
    int last = fewer.get("objectives").size() - 1;
    ((com.fasterxml.jackson.databind.node.ArrayNode) fewer.get("objectives")).remove(last);
    Failure e = WireSupport.failure(TREES.writeValueAsString(fewer), GraphScorecard.class);
    assertThat(codesAt(e)).containsExactly("okr.json.scorecard-mismatch at /objectives");
    assertThat(e.getMessage()).contains("is the end of an array, but scoring");
  }

  @Test
  void anInvalidSetIsReportedAtItsPointerAndNothingIsScored() throws IOException {
    JsonNode json = TREES.readTree(Json.DEFAULT.write(marketingScores()));
    // kr-talks: a negative weight is invalid (a target equal to its baseline no longer is: scoring decides)
    JsonNode talks = json.get("set").get("objectives").get(1).get("keyResults").get(1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) talks).put("weight", BigDecimal.ONE.negate());
    assertThat(codesAt(WireSupport.failure(TREES.writeValueAsString(json), GraphScorecard.class)))
        .containsExactly("okr.out-of-range at /set/objectives/1/keyResults/1/weight");
  }

  @Test
  void aMissingScoreFieldIsAMismatchAtTheFieldFound() throws IOException {
    JsonNode json = TREES.readTree(Json.DEFAULT.write(marketingScores()));
    // o-company is scored: its fields run id, raw, progress...; without raw, progress comes first.
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("objectives").get(0)).remove("raw");
    Failure e = WireSupport.failure(TREES.writeValueAsString(json), Scorecard.class);
    assertThat(codesAt(e)).containsExactly("okr.json.scorecard-mismatch at /objectives/0/progress");
    assertThat(e.getMessage()).contains("is field \"progress\", but scoring the document's set under its policy"
        + " at its asOf gives field \"raw\"");
  }

  @Test
  void aScorerMadeScorecardCarriesItsSetAndReadsBack() throws IOException {
    String json = Json.DEFAULT.write(marketingCard());
    assertThat(TREES.readTree(json).has("set")).isTrue();
    assertThat(TREES.readTree(json).has("alignment")).isFalse();
    Scorecard back = Json.DEFAULT.read(json, Scorecard.class);
    assertThat(back).isEqualTo(marketingCard());
    assertThat(back.set()).contains(SeedOkrs.marketing());
    assertThat(Json.DEFAULT.write(back)).isEqualTo(json);
  }

  @Test
  void aScorecardWithoutItsSetIsAMissingField() throws IOException {
    // An assembled Scorecard does not know the set its scores came from, so its document has no set
    // to score again.
    Scorecard card = marketingCard();
    String json = Json.DEFAULT.write(Scorecard.assemble(card.asOf(), card.policy(), card.objectives()));
    assertThat(TREES.readTree(json).has("set")).isFalse();
    Failure e = WireSupport.failure(json, Scorecard.class);
    assertThat(codesAt(e)).containsExactly("okr.required at /set");
    assertThat(codesAt(WireSupport.failure(json, GraphScorecard.class)))
        .containsExactly("okr.required at /set", "okr.required at /alignment");
    // Reading it as another kind is the usual kind mismatch.
    assertThat(codesAt(WireSupport.failure(json, OkrSet.class))).containsExactly("okr.json.unknown-kind at /kind");
  }

  @Test
  void aScorecardWithItsSetButNoAlignmentIsScoredWithoutRollUp() throws IOException {
    JsonNode json = TREES.readTree(Json.DEFAULT.write(
        GraphScorecard.evaluate(AlignmentGraph.buildOrThrow(SeedOkrs.marketing(), AlignmentPolicy.permissive(),
            java.util.List.of()), ScoringPolicy.defaults(), END_OF_Q1)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("alignment");
    String withoutAlignment = TREES.writeValueAsString(json);
    WireSupport.assertSchemaValid(withoutAlignment);
    assertThat(Json.DEFAULT.read(withoutAlignment, Scorecard.class)).isEqualTo(marketingCard());
    assertThat(codesAt(WireSupport.failure(withoutAlignment, GraphScorecard.class)))
        .containsExactly("okr.required at /alignment");
  }

  @Test
  void aCycleInTheAlignmentComesBackUnderAlignment() throws IOException {
    JsonNode json = TREES.readTree(Json.DEFAULT.write(marketingScores()));
    // The document's only link is o-social → o-brand; o-brand → o-social closes a cycle.
    ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("alignment").get("links")).addObject()
        .<com.fasterxml.jackson.databind.node.ObjectNode>set("child", TREES.createObjectNode().put("kind", "objective")
            .put("id", "o-brand"))
        .<com.fasterxml.jackson.databind.node.ObjectNode>set("parent", TREES.createObjectNode().put("kind", "objective")
            .put("id", "o-social"))
        .put("kind", "contributes");
    assertThat(codesAt(WireSupport.failure(TREES.writeValueAsString(json), GraphScorecard.class)))
        .containsExactly("okr.alignment.cycle at /alignment/links/1");
  }

  /** A scorecard document whose explanation nests {@code depth} levels, generated on the fly. */
  private static GeneratedInput deeplyExplained(int depth) {
    String head = "{\"format\":\"okr4j/1\",\"kind\":\"scorecard\",\"asOf\":\"2026-04-01T00:00:00Z\","
        + "\"objectives\":[{\"id\":\"o-deep\",\"explanation\":";
    return GeneratedInput.of(head, 3, k -> switch (k) {
      case 0 -> "{\"label\":\"x\",\"inputs\":[".repeat(depth);
      case 1 -> "{\"label\":\"leaf\",\"value\":1}";
      default -> "]}".repeat(depth);
    }, "}]}");
  }

  @Test
  void explanationsNestedOneHundredThousandDeepAreRejectedWithoutRecursion() {
    Json unconstrained = Json.unconstrained(org.okr4j.wire.Settings.DEFAULTS);
    // The parser's nesting limit stops the copy of the scores: a Jackson exception, no stack overflow.
    Throwable limited = catchThrowable(() -> Json.DEFAULT.read(deeplyExplained(100_000), Scorecard.class));
    assertThat(Json.isJackson(limited)).as("%s", limited).isTrue();
    // Without it the scores are copied without recursion, and the missing fields are reported.
    Failure t = unconstrained.fail(deeplyExplained(100_000), Scorecard.class);
    assertThat(t.isInvalidDocument()).as("%s", t.exception()).isTrue();
    assertThat(codesAt(t)).containsExactly("okr.required at /policy", "okr.required at /set");
    for (Json mapper : java.util.List.of(WireSupport.MAPPER, unconstrained)) {
      // Read as another kind, the parser's limit or the iterative skip bounds it: only Jackson exceptions.
      Throwable other = catchThrowable(() -> mapper.read(deeplyExplained(100_000), OkrSet.class));
      assertThat(Json.isJackson(other)).as("%s", other).isTrue();
    }
  }

  /** An objective score whose aligned child carries an explanation {@code depth} levels deep. */
  private static Scorecard withChildExplanation(int depth) {
    Explanation deep = Explanation.input("leaf", BigDecimal.ONE, "");
    for (int i = 0; i < depth - 1; i++) {
      deep = Explanation.of("level " + i, Option.some(BigDecimal.ONE), "", "", List.of(deep));
    }
    Contribution child = Contribution.of(Contribution.Kind.OBJECTIVE, "o-deep", "Deep", Option.some(BigDecimal.ONE),
        BigDecimal.ONE).withDetail(deep);
    ScoringPolicy policy = pooled();
    var brand = SeedOkrs.brand();
    var krs = brand.keyResults().map(kr -> Scorer.scoreKeyResult(kr, SeedOkrs.Q1, policy, END_OF_Q1));
    return Scorecard.assemble(END_OF_Q1, policy,
        List.of(Scorer.scoreObjective(brand, krs, List.of(child), policy, END_OF_Q1)));
  }

  @Test
  void explanationsDeeperThanTheLimitAreRefusedByTheWriter() throws IOException {
    Throwable t = catchThrowable(() -> Json.DEFAULT.write(withChildExplanation(100_000)));
    assertThat(Json.isMapping(t)).as("%s", t).isTrue();
    assertThat(t).hasMessageContaining("okr.json.too-deep at /objectives/0/explanation/")
        .hasMessageContaining("more than " + org.okr4j.wire.Wire.MAX_EXPLANATION_DEPTH + " levels deep");
    // A child's explanation 150 deep sits within the limit of 200 and is written whole.
    String json = Json.DEFAULT.write(withChildExplanation(150));
    Scorecard card = withChildExplanation(150);
    assertSameTree(TREES.readTree(json).get("objectives").get(0).get("explanation"),
        card.objectives().get(0).explanation());
  }

  /** Asserts that {@code node} is {@code e} written: label, value, formula, rule and inputs, all the way down. */
  static void assertSameTree(JsonNode node, Explanation e) {
    java.util.ArrayDeque<Object[]> todo = new java.util.ArrayDeque<>();
    todo.push(new Object[] {node, e});
    while (!todo.isEmpty()) {
      Object[] pair = todo.pop();
      JsonNode n = (JsonNode) pair[0];
      Explanation x = (Explanation) pair[1];
      assertThat(n.get("label").asText()).isEqualTo(x.label());
      if (x.value().isDefined()) {
        assertThat(n.get("value").decimalValue()).isEqualTo(x.value().get());
      } else {
        assertThat(n.has("value")).isFalse();
      }
      assertThat(n.has("formula") ? n.get("formula").asText() : "").isEqualTo(x.formula());
      assertThat(n.has("rule") ? n.get("rule").asText() : "").isEqualTo(x.rule());
      int size = n.has("inputs") ? n.get("inputs").size() : 0;
      assertThat(size).as("inputs of %s", x.label()).isEqualTo(x.inputs().size());
      for (int i = 0; i < size; i++) {
        todo.push(new Object[] {n.get("inputs").get(i), x.inputs().get(i)});
      }
    }
  }
}
