package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.wiretest.BadInputTest.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.wire.Settings;

/**
 * Compact documents ({@code docs/wire-format.md}, "Compact documents"): the same {@code okr4j/1}
 * without the fields that hold their default and without the check-in data {@code kind} a key
 * result's metric implies. Worked examples of what is left out, and of how a reader with the default
 * settings treats data without a {@code kind}: implied by a metric read before the check-ins, else
 * required; a later {@code kind} must agree with the metric.
 */
class CompactWireTest {

  static final Json COMPACT = Json.of(Settings.DEFAULTS.withCompact(true));

  private static final Instant FEB_1 = Instant.parse("2026-02-01T09:00:00Z");

  /**
   * Two linear key results: one in count with defaults everywhere, one in number with a relative
   * target, a weight and a note.
   */
  static Objective grow() {
    return Objective.builder().id("o1").title("Grow").owner(OwnerRef.team("mkt")).cycle("q1").level(Level.TEAM)
        .keyResult(KeyResult.builder().id("k1").title("Leads")
            .metric(LinearMetric.of(Unit.COUNT, BigDecimal.ZERO, Target.absolute(new BigDecimal("3000"))))
            .checkIn(CheckIn.of(FEB_1, new CheckInData.Measurement(new BigDecimal("1200")))))
        .keyResult(KeyResult.builder().id("k2").title("Calls").weight(new BigDecimal("2"))
            .metric(LinearMetric.of(Unit.NUMBER, BigDecimal.TEN, Target.relative(new BigDecimal("0.5"))))
            .checkIn(CheckIn.of(FEB_1, new CheckInData.Measurement(new BigDecimal("4"))).withNote("hi")))
        .buildOrThrow();
  }

  @Test
  void aCompactDocumentLeavesOutDefaultsAndImpliedKinds() throws IOException {
    String expected = json("""
        {'format':'okr4j/1','kind':'objective','id':'o1','title':'Grow','owner':{'kind':'team','id':'mkt'},\
        'cycle':'q1','level':{'name':'team','rank':2},'keyResults':[\
        {'id':'k1','title':'Leads','metric':{'unit':{'kind':'count'},'baseline':0,'target':{'amount':3000}},\
        'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'value':1200}}]},\
        {'id':'k2','title':'Calls','weight':2,'metric':{'baseline':10,'target':{'kind':'relative','amount':0.5}},\
        'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'value':4},'note':'hi'}]}]}""");
    assertThat(COMPACT.write(grow())).isEqualTo(expected);
    WireSupport.assertSchemaValid(expected);
    // Any reader reads it, with no option, to the value written.
    assertThat(Json.DEFAULT.read(expected, Objective.class)).isEqualTo(grow());
    // The full form is unchanged: every default written.
    String full = Json.DEFAULT.write(grow());
    assertThat(full).contains("\"description\":\"\"", "\"type\":\"committed\"", "\"visibility\":{\"kind\":\"public\"}",
        "\"weight\":1,", "\"kind\":\"linear\"", "\"kind\":\"absolute\"", "\"data\":{\"kind\":\"measurement\",\"value\":1200}",
        "\"note\":\"\"", "\"tags\":[]");
    assertThat(expected.length()).isLessThan(full.length());
  }

