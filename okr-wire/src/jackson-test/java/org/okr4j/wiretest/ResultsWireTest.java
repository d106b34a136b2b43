package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.BuiltInRule;
import org.okr4j.lint.Finding;
import org.okr4j.lint.OkrLinter;
import org.okr4j.lint.Severity;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.Zone;
import org.okr4j.scoring.Amounts;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Colour;
import org.okr4j.scoring.Explanation;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.Segments;
import org.okr4j.scoring.StretchLevels;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Status;
import org.okr4j.scoring.Verdict;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.InputProblem;
import org.okr4j.validation.JsonError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The results a host holds in its own classes are written as clean JSON without an envelope, as
 * {@code docs/wire-format.md} ("Results in a host's JSON") describes them and as the schema's
 * {@code $defs} declare them: an error keeps its code, a score's optional values are fields or are
 * absent (never {@code {"empty": false, ...}}), enums are wire tokens. Results are reports: reading
 * one is refused; the enums read back from their tokens.
 */
class ResultsWireTest {

  private static final Json MAPPER = Json.DEFAULT;

  /** Reads numbers exactly, so that written decimals compare with the model's. */
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /** A host's own class holding okr4j results. */
  record Report(String id, OkrError error, Finding finding, KeyResultScore score, Status status, Verdict verdict,
      Colour colour, Zone zone, Severity severity) {}

  /** A host's own class holding only what reads back: the enums. */
  record Flags(Status status, Verdict verdict, Colour colour, Zone zone, Severity severity) {}

  /** A host's own class holding an error, to be read. */
  record Failed(OkrError error) {}

  static final OkrError BLANK = new OkrError.Blank(OkrPath.of("objectives", "0", "title"));

  static final Finding TOO_FEW = Finding.of(BuiltInRule.TOO_FEW_KEY_RESULTS, OkrPath.of("objectives", "5", "keyResults"),
      "1", "2", "5");

