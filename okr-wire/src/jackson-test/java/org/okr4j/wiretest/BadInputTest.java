package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.wiretest.WireSupport.codesAt;
import static org.okr4j.wiretest.WireSupport.failure;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;

/**
 * Every class of bad input gives the module's {@code OkrInputException} (a Jackson
 * {@code MismatchedInputException}) whose problems and message name each
 * problem's code and JSON Pointer, and only the problems that are really there (no
 * {@code okr.required} for a field that was present with the wrong type). Each case also records
 * whether the shipped JSON Schema can see the problem: structural problems it rejects, domain rules
 * it cannot express.
 */
class BadInputTest {

  /** A small valid document; the cases below change one part of it. */
  static final String VALID = json("""
      {'format':'okr4j/1','kind':'okr-set',
       'cycles':[{'id':'q1','name':'Q1','start':'2026-01-01','end':'2026-04-01'}],
       'objectives':[{'id':'o1','title':'Grow','owner':{'kind':'team','id':'mkt'},'cycle':'q1',
         'level':{'name':'team','rank':2},
         'keyResults':[{'id':'k1','title':'Leads',
           'metric':{'kind':'linear','unit':{'kind':'count'},'baseline':0,'target':{'kind':'absolute','amount':3000}},
           'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'kind':'measurement','value':1200}}]}]}]}
      """);

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String change(String from, String to) {
    String f = json(from);
    assertThat(VALID).contains(f);
    return VALID.replace(f, json(to));
  }

