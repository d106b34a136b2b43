package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of README.md exactly as a reader would copy it: its
 * {@code import} lines at the top of a file, its statements in a method. Every module of okr4j is
 * on this module's test class path, so a block that misses an import, names a type that does not
 * exist or calls a deprecated method (of okr4j or of Jackson) fails here. Imports the block does not
 * use fail too, so the list stays what the block needs.
 */
class ReadmeCompileTest {

  private static final Pattern IMPORT = Pattern.compile("import ([\\w.]+)\\.(\\w+);");

  @Test
  void everyJavaBlockOfTheReadmeCompilesWithItsImports(@TempDir Path out) throws IOException {
    Path root = MarketingChartsTest.ROOT;
    List<String> blocks = javaBlocks(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(blocks).as("the README's java blocks").hasSizeGreaterThanOrEqualTo(7);

    List<JavaFileObject> units = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      units.add(unit("ReadmeBlock" + i, blocks.get(i)));
      assertThat(unusedImports(blocks.get(i))).as("unused imports of README java block %d", i + 1).isEmpty();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", String.join(File.pathSeparator, testClassPath()),
          "-d", out.toString(), "-proc:none", "-Xlint:deprecation,removal,-options");
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
            || d.getKind() == Diagnostic.Kind.WARNING) {
          problems.add(d.getKind() + " in " + (d.getSource() == null ? "?" : d.getSource().getName())
              + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
        }
      }
      assertThat(problems).as("compiler diagnostics").isEmpty();
      assertThat(ok).isTrue();
    }
  }

  @Test
  void aBlockWithoutItsImportDoesNotCompile(@TempDir Path out) throws IOException {
    // The check is only as good as the compiler run: a block that lacks an import must fail it.
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", String.join(File.pathSeparator, testClassPath()),
          "-d", out.toString(), "-proc:none");
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          List.of(unit("Missing", "Cycle q1 = Cycle.of(\"q1\", \"Q1\", java.time.LocalDate.of(2026, 1, 1),"
              + " java.time.LocalDate.of(2026, 4, 1));"))).call();
      assertThat(ok).isFalse();
    }
    assertThat(unusedImports("import java.util.Locale;\nString s = \"Locale\";")).containsExactly("java.util.Locale");
  }

  /** The bodies of the {@code ```java} fences, in order. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().equals("```java")) {
        StringBuilder body = new StringBuilder();
        for (i = i + 1; i < lines.length && !lines[i].trim().equals("```"); i++) {
          body.append(lines[i]).append('\n');
        }
        blocks.add(body.toString());
      }
    }
    return blocks;
  }

  /** A compilation unit: the block's imports, then its statements in a method that may throw. */
  private static JavaFileObject unit(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      (line.startsWith("import ") ? imports : statements).append(line).append('\n');
    }
    String source = imports + "\nclass " + name + " {\n  static void run() throws Exception {\n" + statements
        + "  }\n}\n";
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
  }

  /** The imports whose simple name appears nowhere in the block's code (strings and comments aside). */
  static List<String> unusedImports(String block) {
    StringBuilder code = new StringBuilder();
    List<String[]> imports = new ArrayList<>();
    for (String line : block.split("\n", -1)) {
      Matcher m = IMPORT.matcher(line.trim());
      if (m.matches()) {
        imports.add(new String[] {m.group(1) + "." + m.group(2), m.group(2)});
      } else {
        code.append(line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "")).append('\n');
      }
    }
    List<String> unused = new ArrayList<>();
    for (String[] imp : imports) {
      if (!Pattern.compile("\\b" + imp[1] + "\\b").matcher(code).find()) {
        unused.add(imp[0]);
      }
    }
    return unused;
  }

  /**
   * The test class path: Surefire's, read from its manifest-only booter jar when it runs through
   * one.
   */
  private static Set<String> testClassPath() throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    String fromSurefire = System.getProperty("surefire.test.class.path");
    String path = fromSurefire != null ? fromSurefire : System.getProperty("java.class.path");
    for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
      if (entry.isEmpty()) {
        continue;
      }
      entries.add(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
        try (JarFile jar = new JarFile(entry)) {
          Manifest manifest = jar.getManifest();
          String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
          if (classPath != null) {
            for (String url : classPath.trim().split("\\s+")) {
              URI uri = URI.create(url);
              entries.add(uri.isAbsolute() ? Path.of(uri).toString()
                  : Path.of(entry).toAbsolutePath().getParent().resolve(uri.getPath()).toString());
            }
          }
        }
      }
    }
    return entries;
  }
}
