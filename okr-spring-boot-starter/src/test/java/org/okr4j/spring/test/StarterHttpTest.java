package org.okr4j.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.scoring.ScoringPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter in a real server on a random port, called over HTTP as a client would: the host's
 * code is a plain controller taking {@code OkrSet} bodies; everything else is the starter's. The
 * test application's {@code application.properties} sets {@code okr4j.*} properties, and its
 * {@code messages_de.properties} translates some okr4j codes into German.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterHttpTest {

  private static final String JSON = "application/json";

  @Value("${local.server.port}")
  int port;

  @Autowired
  ScoringPolicy policy;

  @Autowired
  Clock clock;

  private HttpResponse<String> post(String path, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = JSON;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return Http.post(URI.create("http://localhost:" + port + path), body, all);
  }

  @Test
  void aValidDocumentIsCreated() {
    HttpResponse<String> response = post("/okr-sets", Documents.VALID);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/okr-sets/1"));
    assertThat((String) JsonPath.read(response.body(), "$.format")).isEqualTo("okr4j/1");
    assertThat((String) JsonPath.read(response.body(), "$.kind")).isEqualTo("scorecard");
    assertThat(JsonPath.<List<String>>read(response.body(), "$.objectives[0].keyResults[*].id"))
        .containsExactlyInAnyOrder("kr-talks", "kr-campaigns");
  }

  @Test
  void aDocumentWithThreeProblemsListsThemAllInOneProblemDetail() {
    HttpResponse<String> response = post("/okr-sets", Documents.THREE_PROBLEMS);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    String body = response.body();
    assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("https://github.com/okr4j/okr4j/blob/main/docs/spring-boot.md#json");
    assertThat((String) JsonPath.read(body, "$.title")).isEqualTo("Invalid okr4j document");
    assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(400);
    assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo(
        "The okr4j/1 document has 3 problems; each is listed in errors with its code, JSON Pointer and message.");
    assertThat((String) JsonPath.read(body, "$.instance")).isEqualTo("/okr-sets");
    assertThat(errors(body)).extracting(e -> e.get("code") + " at " + e.get("pointer")).containsExactlyInAnyOrder(
        "okr.blank at /objectives/0/title",
        "okr.out-of-range at /objectives/0/keyResults/0/weight",
        "okr.json.unknown-field at /objectives/0/colour");
    assertThat(message(body, "okr.blank")).isEqualTo("must not be blank");
    assertThat(message(body, "okr.out-of-range")).isEqualTo("is -1, but must be ≥ 0");
    assertThat(message(body, "okr.json.unknown-field")).startsWith("is not a field of objective (its fields are id, title,");
  }

  @Test
  void acceptLanguageZhCnGivesSimplifiedChinese() {
    String body = post("/okr-sets", Documents.THREE_PROBLEMS, "Accept-Language", "zh-CN").body();
    assertThat((String) JsonPath.read(body, "$.title")).isEqualTo("okr4j 文档无效");
    assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo("okr4j/1 文档有 3 个问题，errors 中列出了每个问题的代码、JSON 指针和说明。");
    assertThat(message(body, "okr.blank")).isEqualTo("不能为空");
    assertThat(message(body, "okr.out-of-range")).isEqualTo("为 -1，但必须 ≥ 0");
    assertThat(message(body, "okr.json.unknown-field")).startsWith("不是 objective 的字段（其字段为 id, title,");
  }

  @Test
  void acceptLanguageZhTwAndZhHkGiveTraditionalChinese() {
    for (String language : List.of("zh-TW", "zh-HK,zh;q=0.9,en;q=0.8")) {
      String body = post("/okr-sets", Documents.THREE_PROBLEMS, "Accept-Language", language).body();
      assertThat((String) JsonPath.read(body, "$.title")).as(language).isEqualTo("okr4j 文件無效");
      assertThat(message(body, "okr.blank")).as(language).isEqualTo("不得為空白");
      assertThat(message(body, "okr.out-of-range")).as(language).isEqualTo("為 -1，但必須 ≥ 0");
    }
  }

  @Test
  void theApplicationsMessagesDePropertiesGivesGerman() {
    String body = post("/okr-sets", Documents.THREE_PROBLEMS, "Accept-Language", "de-DE").body();
    assertThat((String) JsonPath.read(body, "$.title")).isEqualTo("Ungültiges okr4j-Dokument");
    assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo("Das okr4j/1-Dokument hat 3 Probleme.");
    assertThat(message(body, "okr.blank")).isEqualTo("darf nicht leer sein");
    assertThat(message(body, "okr.out-of-range")).isEqualTo("ist -1, muss aber ≥ 0 sein");
    // a code the application did not translate falls back to okr4j's English
    assertThat(message(body, "okr.json.unknown-field")).startsWith("is not a field of objective");
  }

  @Test
  void wellFormedJsonWithInvalidOkrsIs422() {
    HttpResponse<String> response = post("/okr-sets", Documents.INVALID_OKRS);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat((String) JsonPath.read(response.body(), "$.type")).endsWith("#validation");
    assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo("Invalid OKRs");
    assertThat(errors(response.body())).extracting(e -> e.get("code")).containsExactlyInAnyOrder(
        "okr.blank", "okr.out-of-range");
  }

  @Test
  void anOkrExceptionOfTheApplicationIs422() {
    String request = "{\"set\": " + Documents.VALID + ", \"keyResult\": \"kr-missing\", \"checkIn\": "
        + "{\"format\": \"okr4j/1\", \"kind\": \"check-in\", \"instant\": \"2026-02-20T09:00:00Z\","
        + " \"data\": {\"kind\": \"measurement\", \"value\": 4}}}";
    HttpResponse<String> response = post("/check-ins", request, "Accept-Language", "zh-CN");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat((String) JsonPath.read(response.body(), "$.type")).endsWith("#validation");
    assertThat((String) JsonPath.read(response.body(), "$.detail")).isEqualTo("OKR 有 1 个问题，errors 中列出了每个问题的代码、路径和说明。");
    assertThat(errors(response.body())).extracting(e -> e.get("code")).containsExactly("okr.dangling-reference");
  }

  @Test
  void theJsonLimitsComeFromTheProperties() {
    HttpResponse<String> response = post("/okr-sets", Documents.SIX_TAGS);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(errors(response.body())).extracting(e -> e.get("code") + " at " + e.get("pointer"))
        .containsExactly("okr.json.too-many at /objectives/0/tags/5");
  }

  @Test
  void anUnreadableBodyThatIsNotOkr4jsIsLeftToSpring() {
    HttpResponse<String> response = post("/notes", "{\"text\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("errors").doesNotContain("okr4j");
    assertThat(post("/notes", "{\"text\": \"hello\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void theScoringPolicyAndClockComeFromTheProperties() {
    assertThat(policy).isEqualTo(ScoringPolicy.google());
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  private static List<Map<String, Object>> errors(String body) {
    return JsonPath.read(body, "$.errors");
  }

  private static String message(String body, String code) {
    return errors(body).stream().filter(e -> code.equals(e.get("code"))).map(e -> (String) e.get("message"))
        .findFirst().orElseThrow();
  }
}
