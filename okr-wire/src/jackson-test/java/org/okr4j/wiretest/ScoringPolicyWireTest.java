package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okr4j.model.Confidence;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.StatusPolicy;
import org.okr4j.scoring.StatusScale;

/**
 * {@code scoring-policy} documents: lossless round trips of the presets and of generated policies
 * (every sub-policy and option), byte-identical rewrites, schema conformance, and each kind of bad
 * input reported with its code and JSON Pointer. Replay a failure with {@code -DQT_SEED=<seed>}.
 */
class ScoringPolicyWireTest {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);
  private static final Json STRINGS = Json.of(org.okr4j.wire.Settings.DEFAULTS.withDecimalsAsStrings(true));
  private static final Json PRETTY = Json.pretty();
  private static final Json COMPACT = Json.of(org.okr4j.wire.Settings.DEFAULTS.withCompact(true));
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void presetsRoundTripExactly() {
    for (ScoringPolicy preset : PolicyGenerators.PRESETS) {
      roundTrip(WireSupport.MAPPER, preset);
      roundTrip(STRINGS, preset);
      roundTrip(PRETTY, preset);
    }
  }

  @Test
  void generatedPoliciesRoundTripExactlyAndByteForByte() {
    qt().withExamples(EXAMPLES).forAll(PolicyGenerators.policies())
        .checkAssert(policy -> roundTrip(WireSupport.MAPPER, policy));
  }

  @Test
  void generatedPoliciesRoundTripWithDecimalsAsStringsAndIndented() {
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(PolicyGenerators.policies())
        .checkAssert(policy -> {
          roundTrip(STRINGS, policy);
          roundTrip(PRETTY, policy);
        });
  }

  @Test
  void defaultPolicyHasTheDocumentedShape() throws IOException {
    String json = Json.DEFAULT.write(ScoringPolicy.defaults());
    assertThat(json).startsWith("{\"format\":\"okr4j/1\",\"kind\":\"scoring-policy\",\"progress\":{\"linearRule\":"
        + "\"from-baseline\",\"cap\":{},\"thresholdEquality\":\"as-declared\"");
    assertThat(json).contains("\"rollUp\":{\"method\":\"weighted-mean\",\"missing\":\"count-as-zero\","
        + "\"cap\":{\"floor\":0,\"ceiling\":1},\"children\":\"key-results-only\",\"empty\":\"not-scored\"}");
    assertThat(json).contains("\"scale\":{\"kind\":\"continuous\"}");
    assertThat(json).contains("\"neverUpdatedAfter\":0.5");
    assertThat(json).doesNotContain("staleAfterDays", "rangeTolerance", "initial");
  }

  @Test
  void otherDocumentKindsAreNotScoringPolicies() throws IOException {
    String cycle = Json.DEFAULT.write(SeedOkrs.Q1);
    Failure e = WireSupport.failure(cycle, ScoringPolicy.class);
    assertThat(WireSupport.codesAt(e)).containsExactly("okr.json.unknown-kind at /kind");
  }

  @Test
  void theStretchPolicyIsWrittenOnlyWhenSet() throws IOException {
    assertThat(Json.DEFAULT.write(ScoringPolicy.defaults())).doesNotContain("stretch");
    // Puzzle: the stretch level is 100 %, values below the baseline floored at 0
    String puzzle = Json.DEFAULT.write(ScoringPolicy.puzzle());
    assertThat(puzzle).contains("\"noCheckIn\":\"not-scored\",\"degenerate\":\"reject\",\"stretch\":{\"commitFraction\":0.3,"
        + "\"targetFraction\":0.7,\"reference\":\"stretch\",\"belowBaseline\":\"floor-at-zero\"}}");
    WireSupport.assertSchemaValid(puzzle);
    assertThat(Json.DEFAULT.read(puzzle, ScoringPolicy.class)).isEqualTo(ScoringPolicy.puzzle());
  }

  @Test
  void badStretchOptionsAreReportedAtTheirPointers() {
    assertThat(bad(ScoringPolicy.puzzle(), d -> obj(obj(d, "progress"), "stretch").put("commitFraction", 0.8)))
        .containsExactly("okr.out-of-range at /progress/stretch/commitFraction");
    assertThat(bad(ScoringPolicy.puzzle(), d -> obj(obj(d, "progress"), "stretch").put("reference", "goal")))
        .containsExactly("okr.json.unknown-value at /progress/stretch/reference");
    assertThat(bad(ScoringPolicy.puzzle(), d -> obj(obj(d, "progress"), "stretch").remove("belowBaseline")))
        .containsExactly("okr.required at /progress/stretch/belowBaseline");
  }

  @Test
  void theScoringConventionsOptionsRoundTripAndAreLeftOutWhenCompactAndDefault() throws IOException {
    ScoringPolicy defaults = ScoringPolicy.defaults();
    ScoringPolicy changed = defaults
        .withProgress(defaults.progress().withPeriodItems(ProgressPolicy.PeriodItems.MAX_ITEM)
            .withDegenerate(ProgressPolicy.Degenerate.HALF))
        .withRollUp(defaults.rollUp().withEmpty(RollUpPolicy.Empty.ZERO))
        .withStatus(defaults.status().withoutMissedStatus().withSource(StatusPolicy.StatusSource.MANUAL)
            .withStatusScale(StatusScale.boja()))
        .withConfidence(defaults.confidence().withLabels(io.vavr.collection.HashMap.of("tbd", Confidence.of(
            new java.math.BigDecimal("0.5")))));
    String json = write(changed);
    assertThat(json).contains("\"periodItems\":\"max-item\"", "\"degenerate\":\"half\"", "\"empty\":\"zero\"",
        "\"missedStatus\":\"none\",\"source\":\"manual\",\"statusScale\":{\"scores\":{\"achieved\":1,\"on-track\":1,"
            + "\"behind\":2,\"at-risk\":2,\"off-track\":3,\"missed\":3},\"rounding\":\"half-up\"}",
        "\"labels\":[{\"label\":\"tbd\",\"confidence\":0.5}]");
    roundTrip(WireSupport.MAPPER, changed);
    roundTrip(COMPACT, changed);
    // compact: the defaults of the new options are left out, every other option is written
    String compact = COMPACT.write(defaults);
    assertThat(compact).doesNotContain("periodItems", "degenerate", "\"empty\"", "missedStatus", "source",
        "statusScale", "labels").contains("\"noCheckIn\":\"not-scored\"");
    assertThat(COMPACT.read(compact, ScoringPolicy.class)).isEqualTo(defaults);
    // a document written before these options existed reads them at their defaults
    ObjectNode old = (ObjectNode) TREES.readTree(write(defaults));
    obj(old, "progress").remove(java.util.List.of("periodItems", "degenerate"));
    obj(old, "rollUp").remove("empty");
    obj(old, "status").remove(java.util.List.of("missedStatus", "source", "statusScale"));
    obj(old, "confidence").remove("labels");
    assertThat(Json.DEFAULT.read(TREES.writeValueAsString(old), ScoringPolicy.class)).isEqualTo(defaults);
  }

  @Test
  void badConventionOptionsAreReportedAtTheirWirePointers() {
    assertThat(bad(d -> obj(d, "status").put("missedStatus", "behind")))
        .containsExactly("okr.json.unknown-value at /status/missedStatus");
    assertThat(bad(d -> obj(obj(obj(d, "status"), "statusScale"), "scores").put("on-track", "1E+40")))
        .containsExactly("okr.out-of-range at /status/statusScale/scores/on-track");
    assertThat(bad(d -> obj(obj(obj(d, "status"), "statusScale"), "scores").remove("missed")))
        .containsExactly("okr.required at /status/statusScale/scores/missed");
    assertThat(bad(d -> obj(obj(d, "status"), "statusScale").put("rounding", "unnecessary")))
        .containsExactly("okr.json.unknown-value at /status/statusScale/rounding");
    assertThat(bad(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) obj(d, "confidence").get("labels"))
        .addObject().put("label", "low").put("confidence", 0.1)))
        .containsExactly("okr.duplicate-id at /confidence/labels/3");
    assertThat(bad(d -> ((ObjectNode) obj(d, "confidence").get("labels").get(0)).put("label", "  ")))
        .containsExactly("okr.blank at /confidence/labels/0/label");
    assertThat(bad(d -> ((ObjectNode) obj(d, "confidence").get("labels").get(1)).put("confidence", 1.5)))
        .containsExactly("okr.out-of-range at /confidence/labels/1/confidence");
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void missingFieldsAreRequiredOneProblemEach() {
    assertThat(bad(d -> {
      obj(d, "progress").remove("noCheckIn");
      obj(d, "progress").remove("cap");
      d.remove("forecast");
    })).containsExactly("okr.required at /progress/cap", "okr.required at /progress/noCheckIn",
        "okr.required at /forecast");
  }

  @Test
  void unknownEnumValuesAndFieldsAndWrongTypes() {
    assertThat(bad(d -> obj(d, "rollUp").put("method", "median")))
        .containsExactly("okr.json.unknown-value at /rollUp/method");
    assertThat(bad(d -> obj(d, "grading").put("extra", 1)))
        .containsExactly("okr.json.unknown-field at /grading/extra");
    assertThat(bad(d -> obj(d, "status").put("achievedAtOne", "yes")))
        .containsExactly("okr.json.wrong-type at /status/achievedAtOne");
    assertThat(bad(d -> obj(d, "status").put("staleAfterDays", "ten")))
        .containsExactly("okr.json.malformed.integer at /status/staleAfterDays");
    assertThat(bad(d -> obj(d, "status").put("staleAfterDays", 12345678901L)))
        .containsExactly("okr.out-of-range at /status/staleAfterDays");
    assertThat(bad(d -> obj(d, "status").put("staleAfterDays", 1.5)))
        .containsExactly("okr.json.wrong-type at /status/staleAfterDays");
  }

  @Test
  void unknownScaleKindIsReportedAtItsKind() {
    assertThat(bad(d -> obj(obj(d, "grading"), "scale").put("kind", "letters")))
        .containsExactly("okr.json.unknown-kind at /grading/scale/kind");
    assertThat(bad(d -> obj(obj(d, "grading"), "scale").set("levels", TREES.createArrayNode().add(0))))
        .containsExactly("okr.json.unknown-field at /grading/scale/levels");
  }

  @Test
  void duplicateFieldsAreReported() {
    String json = write(ScoringPolicy.defaults()).replace("\"forecast\":{\"method\":\"pace\",",
        "\"forecast\":{\"method\":\"pace\",\"method\":\"none\",");
    assertThat(WireSupport.codesAt(WireSupport.failure(json, ScoringPolicy.class)))
        .containsExactly("okr.json.duplicate-field at /forecast/method");
  }

  @Test
  void domainErrorsComeFromTheCoreWithTheirPointers() {
    assertThat(bad(d -> {
      obj(d, "grading").put("sweetSpotLow", 0.8).put("sweetSpotHigh", 0.7);
    })).containsExactly("okr.empty-range at /grading/sweetSpotHigh");
    assertThat(bad(d -> obj(d, "grading").put("committedTarget", 2)))
        .containsExactly("okr.out-of-range at /grading/committedTarget");
    assertThat(bad(d -> at(d, "/grading/bands/2").put("lowerBound", -5)))
        .containsExactly("okr.out-of-range at /grading/bands/2/lowerBound");
    assertThat(bad(d -> at(d, "/grading/bands/0").put("lowerBound", 0)))
        .containsExactly("okr.out-of-range at /grading/bands/0/lowerBound");
    assertThat(bad(d -> at(d, "/grading/bands/0").put("label", " ")))
        .containsExactly("okr.blank at /grading/bands/0/label");
    assertThat(bad(d -> obj(d, "status").put("staleStatus", "not-scored")))
        .containsExactly("okr.out-of-range at /status/staleStatus");
    assertThat(bad(d -> obj(d, "status").put("staleAfterDays", 0)))
        .containsExactly("okr.out-of-range at /status/staleAfterDays");
    assertThat(bad(d -> obj(d, "status").put("neverUpdatedAfter", 1.5)))
        .containsExactly("okr.out-of-range at /status/neverUpdatedAfter");
    assertThat(bad(d -> obj(d, "status").put("rangeTolerance", -1)))
        .containsExactly("okr.out-of-range at /status/rangeTolerance");
    assertThat(bad(d -> obj(d, "confidence").put("initial", 2)))
        .containsExactly("okr.out-of-range at /confidence/initial");
    assertThat(bad(d -> obj(obj(d, "rollUp"), "cap").put("floor", 1).put("ceiling", 0)))
        .containsExactly("okr.empty-range at /rollUp/cap/ceiling");
  }

  @Test
  void gradeScaleLevelsAreCheckedByTheCore() {
    assertThat(bad(d -> obj(obj(d, "grading"), "scale").put("kind", "levels")
        .set("levels", TREES.createArrayNode().add(0.1).add(0.5))))
        .containsExactly("okr.out-of-range at /grading/scale/levels/0");
    assertThat(bad(d -> obj(obj(d, "grading"), "scale").put("kind", "levels")
        .set("levels", TREES.createArrayNode())))
        .containsExactly("okr.empty at /grading/scale/levels");
    assertThat(bad(d -> obj(obj(d, "grading"), "scale").put("kind", "levels")))
        .containsExactly("okr.required at /grading/scale/levels");
  }

  @Test
  void statusRulesAndPhasesAreCheckedByTheCore() {
    ScoringPolicy ratio = ScoringPolicy.defaults().withStatus(
        ScoringPolicy.defaults().status().withRule(org.okr4j.scoring.StatusRule.oboard()));
    assertThat(bad(ratio, d -> at(d, "/status/rule/steps/1").put("bound", 99)))
        .containsExactly("okr.out-of-range at /status/rule/steps/1/bound");
    assertThat(bad(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.at("/status/rule/steps")).addObject().put("bound", 1)
        .put("status", "behind")))
        .containsExactly("okr.out-of-range at /status/rule/steps");
    ObjectNode phased = TREES.createObjectNode().put("keyResult", "kr-1");
    phased.putArray("phases").addObject().put("due", "2026-02-01").put("expected", 0.5);
    ((com.fasterxml.jackson.databind.node.ArrayNode) phased.get("phases")).addObject().put("due", "2026-02-01").put("expected", 0.7);
    assertThat(bad(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.at("/status/expected/phases")).add(phased)))
        .containsExactly("okr.duplicate-id at /status/expected/phases/0/phases/1/due");
    ObjectNode once = TREES.createObjectNode().put("keyResult", "kr-1");
    once.putArray("phases").addObject().put("due", "2026-02-01").put("expected", 0.5);
    assertThat(bad(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.at("/status/expected/phases")).add(once).add(once.deepCopy())))
        .containsExactly("okr.duplicate-id at /status/expected/phases/1");
    ObjectNode badId = TREES.createObjectNode().put("keyResult", "");
    badId.putArray("phases").addObject().put("due", "2026-02-01").put("expected", 1.5);
    assertThat(bad(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.at("/status/expected/phases")).add(badId)))
        .containsExactly("okr.out-of-range at /status/expected/phases/0/phases/0/expected");
    ObjectNode blankId = TREES.createObjectNode().put("keyResult", " ");
    blankId.putArray("phases").addObject().put("due", "2026-02-01").put("expected", 0.5);
    assertThat(bad(d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.at("/status/expected/phases")).add(blankId)))
        .singleElement().asString().endsWith(" at /status/expected/phases/0/keyResult");
  }

  @ParameterizedTest
  @ValueSource(strings = {"progress", "rollUp", "grading", "status", "forecast", "confidence"})
  void everySubPolicyMustBeAnObject(String field) {
    assertThat(bad(d -> d.put(field, 1))).containsExactly("okr.json.wrong-type at /" + field);
  }

  @Test
  void tooLongArraysAreCutAtTheModuleLimit() throws IOException {
    Json small = Json.of(org.okr4j.wire.Settings.DEFAULTS.withMaxArrayLength(2));
    String json = write(ScoringPolicy.defaults()); // google bands: 3 or more
    assertThat(WireSupport.codesAt(WireSupport.failure(small, json, ScoringPolicy.class)))
        .contains("okr.json.too-many at /grading/bands/2");
  }

  // ------------------------------------------------------------------ helpers

  private static void roundTrip(Json mapper, ScoringPolicy policy) {
    try {
      byte[] bytes = mapper.writeBytes(policy);
      ScoringPolicy back = mapper.read(bytes, ScoringPolicy.class);
      assertThat(back).isEqualTo(policy);
      assertThat(Arrays.equals(bytes, mapper.writeBytes(back))).as("byte-identical rewrite").isTrue();
      String text = mapper.write(policy);
      assertThat(mapper.read(text, ScoringPolicy.class)).isEqualTo(policy);
      WireSupport.assertSchemaValid(text);
    } catch (IOException e) {
      throw new AssertionError("round trip failed for " + policy, e);
    }
  }

  private static String write(ScoringPolicy policy) {
    try {
      return Json.DEFAULT.write(policy);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode at(ObjectNode node, String pointer) {
    return (ObjectNode) node.at(pointer);
  }

  private static ObjectNode obj(ObjectNode node, String field) {
    return (ObjectNode) node.get(field);
  }

  private static java.util.List<String> bad(Consumer<ObjectNode> edit) {
    return bad(ScoringPolicy.defaults(), edit);
  }

  private static java.util.List<String> bad(ScoringPolicy policy, Consumer<ObjectNode> edit) {
    try {
      ObjectNode doc = (ObjectNode) TREES.readTree(write(policy));
      edit.accept(doc);
      return WireSupport.codesAt(WireSupport.failure(TREES.writeValueAsString(doc), ScoringPolicy.class));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
