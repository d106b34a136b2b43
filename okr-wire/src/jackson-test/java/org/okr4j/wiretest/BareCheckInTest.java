package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.wiretest.BadInputTest.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.wire.Settings;

/**
 * Bare check-ins ({@code OkrModule.withBareCheckIns(true)}): a {@code CheckIn} read and written as
 * the check-in's own fields, the body a host's API receives for one check-in. Such a mapper reads
 * nothing else as a check-in (an envelope is an unknown field), its errors point into the body, and
 * every other document kind, with the check-ins inside it, is unchanged. A mapper without the
 * setting still reads and writes {@code check-in} documents.
 */
class BareCheckInTest {

  static final Json BARE = Json.of(Settings.DEFAULTS.withBareCheckIns(true));

  static final CheckIn TALKS = CheckIn.of(Instant.parse("2026-02-15T02:00:00Z"),
      new CheckInData.Measurement(new BigDecimal("2"))).withConfidence(Confidence.of(new BigDecimal("0.7")))
      .withNote("两场已确认").withAuthor(OwnerRef.person("u-1042"));

  /** A host's request: which key result, and the check-in. */
  record CheckInRequest(KeyResultId keyResult, CheckIn checkIn) {}

  static final String BODY = json("""
      {'instant':'2026-02-15T02:00:00Z','data':{'kind':'measurement','value':2},'confidence':0.7,\
      'note':'两场已确认','author':{'kind':'person','id':'u-1042'}}""");

  @Test
  void aBareCheckInIsTheCheckInsOwnFields() throws IOException {
    assertThat(BARE.write(TALKS)).isEqualTo(BODY);
    assertThat(BARE.read(BODY, CheckIn.class)).isEqualTo(TALKS);
    // The document form, for comparison: the same fields after the envelope.
    assertThat(Json.DEFAULT.write(TALKS)).isEqualTo("{\"format\":\"okr4j/1\",\"kind\":\"check-in\"," + BODY.substring(1));
    assertThat(BARE.read(json("{'data':{'kind':'completion','done':true},'instant':'2026-02-15T02:00:00Z'}"),
        CheckIn.class).data()).isEqualTo(new CheckInData.Completion(true));
  }

  @Test
  void errorsPointIntoTheBody() {
    String bad = json("{'instant':'2026-02-15','data':{'kind':'measurement','value':'two'},'confidence':2}");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, bad, CheckIn.class))).containsExactly(
        "okr.json.malformed.instant at /instant", "okr.json.malformed.decimal at /data/value",
        "okr.out-of-range at /confidence");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, "{}", CheckIn.class)))
        .containsExactly("okr.required at /instant", "okr.required at /data");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, "[]", CheckIn.class)))
        .containsExactly("okr.json.wrong-type at ");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, "null", CheckIn.class)))
        .containsExactly("okr.json.wrong-type at ");
  }

  @Test
  void aHandSetStatusAndAConfidenceLabelTravelWithTheCheckIn() throws IOException {
    CheckIn rated = TALKS.withConfidenceLabel("medium").withStatus(ManualStatus.AT_RISK);
    String body = BODY.replace(",'note'".replace('\'', '"'),
        ",\"confidenceLabel\":\"medium\",\"status\":\"at-risk\",\"note\"");
    assertThat(BARE.write(rated)).isEqualTo(body);
    assertThat(BARE.read(body, CheckIn.class)).isEqualTo(rated);
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, body.replace("at-risk", "AT_RISK"), CheckIn.class)))
        .containsExactly("okr.json.unknown-value at /status");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, body.replace("\"medium\"", "\" \""), CheckIn.class)))
        .containsExactly("okr.blank at /confidenceLabel");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, body.replace("\"medium\"", "\"" + "m".repeat(65) + "\""),
        CheckIn.class))).containsExactly("okr.too-long at /confidenceLabel");
  }

  @Test
  void onlyTheRequestedFormIsRead() {
    String document = "{\"format\":\"okr4j/1\",\"kind\":\"check-in\"," + BODY.substring(1);
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, document, CheckIn.class)))
        .containsExactly("okr.json.unknown-field at /format", "okr.json.unknown-field at /kind");
    assertThat(WireSupport.codesAt(WireSupport.failure(Json.DEFAULT, BODY, CheckIn.class)))
        .containsExactly("okr.required at /format", "okr.required at /kind");
  }

  @Test
  void aHostsRequestHoldsABareCheckIn() throws IOException {
    CheckInRequest request = new CheckInRequest(KeyResultId.of("kr-talks"), TALKS);
    String json = BARE.write(request);
    assertThat(json).isEqualTo("{\"keyResult\":\"kr-talks\",\"checkIn\":" + BODY + "}");
    assertThat(BARE.read(json, CheckInRequest.class)).isEqualTo(request);
    String bad = json.replace("\"value\":2", "\"value\":true");
    assertThat(WireSupport.codesAt(WireSupport.failure(BARE, bad, CheckInRequest.class)))
        .containsExactly("okr.json.wrong-type at /checkIn/data/value");
  }

  @Test
  void otherDocumentsAreUnchanged() throws IOException {
    OkrSet seed = SeedOkrs.marketing();
    assertThat(BARE.write(seed)).isEqualTo(Json.DEFAULT.write(seed));
    assertThat(BARE.read(Json.DEFAULT.write(seed), OkrSet.class)).isEqualTo(seed);
  }
}
