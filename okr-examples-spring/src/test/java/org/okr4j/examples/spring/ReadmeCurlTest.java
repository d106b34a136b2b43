package org.okr4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends exactly what the two {@code curl} lines of docs/spring-boot.md ("The example service") send, to the
 * example service on a random port, and checks the answers that page shows.
 */
@SpringBootTest(classes = OkrService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeCurlTest {

  private static final Path ROOT = root();
  private static final String PAGE = read(ROOT.resolve("docs/spring-boot.md"));

  @Value("${local.server.port}")
  int port;

  @Test
  void theFirstCurlLineCreatesAScorecard() throws Exception {
    HttpResponse<String> response = send(curlLines().get(0));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/okr-sets/1");
    JsonNode card = JsonMapper.builder().build().readTree(response.body());
    assertThat(card.get("kind").asString()).isEqualTo("scorecard");
    assertThat(card.get("asOf").asString()).isEqualTo("2026-03-31T16:00:00Z"); // 2026-04-01 00:00 in Asia/Shanghai
    assertThat(card.get("objectives").size()).isEqualTo(5);
  }

  @Test
  void theSecondCurlLineGetsTheProblemDetailsTheReadmeShows() throws Exception {
    HttpResponse<String> response = send(curlLines().get(1));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonMapper mapper = JsonMapper.builder().build();
    assertThat(mapper.readTree(response.body())).isEqualTo(mapper.readTree(shownResponse()));
  }

  @Test
  void lintFindingsAreInTheCallersLanguage() throws Exception {
    String sample = read(ROOT.resolve("okr-examples/src/main/resources/samples/marketing.json"));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/okr-sets/lint?asOf=2026-04-01"))
        .header("Content-Type", "application/json").header("Accept-Language", "zh-TW")
        .POST(HttpRequest.BodyPublishers.ofString(sample)).build();
    String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    JsonNode findings = JsonMapper.builder().build().readTree(body);
    assertThat(findings.size()).isPositive();
    assertThat(findings.get(0).get("code").asString()).isEqualTo("okr.lint.too-few-key-results");
    assertThat(findings.get(0).get("message").asString()).isEqualTo("有 0 個關鍵結果，建議 2 到 5 個");
  }

  /** The two curl lines of docs/spring-boot.md, each as its arguments. */
  static List<List<String>> curlLines() {
    int from = PAGE.indexOf("<!-- curl: okr-examples-spring -->");
    assertThat(from).as("the curl block of docs/spring-boot.md").isPositive();
    int start = PAGE.indexOf("```sh\n", from) + "```sh\n".length();
    String block = PAGE.substring(start, PAGE.indexOf("```", start));
    List<List<String>> lines = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.startsWith("curl ")) {
        lines.add(words(line));
      }
    }
    assertThat(lines).hasSize(2);
    return lines;
  }

  private static String shownResponse() {
    int from = PAGE.indexOf("<!-- response: okr-examples-spring -->");
    int start = PAGE.indexOf("```json\n", from) + "```json\n".length();
    return PAGE.substring(start, PAGE.indexOf("```", start));
  }

  /** Replays a curl command line: -X, -H, -d or --data-binary (text or @file from the repository's root), the URL. */
  private HttpResponse<String> send(List<String> curl) throws IOException, InterruptedException {
    String method = "GET";
    String url = null;
    String body = null;
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < curl.size(); i++) {
      String word = curl.get(i);
      switch (word) {
        case "-i", "-s" -> { }
        case "-X" -> method = curl.get(++i);
        case "-H" -> headers.add(curl.get(++i));
        case "-d", "--data-binary" -> {
          String data = curl.get(++i);
          body = data.startsWith("@") ? read(ROOT.resolve(data.substring(1))) : data;
        }
        default -> url = word;
      }
    }
    assertThat(url).startsWith("localhost:8080/");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + url.replace("localhost:8080", "localhost:" + port)))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (String header : headers) {
      int colon = header.indexOf(':');
      request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Splits a shell line into words: spaces separate, single quotes group. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("okr-examples-spring"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