  @Test
  void onlyTheDefaultIsLeftOutNotAnEqualNumberOfAnotherScale() throws IOException {
    KeyResult tenth = KeyResult.builder().id("k1").title("Leads").weight(new BigDecimal("1.0"))
        .metric(LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(BigDecimal.TEN))).buildOrThrow();
    String json = COMPACT.write(tenth);
    assertThat(json).isEqualTo(json("""
        {'format':'okr4j/1','kind':'key-result','id':'k1','title':'Leads','weight':1.0,\
        'metric':{'baseline':0,'target':{'amount':10}}}"""));
    assertThat(Json.DEFAULT.read(json, KeyResult.class)).isEqualTo(tenth);
  }

  @Test
  void aCheckInOnItsOwnKeepsItsDataKind() throws IOException {
    CheckIn talks = CheckIn.of(FEB_1, new CheckInData.Measurement(new BigDecimal("2")));
    assertThat(COMPACT.write(talks)).isEqualTo(json("""
        {'format':'okr4j/1','kind':'check-in','instant':'2026-02-01T09:00:00Z','data':{'kind':'measurement','value':2}}"""));
    assertThat(WireSupport.codesAt(WireSupport.failure(json("""
        {'format':'okr4j/1','kind':'check-in','instant':'2026-02-01T09:00:00Z','data':{'value':2}}"""), CheckIn.class)))
        .containsExactly("okr.required at /data/kind");
  }

  static String set(String keyResult) {
    return json("""
        {'format':'okr4j/1','kind':'okr-set','cycles':[{'id':'q1','name':'Q1','start':'2026-01-01','end':'2026-04-01'}],
         'objectives':[{'id':'o1','title':'Grow','owner':{'kind':'team','id':'mkt'},'cycle':'q1',
           'level':{'name':'team','rank':2},'keyResults':[KR]}]}""").replace("KR", json(keyResult));
  }

  static final String AT = "/objectives/0/keyResults/0/checkIns/0/data";

  @Test
  void aMetricReadBeforeTheCheckInsImpliesTheirKind() throws IOException {
    OkrSet set = Json.DEFAULT.read(set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binary'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'done':true}}]}"""), OkrSet.class);
    assertThat(set.objectives().get(0).keyResults().get(0).checkIns().get(0).data())
        .isEqualTo(new CheckInData.Completion(true));
    // A kind that comes later and agrees is accepted, as before.
    assertThat(Json.DEFAULT.read(set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binary'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'done':false,'kind':'completion'}}]}"""), OkrSet.class)
        .objectives().get(0).keyResults().get(0).checkIns().get(0).data()).isEqualTo(new CheckInData.Completion(false));
  }

  @Test
  void withoutAMetricBeforeThemTheKindIsRequired() {
    String late = set("""
        {'id':'k1','title':'Leads','checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'done':true}}],
         'metric':{'kind':'binary'}}""");
    assertThat(WireSupport.codesAt(WireSupport.failure(late, OkrSet.class))).containsExactly("okr.required at " + AT + "/kind");
    String invalidMetric = set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binaryish'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'done':true}}]}""");
    assertThat(WireSupport.codesAt(WireSupport.failure(invalidMetric, OkrSet.class))).containsExactly(
        "okr.json.unknown-kind at /objectives/0/keyResults/0/metric/kind", "okr.required at " + AT + "/kind");
  }

  @Test
  void aLaterKindMustAgreeWithTheMetric() {
    String zone = set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binary'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'done':true,'kind':'zone','zone':'fail'}}]}""");
    Failure f = WireSupport.failure(zone, OkrSet.class);
    assertThat(WireSupport.codesAt(f)).containsExactly("okr.check-in.kind-mismatch at " + AT);
    // The same data with its kind first is refused by the core with the same code at the same place.
    String first = set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binary'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'kind':'zone','zone':'fail'}}]}""");
    assertThat(WireSupport.codesAt(WireSupport.failure(first, OkrSet.class)))
        .containsExactly("okr.check-in.kind-mismatch at " + AT);
    assertThat(f.problems().get(0).message(java.util.Locale.ENGLISH))
        .isEqualTo(WireSupport.failure(first, OkrSet.class).problems().get(0).message(java.util.Locale.ENGLISH));
    String unknown = set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binary'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'done':true,'kind':'done'}}]}""");
    assertThat(WireSupport.codesAt(WireSupport.failure(unknown, OkrSet.class)))
        .containsExactly("okr.json.unknown-kind at " + AT + "/kind");
  }

  @Test
  void dataOfAnotherShapeWithoutKindIsReadAsTheImpliedKind() {
    String other = set("""
        {'id':'k1','title':'Leads','metric':{'kind':'binary'},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'zone':'fail'}}]}""");
    assertThat(WireSupport.codesAt(WireSupport.failure(other, OkrSet.class)))
        .containsExactly("okr.json.unknown-field at " + AT + "/zone", "okr.required at " + AT + "/done");
  }

  @Test
  void aMetricWithoutKindIsLinearAndATargetWithoutKindAbsolute() throws IOException {
    OkrSet set = Json.DEFAULT.read(set("""
        {'id':'k1','title':'Leads','metric':{'baseline':5,'target':{'amount':8}},
         'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':{'value':6}}]}"""), OkrSet.class);
    assertThat(set.objectives().get(0).keyResults().get(0).metric())
        .isEqualTo(LinearMetric.of(Unit.NUMBER, new BigDecimal("5"), Target.absolute(new BigDecimal("8"))));
    // A kind given late is honoured, for the metric (copied until its kind) as for the target.
    OkrSet late = Json.DEFAULT.read(set("""
        {'id':'k1','title':'Leads','metric':{'unit':{'kind':'percent'},'baseline':5,'target':{'amount':2,'kind':'points'},
         'kind':'linear'}}"""), OkrSet.class);
    assertThat(late.objectives().get(0).keyResults().get(0).metric())
        .isEqualTo(LinearMetric.of(Unit.PERCENT, new BigDecimal("5"), Target.points(new BigDecimal("2"))));
    assertThat(WireSupport.codesAt(WireSupport.failure(set("""
        {'id':'k1','title':'Leads','metric':{'baseline':5,'target':{'kind':'percent','amount':8}}}"""), OkrSet.class)))
        .containsExactly("okr.json.unknown-kind at /objectives/0/keyResults/0/metric/target/kind");
    // A metric of another kind is read by its kind wherever the kind stands.
    OkrSet threshold = Json.DEFAULT.read(set("""
        {'id':'k1','title':'Leads','metric':{'comparison':'at-least','threshold':5,'kind':'threshold'}}"""),
        OkrSet.class);
    assertThat(threshold.objectives().get(0).keyResults().get(0).metric().kind()).isEqualTo("threshold");
  }

  @Test
  void aMeasuredMetricWithoutUnitIsInNumbers() throws IOException {
    OkrSet set = Json.DEFAULT.read(set("""
        {'id':'k1','title':'Leads','metric':{'kind':'threshold','comparison':'at-least','threshold':5}}"""), OkrSet.class);
    assertThat(((org.okr4j.model.ThresholdMetric) set.objectives().get(0).keyResults().get(0).metric()).unit())
        .isEqualTo(Unit.NUMBER);
    // A unit that is there but wrong is reported, never replaced by the default.
    assertThat(WireSupport.codesAt(WireSupport.failure(set("""
        {'id':'k1','title':'Leads','metric':{'kind':'threshold','unit':3,'comparison':'at-least','threshold':5}}"""),
        OkrSet.class))).containsExactly("okr.json.wrong-type at /objectives/0/keyResults/0/metric/unit");
  }

  @Test
  void theCompactSeedReadsBackEqual() throws IOException {
    for (Object value : List.of(SeedOkrs.marketing(), SeedOkrs.social(), SeedOkrs.brand().keyResults().get(2),
        ScorecardWireTest.marketingScores(), AlignmentGraphWireTest.graph(org.okr4j.alignment.AlignmentPolicy.permissive()))) {
      String compact = COMPACT.write(value);
      WireSupport.assertSchemaValid(compact);
      assertThat(Json.DEFAULT.read(compact, org.okr4j.wire.DocumentKind.of(value.getClass()).type())).isEqualTo(value);
      assertThat(compact.length()).isLessThan(Json.DEFAULT.write(value).length());
    }
  }
}
