package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.wiretest.WireSupport.MAPPER;
import static org.okr4j.wiretest.WireSupport.codesAt;
import static org.okr4j.wiretest.WireSupport.failure;

import io.vavr.collection.TreeMap;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Zone;

/** Ordinal metrics and zone check-ins on the wire. */
class OrdinalWireTest {

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static String keyResult(String metric, String data) {
    return json("{'format':'okr4j/1','kind':'key-result','id':'rating','title':'Partners rate the portal',"
        + "'metric':" + metric + ",'checkIns':[{'instant':'2026-02-01T09:00:00Z','data':" + data + "}]}");
  }

  @Test
  void anOrdinalKeyResultRoundTripsWithItsScoresAndDescriptions() throws Exception {
    KeyResult kr = KeyResult.builder().id("rating").title("Partners rate the portal")
        .metric(OrdinalMetric.of(OrdinalMetric.scores("0", "0.5", "0.75", "1"),
            TreeMap.of(Zone.COMMIT, "8 of 10 partners rate it good")))
        .checkIn(CheckIn.of(Instant.parse("2026-02-01T09:00:00Z"), new CheckInData.ZoneReached(Zone.COMMIT)))
        .buildOrThrow();
    String text = MAPPER.write(kr);
    assertThat(text).contains(json("'metric':{'kind':'ordinal','scores':{'fail':0,'commit':0.5,'target':0.75,"
        + "'stretch':1},'descriptions':{'commit':'8 of 10 partners rate it good'}}"));
    assertThat(text).contains(json("'data':{'kind':'zone','zone':'commit'}"));
    WireSupport.assertSchemaValid(text);
    assertThat(MAPPER.read(text, KeyResult.class)).isEqualTo(kr);
  }

  @Test
  void declaredCommitAndStretchLevelsRoundTrip() throws Exception {
    String text = json("{'format':'okr4j/1','kind':'key-result','id':'k','title':'Leads','metric':{'kind':'linear',"
        + "'unit':{'kind':'count'},'baseline':0,'target':{'kind':'absolute','amount':70},'commit':30,'stretch':100},"
        + "'checkIns':[]}");
    WireSupport.assertSchemaValid(text);
    KeyResult kr = MAPPER.read(text, KeyResult.class);
    org.okr4j.model.LinearMetric m = (org.okr4j.model.LinearMetric) kr.metric();
    assertThat(m.commit()).contains(new java.math.BigDecimal("30"));
    assertThat(m.stretch()).contains(new java.math.BigDecimal("100"));
    assertThat(MAPPER.write(kr)).contains(json("'commit':30,'stretch':100"));
    assertThat(codesAt(failure(text.replace("'stretch':100".replace('\'', '"'), "'stretch':50".replace('\'', '"')),
        KeyResult.class))).containsExactly("okr.out-of-range at /metric/stretch");
  }

