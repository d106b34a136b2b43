package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation's Java snippets running: every {@code <!-- snippet: NAME -->} block in
 * README.md or a page of {@code docs/} must appear, line for line (indentation and its
 * {@code import} lines aside), between {@code // snippet: NAME} and {@code // end snippet} in a test
 * under {@code org/okr4j/examples/readme}, which runs it and checks its numbers.
 * {@link ReadmeCompileTest} compiles the README's blocks with their imports.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = locateRoot();
  private static final Path SNIPPET_TESTS = ROOT.resolve("okr-examples/src/test/java/org/okr4j/examples/readme");

  @Test
  void everyReadmeSnippetIsCompiledByATest() throws IOException {
    Map<String, List<String>> readme = documentedSnippets();
    Map<String, List<String>> tests = testSnippets();
    assertThat(readme).as("README snippets").isNotEmpty();
    for (Map.Entry<String, List<String>> e : readme.entrySet()) {
      assertThat(tests).as("a test region for README snippet '%s'", e.getKey()).containsKey(e.getKey());
      assertThat(tests.get(e.getKey())).as("README snippet '%s' matches its test", e.getKey())
          .containsExactlyElementsOf(e.getValue());
    }
  }

  @Test
  void everyTestRegionIsInTheReadmeOrTheDocs() throws IOException {
    assertThat(documentedSnippets().keySet()).containsAll(testSnippets().keySet());
  }

  @Test
  void theReadmeKeepsItsTourSnippets() throws IOException {
    assertThat(readmeSnippets(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)).keySet())
        .contains("quickstart", "messages", "scoring", "lint", "json", "alignment", "pictures");
  }

  /** The snippets of README.md and of every page of docs/, by name. */
  static Map<String, List<String>> documentedSnippets() throws IOException {
    Map<String, List<String>> all = new LinkedHashMap<>(
        readmeSnippets(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)));
    try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
      for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
        all.putAll(readmeSnippets(Files.readString(page, StandardCharsets.UTF_8)));
      }
    }
    return all;
  }

  static Map<String, List<String>> readmeSnippets(String markdown) {
    Map<String, List<String>> snippets = new LinkedHashMap<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.startsWith("<!-- snippet:") && line.endsWith("-->")) {
        String name = line.substring("<!-- snippet:".length(), line.length() - 3).trim();
        int j = i + 1;
        if (j >= lines.length || !lines[j].trim().startsWith("```java")) {
          throw new AssertionError("snippet marker '" + name + "' is not followed by a ```java fence");
        }
        List<String> body = new ArrayList<>();
        for (j = j + 1; j < lines.length && !lines[j].trim().equals("```"); j++) {
          if (!lines[j].startsWith("import ")) {
            body.add(lines[j]);
          }
        }
        snippets.put(name, normalize(body));
      }
    }
    return snippets;
  }

  private static Map<String, List<String>> testSnippets() throws IOException {
    Map<String, List<String>> snippets = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SNIPPET_TESTS)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i].trim();
          if (line.startsWith("// snippet:")) {
            String name = line.substring("// snippet:".length()).trim();
            List<String> body = new ArrayList<>();
            for (int j = i + 1; j < lines.length && !lines[j].trim().equals("// end snippet"); j++) {
              body.add(lines[j]);
            }
            snippets.put(name, normalize(body));
          }
        }
      }
    }
    return snippets;
  }

  /** Drops blank lines and the common indentation, and trims line ends. */
  private static List<String> normalize(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        out.add(l.substring(indent).stripTrailing());
      }
    }
    return out;
  }

  private static Path locateRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