  /** The schema with its root pointed at {@code $defs/<name>}, to check one result on its own. */
  static Schema schemaOf(String name) {
    try (InputStream in = Json.schema()) {
      ObjectNode root = (ObjectNode) TREES.readTree(in);
      root.remove("oneOf");
      root.put("$ref", "#/$defs/" + name);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertConforms(String name, String json) {
    assertThat(schemaOf(name).validate(json, InputFormat.JSON)).as("%s against $defs/%s", json, name).isEmpty();
  }

  @Test
  void anErrorIsItsCodePathAndEnglishMessage() throws IOException {
    String json = MAPPER.write(BLANK);
    assertThat(json).isEqualTo("{\"code\":\"okr.blank\",\"path\":\"/objectives/0/title\",\"message\":\"must not be blank\"}");
    assertConforms("problem", json);
    // Every family of the sealed interface: the core's, the alignment graph's and the reader's.
    OkrError range = new OkrError.OutOfRange(OkrPath.of("weight"), "-1", "≥ 0");
    assertThat(MAPPER.write(range))
        .isEqualTo("{\"code\":\"okr.out-of-range\",\"path\":\"/weight\",\"message\":\"is -1, but must be ≥ 0\"}");
    OkrError json2 = new JsonError.WrongType(OkrPath.of("title"), JsonError.JsonType.STRING, JsonError.JsonType.NUMBER);
    OkrError alignment = new AlignmentError.DuplicateLink(OkrPath.of("links", "2"), "o-2", "o-1");
    for (OkrError e : List.of(json2, alignment)) {
      JsonNode node = TREES.readTree(MAPPER.write(e));
      assertThat(node.get("code").asText()).isEqualTo(e.code());
      assertThat(node.get("path").asText()).isEqualTo(e.path().toString());
      assertThat(node.get("message").asText()).isEqualTo(e.message(Locale.ENGLISH));
      assertThat(node.size()).isEqualTo(3);
    }
  }

  @Test
  void anInputProblemAddsItsLocationWhenKnown() throws IOException {
    OkrError required = new OkrError.Required(OkrPath.of("objectives", "0", "owner"));
    assertThat(MAPPER.write(new InputProblem(required, 3, 49))).isEqualTo(
        "{\"code\":\"okr.required\",\"path\":\"/objectives/0/owner\",\"message\":\"is required\",\"line\":3,\"column\":49}");
    assertThat(MAPPER.write(InputProblem.of(BLANK)))
        .isEqualTo("{\"code\":\"okr.blank\",\"path\":\"/objectives/0/title\",\"message\":\"must not be blank\"}");
    assertConforms("inputProblem", MAPPER.write(new InputProblem(required, 3, 49)));
    // The problems of a failed read, as a host's API would return them.
    Failure failure = WireSupport.failure(BadInputTest.change("'title':'Grow'", "'title':42"), org.okr4j.model.OkrSet.class);
    JsonNode problems = TREES.readTree(MAPPER.write(failure.problems()));
    assertThat(problems.size()).isEqualTo(1);
    InputProblem p = failure.problems().get(0);
    assertThat(problems.get(0).get("code").asText()).isEqualTo("okr.json.wrong-type");
    assertThat(problems.get(0).get("path").asText()).isEqualTo("/objectives/0/title");
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(p.line()).isPositive();
    assertThat(problems.get(0).get("column").asInt()).isEqualTo(p.column()).isPositive();
  }

  @Test
  void aFindingIsItsCodeSeverityPathMessageAndFix() throws IOException {
    String json = MAPPER.write(TOO_FEW);
    assertThat(json).isEqualTo("{\"code\":\"okr.lint.too-few-key-results\",\"severity\":\"warning\","
        + "\"path\":\"/objectives/5/keyResults\",\"message\":\"has 1 key results; 2 to 5 are recommended\","
        + "\"fix\":\"Add measurable key results until there are at least 2\"}");
    assertConforms("finding", json);
    // The linter's own findings, each written from its accessors; a finding without a fix has no "fix".
    for (Finding f : OkrLinter.withDefaults().lint(SeedOkrs.marketing(), ScorecardWireTest.END_OF_Q1)) {
      JsonNode node = TREES.readTree(MAPPER.write(f));
      assertThat(node.get("code").asText()).isEqualTo(f.code());
      assertThat(node.get("severity").asText()).isEqualTo(f.severity().name().toLowerCase(Locale.ROOT));
      assertThat(node.get("path").asText()).isEqualTo(f.path().toString());
      assertThat(node.get("message").asText()).isEqualTo(f.message(Locale.ENGLISH));
      assertThat(node.has("fix")).isEqualTo(f.fix(Locale.ENGLISH).isDefined());
    }
  }

  /**
   * A score on its own is the object its scorecard holds, with its {@code asOf} always written (a
   * scorecard writes it only where it differs from its own); the key results inside an objective's
   * score compare theirs with the objective's.
   */
  @Test
  void scoresAreWrittenOnTheirOwnAsInTheirScorecard() throws IOException {
    Scorecard card = ScorecardWireTest.marketingCard();
    JsonNode document = TREES.readTree(MAPPER.write(card));
    ObjectiveScore brand = card.objective(ObjectiveId.of("o-brand")).get();
    JsonNode brandNode = null;
    for (JsonNode o : document.get("objectives")) {
      if (o.get("id").asText().equals("o-brand")) {
        brandNode = o;
      }
    }
    assertThat(brandNode).isNotNull();
    String json = MAPPER.write(brand);
    assertConforms("objectiveScore", json);
    ObjectNode alone = (ObjectNode) TREES.readTree(json);
    assertThat(alone.fieldNames().next()).isEqualTo("id");
    assertThat(alone.get("asOf").asText()).isEqualTo("2026-04-01T00:00:00Z");
    alone.remove("asOf");
    assertThat(alone).isEqualTo(brandNode);
    assertThat(json).doesNotContain("\"empty\"", "\"defined\"");

    KeyResultScore talks = card.keyResult(KeyResultId.of("kr-talks")).get();
    String kr = MAPPER.write(talks);
    assertConforms("keyResultScore", kr);
    ObjectNode krAlone = (ObjectNode) TREES.readTree(kr);
    assertThat(krAlone.remove("asOf").asText()).isEqualTo("2026-04-01T00:00:00Z");
    JsonNode inCard = null;
    for (JsonNode k : brandNode.get("keyResults")) {
      if (k.get("id").asText().equals("kr-talks")) {
        inCard = k;
      }
    }
    assertThat(krAlone).isEqualTo(inCard);

    ScorecardWireTest.assertSameTree(TREES.readTree(MAPPER.write(talks.explanation())), talks.explanation());
    // A contribution is the child entry of its objective's score (its explanation is the objective's).
    ObjectiveScore withChildren = null;
    for (ObjectiveScore o : ScorecardWireTest.marketingScores().scorecard().objectives()) {
      if (!o.children().isEmpty()) {
        withChildren = o;
      }
    }
    assertThat(withChildren).isNotNull();
    JsonNode childrenNode = TREES.readTree(MAPPER.write(withChildren)).get("children");
    String contribution = MAPPER.write(withChildren.children().get(0));
    assertThat(TREES.readTree(contribution)).isEqualTo(childrenNode.get(0));
    assertThat(contribution).doesNotContain("\"explanation\"", "\"empty\"", "\"defined\"");
    assertThat(TREES.readTree(MAPPER.write(talks.forecast()))).isEqualTo(inCard.get("forecast"));
    assertConforms("forecast", MAPPER.write(talks.forecast()));
  }

  @Test
  void explanationsAndBandsAreWrittenAsWorkedOut() throws IOException {
    Explanation current = Explanation.input("current c", new BigDecimal("10.80"), "check-in at 2026-03-31T16:00:00Z");
    assertThat(MAPPER.write(current))
        .isEqualTo("{\"label\":\"current c\",\"value\":10.80,\"rule\":\"check-in at 2026-03-31T16:00:00Z\"}");
    assertConforms("explanation", MAPPER.write(current));
    Band green = Band.from("on track", Colour.GREEN, new BigDecimal("0.7"));
    assertThat(MAPPER.write(green))
        .isEqualTo("{\"label\":\"on track\",\"colour\":\"green\",\"lowerBound\":0.7,\"inclusive\":true}");
    assertConforms("band", MAPPER.write(green));
    assertThat(Json.of(org.okr4j.wire.Settings.DEFAULTS.withDecimalsAsStrings(true)).write(current))
        .contains("\"value\":\"10.80\"");
  }

  @Test
  void amountsLevelsAndSegmentsAreWrittenAsInAKeyResultScore() throws IOException {
    // 3000 leads from 0, 2250 so far: 2250 done, 750 to go
    String amounts = MAPPER.write(new Amounts(new BigDecimal("2250"), new BigDecimal("3000"), new BigDecimal("2250"),
        new BigDecimal("750"), new BigDecimal("3000")));
    assertThat(amounts).isEqualTo("{\"current\":2250,\"target\":3000,\"done\":2250,\"remaining\":750,\"total\":3000}");
    assertConforms("amounts", amounts);
    String levels = MAPPER.write(new StretchLevels(BigDecimal.ZERO, new BigDecimal("30"), new BigDecimal("70"),
        new BigDecimal("100")));
    assertThat(levels).isEqualTo("{\"baseline\":0,\"commit\":30,\"target\":70,\"stretch\":100}");
    assertConforms("stretchLevels", levels);
    // levels 0 / 30 / 70 / 100 at 50: fail 1, commit 0.5, target 0, stretch 0
    String segments = MAPPER.write(new Segments(BigDecimal.ONE, new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO));
    assertThat(segments).isEqualTo("{\"fail\":1,\"commit\":0.5,\"target\":0,\"stretch\":0}");
    assertConforms("segments", segments);
    assertThat(MAPPER.write(ManualStatus.OFF_TRACK)).isEqualTo("\"off-track\"");
    assertThat(MAPPER.read("\"at-risk\"", ManualStatus.class)).isEqualTo(ManualStatus.AT_RISK);
  }

  @Test
  void aHostClassHoldingResultsIsCleanJson() throws IOException {
    KeyResultScore talks = ScorecardWireTest.marketingCard().keyResult(KeyResultId.of("kr-talks")).get();
    Report report = new Report("r-1", BLANK, TOO_FEW, talks, Status.ON_TRACK, Verdict.IN_SWEET_SPOT,
        Colour.DARK_GREEN, Zone.STRETCH, Severity.ERROR);
    JsonNode node = TREES.readTree(MAPPER.write(report));
    assertThat(node.get("error")).isEqualTo(TREES.readTree(MAPPER.write(BLANK)));
    assertThat(node.get("finding")).isEqualTo(TREES.readTree(MAPPER.write(TOO_FEW)));
    assertThat(node.get("score")).isEqualTo(TREES.readTree(MAPPER.write(talks)));
    assertThat(node.get("status").asText()).isEqualTo("on-track");
    assertThat(node.get("verdict").asText()).isEqualTo("in-sweet-spot");
    assertThat(node.get("colour").asText()).isEqualTo("dark-green");
    assertThat(node.get("zone").asText()).isEqualTo("stretch");
    assertThat(node.get("severity").asText()).isEqualTo("error");
    assertThat(node.toString()).doesNotContain("\"empty\"", "\"defined\"", "\"arguments\"");
  }

  @Test
  void theEnumsOfResultsReadBackFromTheirTokens() throws IOException {
    Flags flags = new Flags(Status.OFF_TRACK, Verdict.COMMITMENT_MISSED, Colour.AMBER, Zone.COMMIT, Severity.INFO);
    String json = MAPPER.write(flags);
    assertThat(json).isEqualTo("{\"status\":\"off-track\",\"verdict\":\"commitment-missed\",\"colour\":\"amber\","
        + "\"zone\":\"commit\",\"severity\":\"info\"}");
    assertThat(MAPPER.read(json, Flags.class)).isEqualTo(flags);
    assertThat(MAPPER.read("[\"not-scored\",\"achieved\"]", Status[].class))
        .containsExactly(Status.NOT_SCORED, Status.ACHIEVED);
    assertThat(MAPPER.read("{\"status\":null}", Flags.class).status()).isNull();
    Failure javaName = WireSupport.failure(MAPPER, json.replace("\"off-track\"", "\"OFF_TRACK\""), Flags.class);
    assertThat(javaName.codesAt()).containsExactly("okr.json.unknown-value at /status");
    Failure number = WireSupport.failure(MAPPER, json.replace("\"amber\"", "3"), Flags.class);
    assertThat(number.codesAt()).containsExactly("okr.json.wrong-type at /colour");
  }

  @Test
  void resultsAreReportsAndAreNotReadBack() {
    for (Class<?> type : List.of(OkrError.class, OkrError.Blank.class, InputProblem.class, Finding.class,
        KeyResultScore.class, ObjectiveScore.class, Explanation.class, Band.class,
        org.okr4j.scoring.Contribution.class, Amounts.class, StretchLevels.class, Segments.class)) {
      Throwable t = catchThrowable(() -> MAPPER.read("{\"code\":\"okr.blank\"}", type));
      assertThat(Json.isBadDefinition(t)).as("%s: %s", type, t).isTrue();
      assertThat(t).hasMessageContaining("as a report and does not read it back");
    }
    Throwable inHostClass = catchThrowable(() -> MAPPER.read("{\"error\":{\"code\":\"okr.blank\"}}", Failed.class));
    assertThat(Json.isBadDefinition(inHostClass)).as("%s", inHostClass).isTrue();
  }
}