  @Test
  void theBaseDocumentIsValid() throws Exception {
    assertThat(Json.DEFAULT.read(VALID, OkrSet.class).keyResult(
        org.okr4j.model.KeyResultId.of("k1"))).isNotEmpty();
    WireSupport.assertSchemaValid(VALID);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // unknown fields
        Arguments.of("unknown field at the root", change("'cycles':", "'alignments':[],'cycles':"),
            List.of("okr.json.unknown-field at /alignments"), false),
        Arguments.of("unknown field in an objective", change("'title':'Grow'", "'titel':'Grow'"),
            List.of("okr.json.unknown-field at /objectives/0/titel", "okr.required at /objectives/0/title"), false),
        Arguments.of("unknown field in a metric", change("'baseline':0", "'baseline':0,'base':1"),
            List.of("okr.json.unknown-field at /objectives/0/keyResults/0/metric/base"), false),
        // missing required fields, every one listed
        Arguments.of("missing required fields",
            change("'title':'Grow','owner':{'kind':'team','id':'mkt'},'cycle':'q1',\n   'level':{'name':'team','rank':2},",
                "'cycle':'q1',"),
            List.of("okr.required at /objectives/0/title", "okr.required at /objectives/0/owner",
                "okr.required at /objectives/0/level"), false),
        Arguments.of("missing format and kind", change("'format':'okr4j/1','kind':'okr-set',", ""),
            List.of("okr.required at /format", "okr.required at /kind"), false),
        // A metric without kind is linear (docs/wire-format.md, "Compact documents"): another metric
        // missing its kind is read as a linear one, and its own fields are not a linear metric's.
        Arguments.of("missing metric kind of a threshold metric",
            change("'kind':'linear','unit':{'kind':'count'},'baseline':0,'target':{'kind':'absolute','amount':3000}",
                "'unit':{'kind':'count'},'comparison':'at-least','threshold':5"),
            List.of("okr.json.unknown-field at /objectives/0/keyResults/0/metric/comparison",
                "okr.json.unknown-field at /objectives/0/keyResults/0/metric/threshold",
                "okr.required at /objectives/0/keyResults/0/metric/baseline",
                "okr.required at /objectives/0/keyResults/0/metric/target"), false),
        Arguments.of("missing target amount", change("'kind':'absolute','amount':3000", "'kind':'absolute'"),
            List.of("okr.required at /objectives/0/keyResults/0/metric/target/amount"), false),
        // wrong types
        Arguments.of("number for a string", change("'title':'Grow'", "'title':42"),
            List.of("okr.json.wrong-type at /objectives/0/title"), false),
        Arguments.of("null for a string", change("'title':'Grow'", "'title':null"),
            List.of("okr.json.wrong-type at /objectives/0/title"), false),
        Arguments.of("object for an array", change("'cycles':[{'id':'q1','name':'Q1','start':'2026-01-01','end':'2026-04-01'}]", "'cycles':{'id':'q1'}"),
            List.of("okr.json.wrong-type at /cycles"), false),
        Arguments.of("boolean for a number", change("'baseline':0", "'baseline':true"),
            List.of("okr.json.wrong-type at /objectives/0/keyResults/0/metric/baseline"), false),
        Arguments.of("array for an object", change("'owner':{'kind':'team','id':'mkt'}", "'owner':['team','mkt']"),
            List.of("okr.json.wrong-type at /objectives/0/owner"), false),
        Arguments.of("not a document", "[1,2,3]", List.of("okr.json.wrong-type at "), false),
        Arguments.of("malformed decimal string", change("'baseline':0", "'baseline':'0,5'"),
            List.of("okr.json.malformed.decimal at /objectives/0/keyResults/0/metric/baseline"), false),
        Arguments.of("malformed date", change("'start':'2026-01-01'", "'start':'2026-13-01'"),
            List.of("okr.json.malformed.date at /cycles/0/start"), false),
        Arguments.of("malformed instant", change("'2026-02-01T09:00:00Z'", "'yesterday'"),
            List.of("okr.json.malformed.instant at /objectives/0/keyResults/0/checkIns/0/instant"), false),
        Arguments.of("malformed zone", change("'end':'2026-04-01'", "'end':'2026-04-01','zone':'Mars/Olympus'"),
            List.of("okr.json.malformed.zone at /cycles/0/zone"), true),
        // kinds and enumerations outside the allow-lists
        Arguments.of("unknown metric kind", change("'kind':'linear'", "'kind':'java.lang.Runtime'"),
            List.of("okr.json.unknown-kind at /objectives/0/keyResults/0/metric/kind"), false),
        Arguments.of("unknown data kind", change("'kind':'measurement'", "'kind':'guess'"),
            List.of("okr.json.unknown-kind at /objectives/0/keyResults/0/checkIns/0/data/kind"), false),
        Arguments.of("unknown unit kind", change("'unit':{'kind':'count'}", "'unit':{'kind':'bushels'}"),
            List.of("okr.json.unknown-kind at /objectives/0/keyResults/0/metric/unit/kind"), false),
        Arguments.of("document of another kind", change("'kind':'okr-set'", "'kind':'scorecard'"),
            List.of("okr.json.unknown-kind at /kind"), false),
        Arguments.of("unknown enumerated value", change("'level':{'name':'team','rank':2},", "'level':{'name':'team','rank':2},'type':'stretch',"),
            List.of("okr.json.unknown-value at /objectives/0/type"), false),
        Arguments.of("unsupported format", change("'okr4j/1'", "'okr4j/2'"),
            List.of("okr.json.unsupported-format at /format"), false),
        // domain errors from the core's validating factories
        // (a target equal to its baseline is valid input now: the scoring policy decides what it scores)
        Arguments.of("stretch level short of the target",
            change("'target':{'kind':'absolute','amount':3000}", "'target':{'kind':'absolute','amount':3000},'stretch':100"),
            List.of("okr.out-of-range at /objectives/0/keyResults/0/metric/stretch"), true),
        Arguments.of("dangling cycle", change("'cycle':'q1'", "'cycle':'q2'"),
            List.of("okr.dangling-reference at /objectives/0/cycle"), true),
        Arguments.of("dangling parent cycle", change("'end':'2026-04-01'", "'end':'2026-04-01','parent':'2026'"),
            List.of("okr.dangling-reference at /cycles/0/parent"), true),
        Arguments.of("check-in data of another kind", change("'data':{'kind':'measurement','value':1200}", "'data':{'kind':'completion','done':true}"),
            List.of("okr.check-in.kind-mismatch at /objectives/0/keyResults/0/checkIns/0/data"), true),
        Arguments.of("blank title and bad id", change("'id':'o1','title':'Grow'", "'id':'o 1','title':'  '"),
            List.of("okr.malformed.id at /objectives/0/id", "okr.blank at /objectives/0/title"), false),
        Arguments.of("number out of okr4j's domain", change("'baseline':0", "'baseline':1E+40"),
            List.of("okr.out-of-range at /objectives/0/keyResults/0/metric/baseline"), true),
        Arguments.of("exponent out of any domain", change("'baseline':0", "'baseline':1E+2147483647"),
            List.of("okr.out-of-range at /objectives/0/keyResults/0/metric/baseline"), false),
        Arguments.of("duplicate objective ids", change("'objectives':[{", "'objectives':[{'id':'o1','title':'Other','owner':{'kind':'team','id':'mkt'},'cycle':'q1','level':{'name':'team','rank':2}},{"),
            List.of("okr.duplicate-id at /objectives/1/id", "okr.duplicate-id at /objectives/1/keyResults/0/id").subList(0, 1), true),
        // duplicate keys
        Arguments.of("duplicate field", change("'title':'Grow'", "'title':'Grow','title':'Shrink'"),
            List.of("okr.json.duplicate-field at /objectives/0/title"), true),
        Arguments.of("duplicate kind", change("'kind':'linear',", "'kind':'linear','kind':'range',"),
            List.of("okr.json.duplicate-field at /objectives/0/keyResults/0/metric/kind"), false),
        Arguments.of("duplicate tag", change("'level':{'name':'team','rank':2},", "'level':{'name':'team','rank':2},'tags':['a','b','a'],"),
            List.of("okr.duplicate-id at /objectives/0/tags/2"), false),
        // a polymorphic object whose kind is not first is buffered; pointers stay exact
        Arguments.of("problem inside a buffered object",
            change("'metric':{'kind':'linear','unit':{'kind':'count'},'baseline':0,'target':{'kind':'absolute','amount':3000}}",
                "'metric':{'unit':{'label':'x','kind':'count'},'baseline':'zero','target':{'amount':3000,'kind':'absolute'},'kind':'linear'}"),
            List.of("okr.json.unknown-field at /objectives/0/keyResults/0/metric/unit/label",
                "okr.json.malformed.decimal at /objectives/0/keyResults/0/metric/baseline"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputIsReportedWithCodesAndPointers(String name, String json, List<String> expected, boolean schemaValid) {
    Failure e = failure(json, OkrSet.class);
    assertThat(codesAt(e)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(e.isInvalidDocument()).isTrue();
    for (String problem : expected) {
      String pointer = problem.substring(problem.indexOf(" at ") + 4);
      assertThat(e.getMessage()).contains(problem.substring(0, problem.indexOf(" at ")))
          .contains(" at " + (pointer.isEmpty() ? "/" : pointer));
    }
    assertThat(WireSupport.schemaErrors(json).isEmpty()).as("schema verdict %s", WireSupport.schemaErrors(json))
        .isEqualTo(schemaValid);
  }

  @Test
  void theMessageListsEveryProblemOnItsOwnLine() {
    String json = change("'id':'o1','title':'Grow'", "'id':'o 1','title':'  ','extra':1");
    Failure e = failure(json, OkrSet.class);
    assertThat(e.getMessage()).startsWith("Invalid okr4j/1 document for OkrSet, 3 problems:")
        .contains("\n  okr.malformed.id at /objectives/0/id: is not a valid identifier: \"o 1\"")
        .contains("\n  okr.json.unknown-field at /objectives/0/extra: is not a field of objective (its fields are id, title,")
        .contains("(line 3, column 49)");
  }

  @Test
  void atMostAHundredProblemsAreListedAndAllAreCounted() {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      extra.append("'x").append(i).append("':").append(i).append(',');
    }
    Failure e = failure(change("'cycles':", extra + "'cycles':"), OkrSet.class);
    assertThat(e.count()).isEqualTo(150);
    assertThat(e.problems()).hasSize(org.okr4j.wire.ReadResult.MAX_LISTED);
    assertThat(e.getMessage()).contains("150 problems").contains("... and 50 more");
  }

  @Test
  void aStandaloneObjectiveReportsPointersFromItsOwnRoot() {
    String json = json("""
        {'format':'okr4j/1','kind':'objective','id':'o1','title':'Grow','owner':{'kind':'team','id':'mkt'},
         'cycle':'q1','level':{'name':'team','rank':200},
         'keyResults':[{'id':'k1','title':'Leads','metric':{'kind':'range','unit':{'kind':'count'},'lower':5,'upper':4}}]}
        """);
    Failure e = failure(json, Objective.class);
    assertThat(codesAt(e)).containsExactlyInAnyOrder("okr.out-of-range at /level/rank",
        "okr.empty-range at /keyResults/0/metric/upper");
  }

  @Test
  void anObjectiveDocumentIsNotAnOkrSet() {
    String json = json("{'format':'okr4j/1','kind':'objective','id':'o1'}");
    assertThat(codesAt(failure(json, OkrSet.class))).containsExactly("okr.json.unknown-kind at /kind");
  }

  @Test
  void aBufferedObjectKeepsEveryDigitOfItsNumbers() throws Exception {
    String json = change("'metric':{'kind':'linear','unit':{'kind':'count'},'baseline':0,'target':{'kind':'absolute','amount':3000}}",
        "'metric':{'unit':{'kind':'count'},'baseline':0.10,'target':{'amount':3.000E+3,'kind':'absolute'},'kind':'linear'}");
    org.okr4j.model.LinearMetric metric = (org.okr4j.model.LinearMetric) Json.DEFAULT.read(json, OkrSet.class)
        .keyResult(org.okr4j.model.KeyResultId.of("k1")).get().metric();
    assertThat(metric.baseline()).isEqualTo(new java.math.BigDecimal("0.10"));
    assertThat(metric.target().amount()).isEqualTo(new java.math.BigDecimal("3.000E+3"));
  }

  @Test
  void aNullDocumentIsAWrongTypeNeverAJavaNull() {
    for (Class<?> type : List.of(OkrSet.class, Objective.class, org.okr4j.scoring.ScoringPolicy.class)) {
      Failure e = failure("null", type);
      assertThat(codesAt(e)).containsExactly("okr.json.wrong-type at ");
      assertThat(e.problems().get(0).error()).isEqualTo(new org.okr4j.validation.JsonError.WrongType(
          org.okr4j.validation.OkrPath.root(), org.okr4j.validation.JsonError.JsonType.OBJECT,
          org.okr4j.validation.JsonError.JsonType.NULL));
    }
    // Inside a document too: a null where an objective belongs.
    assertThat(codesAt(failure(change("'objectives':[{", "'objectives':[null,{"), OkrSet.class)))
        .containsExactly("okr.json.wrong-type at /objectives/0");
  }

  @Test
  void aDanglingCycleIsReportedWithTheOtherObjectivesProblemsInOneReading() {
    // The first objective is invalid (blank title); the second names a cycle the set does not have.
    String second = json("{'id':'o2','title':'Keep','owner':{'kind':'team','id':'mkt'},'cycle':'q9',"
        + "'level':{'name':'team','rank':2}},");
    String json = change("'objectives':[{'id':'o1','title':'Grow'", "'objectives':[" + second.replace('"', '\'')
        + "{'id':'o1','title':' '");
    assertThat(codesAt(failure(json, OkrSet.class))).containsExactlyInAnyOrder(
        "okr.dangling-reference at /objectives/0/cycle", "okr.blank at /objectives/1/title");
  }

  @Test
  void aReferenceToACycleThatFailedIsNotReportedAsDangling() {
    // The only cycle is invalid, so the objective's reference to it says nothing new.
    assertThat(codesAt(failure(change("'start':'2026-01-01'", "'start':'2026-13-01'"), OkrSet.class)))
        .containsExactly("okr.json.malformed.date at /cycles/0/start");
  }

  @Test
  void aMegabyteFieldNameIsEchoedShortened() {
    String name = "n".repeat(1 << 20);
    String json = change("'title':'Grow'", "'title':'Grow','" + name + "':1");
    // Jackson's parser refuses names over 50,000 characters by default, in a short message of its own;
    // with that limit lifted the module reports the field and echoes 256 characters of its name.
    Failure parser = Json.DEFAULT.fail(json, OkrSet.class);
    assertThat(Json.isConstraint(parser.exception())).as("%s", parser.exception()).isTrue();
    assertThat(parser.getMessage().length()).isLessThan(4_096);
    Failure e = failure(Json.unconstrained(org.okr4j.wire.Settings.DEFAULTS), json, OkrSet.class);
    assertThat(codesAt(e)).hasSize(1).allMatch(c -> c.startsWith("okr.json.unknown-field at /objectives/0/nnn"));
    assertThat(e.getMessage().length()).isLessThan(4_096);
    // The pointer's last segment keeps 255 characters of the name and ends with an ellipsis.
    String pointer = e.problems().get(0).pointer();
    assertThat(pointer).isEqualTo("/objectives/0/" + "n".repeat(255) + "…");
    assertThat(e.problems().get(0).message(java.util.Locale.ENGLISH).length()).isLessThan(512);
  }

  @Test
  void problemsReadInBothLanguagesWithLocations() {
    Failure e = failure(change("'title':'Grow'", "'title':42"), OkrSet.class);
    org.okr4j.validation.InputProblem p = e.problems().get(0);
    assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("must be of JSON type string, not number");
    assertThat(p.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("JSON 类型必须是 string，而不是 number");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isPositive();
    assertThat(p.hasLocation()).isTrue();
    assertThat(e.count()).isEqualTo(1);
  }

  @Test
  void idsAreReadThroughTheirValidatingParse() throws Exception {
    assertThat(Json.DEFAULT.read("\"o-1\"", ObjectiveId.class)).isEqualTo(ObjectiveId.of("o-1"));
    assertThat(codesAt(failure("\"o 1\"", ObjectiveId.class))).containsExactly("okr.malformed.id at ");
    assertThat(codesAt(failure("{\"id\":1}", ObjectiveId.class))).containsExactly("okr.json.wrong-type at ");
  }
}