  @Test
  void aScorecardReportsTheZoneOfOrdinalAndStretchScoredKeyResults() throws Exception {
    org.okr4j.model.Cycle q1 = org.okr4j.model.Cycle.of("q1", "Q1", java.time.LocalDate.of(2026, 1, 1),
        java.time.LocalDate.of(2026, 4, 1));
    Instant feb = Instant.parse("2026-02-01T09:00:00Z");
    KeyResult rating = KeyResult.builder().id("rating").title("Partners rate the portal").metric(OrdinalMetric.of())
        .checkIn(CheckIn.of(feb, new CheckInData.ZoneReached(Zone.TARGET))).buildOrThrow();
    // b = 0, t = 70 → s = 100 under the puzzle preset; 80 → 0.8, zone TARGET
    KeyResult leads = KeyResult.builder().id("leads").title("Leads").metric(org.okr4j.model.LinearMetric.of(
        org.okr4j.model.Unit.COUNT, java.math.BigDecimal.ZERO,
        org.okr4j.model.Target.absolute(new java.math.BigDecimal("70"))))
        .checkIn(CheckIn.of(feb, new CheckInData.Measurement(new java.math.BigDecimal("80")))).buildOrThrow();
    org.okr4j.model.OkrSet set = org.okr4j.model.OkrSet.builder().cycle(q1).objective(org.okr4j.model.Objective
        .builder().id("o").title("Partners").owner(org.okr4j.model.OwnerRef.team("partners")).cycle("q1")
        .level(org.okr4j.model.Level.TEAM).keyResult(rating).keyResult(leads).buildOrThrow()).buildOrThrow();
    String text = MAPPER.write(org.okr4j.scoring.Scorer.evaluate(set,
        org.okr4j.scoring.ScoringPolicy.puzzle(), Instant.parse("2026-03-01T00:00:00Z")));
    WireSupport.assertSchemaValid(text);
    assertThat(text).contains(json("'id':'rating','weight':1,'raw':0.7,'progress':0.7,'grade':0.7,'band':"))
        .contains(json("'zone':'target','segments':{'fail':1,'commit':1,'target':0,'stretch':0},'expected'"));
    // both scores report zone TARGET (the document's set also holds the rating's zone check-in)
    com.fasterxml.jackson.databind.JsonNode scores = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text)
        .get("objectives").get(0).get("keyResults");
    assertThat(scores).hasSize(2);
    scores.forEach(score -> assertThat(score.get("zone").asText()).isEqualTo("target"));
    // leads against its levels 0 / 30 / 70 / 100 (commit 0.3 × 100, stretch 70 / 0.7) at 80: the
    // reference level is the stretch level, so 80 of 100 done, 20 to go; segments 80/30 → 1,
    // 50/40 → 1, 10/30 = 0.333…, 0
    com.fasterxml.jackson.databind.JsonNode lead = scores.get(1);
    assertThat(lead.get("current").decimalValue()).isEqualByComparingTo("80");
    assertThat(lead.get("target").decimalValue()).isEqualByComparingTo("100");
    assertThat(List.of("current", "target", "done", "remaining", "total").stream()
        .map(f -> lead.get("amounts").get(f).decimalValue().stripTrailingZeros().toPlainString()))
        .containsExactly("80", "100", "80", "20", "100");
    assertThat(List.of("baseline", "commit", "target", "stretch").stream()
        .map(f -> lead.get("levels").get(f).decimalValue().stripTrailingZeros().toPlainString()))
        .containsExactly("0", "30", "70", "100");
    assertThat(text).contains(json("'segments':{'fail':1,'commit':1,'target':"
        + java.math.BigDecimal.TEN.divide(new java.math.BigDecimal("30"), java.math.MathContext.DECIMAL128)
        + ",'stretch':0}"));
  }

  @Test
  void scoresDefaultToTheAgreedLevels() throws Exception {
    String text = keyResult("{'kind':'ordinal'}", "{'kind':'zone','zone':'stretch'}");
    WireSupport.assertSchemaValid(text);
    KeyResult kr = MAPPER.read(text, KeyResult.class);
    assertThat(kr.metric()).isEqualTo(OrdinalMetric.of());
    assertThat(kr.checkIns().head().data()).isEqualTo(new CheckInData.ZoneReached(Zone.STRETCH));
  }

  @Test
  void badOrdinalInputIsReportedWithCodesAndPointers() {
    // a value check-in on an ordinal key result
    assertThat(codesAt(failure(keyResult("{'kind':'ordinal'}", "{'kind':'measurement','value':3}"), KeyResult.class)))
        .containsExactly("okr.check-in.kind-mismatch at /checkIns/0/data");
    // a zone check-in on a linear key result
    assertThat(codesAt(failure(keyResult(
        "{'kind':'linear','unit':{'kind':'count'},'baseline':0,'target':{'kind':'absolute','amount':5}}",
        "{'kind':'zone','zone':'target'}"), KeyResult.class)))
        .containsExactly("okr.check-in.kind-mismatch at /checkIns/0/data");
    // an unknown zone, a missing zone
    assertThat(codesAt(failure(keyResult("{'kind':'ordinal'}", "{'kind':'zone','zone':'great'}"), KeyResult.class)))
        .containsExactly("okr.json.unknown-value at /checkIns/0/data/zone");
    assertThat(codesAt(failure(keyResult("{'kind':'ordinal'}", "{'kind':'zone'}"), KeyResult.class)))
        .containsExactly("okr.required at /checkIns/0/data/zone");
    // decreasing scores (commit 0.2 < fail 0.5), a missing zone's score, an unknown zone name
    assertThat(codesAt(failure(keyResult("{'kind':'ordinal','scores':{'fail':0.5,'commit':0.2,'stretch':1}}",
        "{'kind':'zone','zone':'fail'}"), KeyResult.class))).containsExactlyInAnyOrder(
        "okr.out-of-range at /metric/scores/commit", "okr.required at /metric/scores/target");
    assertThat(codesAt(failure(keyResult("{'kind':'ordinal','descriptions':{'meh':'x'}}",
        "{'kind':'zone','zone':'fail'}"), KeyResult.class)))
        .containsExactly("okr.json.unknown-field at /metric/descriptions/meh");
  }
}
