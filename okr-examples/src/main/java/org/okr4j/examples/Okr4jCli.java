package org.okr4j.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.jackson.OkrModule;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintContext;
import org.okr4j.lint.OkrLinter;
import org.okr4j.lint.Severity;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code okr4j} command line over {@code okr4j/1} JSON documents:
 * <pre>
 * okr4j score FILE.json [--as-of DATE] [--policy NAME] [--format text|json|mermaid]
 * okr4j lint FILE.json [--as-of DATE]
 * okr4j explain FILE.json KR_ID [--as-of DATE] [--policy NAME]
 * okr4j report FILE.json [--as-of DATE] [--policy NAME] [--viewer KIND:ID] -o report.html
 * </pre>
 * FILE.json is an {@code okr4j/1} document of kind {@code okr-set} (the OKRs) or
 * {@code alignment-graph} (the OKRs with their alignment links, checked on reading: a cycle, a
 * dangling id or a policy violation is malformed input). With a graph, objectives are scored with
 * the roll-up through it ({@link GraphScorecard}), lint also runs the alignment rules, and
 * {@code --format mermaid} draws the links.
 *
 * <p>Exit codes: 0 success; 1 lint found at least one finding of severity {@code ERROR} (warnings
 * and infos are printed but do not fail); 2 unreadable or malformed input, or input the core refuses
 * (one paragraph on standard error with the error code and JSON path, never a stack trace); 3 an
 * unexpected failure, a bug (one paragraph naming the exception, never a stack trace). Sample
 * documents for the seed's cases are bundled under {@code samples/} on the classpath.
 */
@Command(name = "okr4j", mixinStandardHelpOptions = true, version = "okr4j examples CLI",
    description = "Scores, lints, explains and reports okr4j/1 JSON documents (kind okr-set or alignment-graph).",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:lint found at least one finding of severity ERROR",
        "2:unreadable or malformed input (one paragraph with the error code and JSON path)",
        "3:an unexpected failure, a bug (one paragraph naming the exception)"},
    subcommands = {Okr4jCli.Score.class, Okr4jCli.Lint.class, Okr4jCli.Explain.class, ReportCommand.class})
public final class Okr4jCli implements Callable<Integer> {

  /** Exit code for lint findings of severity {@code ERROR}. */
  public static final int LINT_ERRORS = 1;

  /** Exit code for unreadable or malformed input. */
  public static final int BAD_INPUT = 2;

  /** Exit code for an unexpected failure: a bug, reported in one paragraph rather than a stack trace. */
  public static final int INTERNAL_ERROR = 3;

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());

  @Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls it. */
  public Okr4jCli() {}

  /**
   * Runs the CLI and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /**
   * Runs the CLI with the given output streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Okr4jCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof BadInput bad) {
        line.getErr().println(bad.getMessage());
        return BAD_INPUT;
      }
      if (ex instanceof OkrException refused) {
        // input the core refuses while scoring or linting, such as an --as-of day outside its domain
        line.getErr().println("okr4j: the input was refused: " + refused.getMessage()
            + ". Nothing was scored; fix the input and run the command again.");
        return BAD_INPUT;
      }
      line.getErr().println(unexpected(ex));
      return INTERNAL_ERROR;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands errors (StackOverflowError, OutOfMemoryError) back rather than to the handler
      err.println(unexpected(e));
      code = INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The one paragraph printed for a failure that is a bug rather than bad input. */
  private static String unexpected(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    return "okr4j: unexpected failure, a bug in okr4j (please report it): " + e.getClass().getName()
        + (message.length() > 300 ? message.substring(0, 300) + "…" : message) + ".";
  }

  /** Unreadable or malformed input, with its one-paragraph message. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The OKRs read from a file and, for an {@code alignment-graph} document, their alignment graph.
   *
   * @param set the OKRs
   * @param graph the alignment graph, or {@code null} for an {@code okr-set} document
   */
  record Document(OkrSet set, AlignmentGraph graph) {

    /** Scores the OKRs, through the alignment graph when there is one. */
    Scorecard score(ScoringPolicy policy, Instant asOf) {
      return graph == null ? Scorer.evaluate(set, policy, asOf) : GraphScorecard.evaluate(graph, policy, asOf).scorecard();
    }
  }

  /**
   * Returns the top-level {@code kind} of a JSON object, streaming past every other value; empty if
   * there is none.
   */
  private static String kindOf(String text) throws IOException {
    try (JsonParser p = MAPPER.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        if (name.equals("kind") && t == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return "";
    }
  }

  /**
   * Reads a document of kind {@code okr-set} or {@code alignment-graph}, turning every failure into
   * one paragraph naming the code and the JSON path.
   *
   * @param file the file
   * @return the OKRs, with their alignment graph if the document has one
   */
  static Document read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new BadInput("okr4j: cannot read " + file + " (okr.io.unreadable at /): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
    }
    try {
      if (kindOf(text).equals("alignment-graph")) {
        AlignmentGraph graph = MAPPER.readValue(text, AlignmentGraph.class);
        return new Document(graph.set(), graph);
      }
      // Any other kind is read as an OKR set, so that a wrong kind is reported as such.
      return new Document(MAPPER.readValue(text, OkrSet.class), null);
    } catch (MismatchedInputException e) {
      String problems = e.getOriginalMessage().strip().replaceAll(":\\s*\\R\\s*", ": ")
          .replaceAll("\\s*\\R\\s*", "; ");
      throw new BadInput("okr4j: " + file + " is not a valid okr4j/1 document: " + problems
          + ". Nothing was scored; fix the document and run the command again.");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new BadInput("okr4j: " + file + " is not well-formed JSON (okr.json.syntax at /" + where + "): "
          + e.getOriginalMessage().strip().replaceAll("\\s*\\R\\s*", " ")
          + ". Nothing was scored; fix the document and run the command again.");
    } catch (IOException e) {
      throw new BadInput("okr4j: cannot read " + file + " (okr.io.unreadable at /): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
    }
  }

  /**
   * Parses a policy name with {@link ScoringPolicy#preset(String)}.
   *
   * @param name one of {@link ScoringPolicy#presets()}, in any case
   * @return the policy
   */
  static ScoringPolicy policy(String name) {
    return ScoringPolicy.preset(name).getOrElseThrow(error -> new BadInput("okr4j: unknown policy " + name
        + " (okr.cli.unknown-policy at --policy); use " + ScoringPolicy.presets().mkString(", ") + "."));
  }

  /** Options shared by the subcommands. */
  static class Common {
    @Parameters(index = "0", paramLabel = "FILE.json",
        description = "An okr4j/1 document of kind okr-set, or alignment-graph (OKRs with their alignment links).")
    Path file;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "Evaluate at the start of this day (UTC), using only what was known then; default today.")
    LocalDate asOf;

    Instant instant() {
      return asOf == null ? Instant.now() : asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }

  /** {@code okr4j score}. */
  @Command(name = "score", mixinStandardHelpOptions = true, description = "Prints the scorecard.")
  static final class Score extends Common implements Callable<Integer> {
    @Option(names = "--policy", defaultValue = "default", paramLabel = "NAME",
        description = "default, google, quantive, perdoo, oslo or puzzle (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text, json or mermaid (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
      ScoringPolicy p = policy(policy);
      Document doc = read(file);
      Scorecard card = doc.score(p, instant());
      PrintWriter out = spec.commandLine().getOut();
      switch (format.toLowerCase(Locale.ROOT)) {
        case "text" -> out.print("okr4j scorecard of " + file.getFileName() + " as of " + card.asOf() + " (policy "
            + policy + ")\n" + MarketingDepartment.scorecard(card));
        case "json" -> out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(card)));
        case "mermaid" -> out.print(doc.graph() == null ? AlignmentGraph.mermaidOf(doc.set()) : doc.graph().toMermaid());
        default -> throw new BadInput("okr4j: unknown format " + format
            + " (okr.cli.unknown-format at --format); use text, json or mermaid.");
      }
      return 0;
    }

    private static ObjectNode json(Scorecard card) {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("asOf", card.asOf().toString());
      ArrayNode objectives = root.putArray("objectives");
      for (ObjectiveScore o : card.objectives()) {
        ObjectNode on = objectives.addObject();
        on.put("id", o.id().value());
        put(on, "progress", o.progress());
        put(on, "grade", o.grade());
        on.put("band", o.band().map(b -> b.label()).getOrNull());
        on.put("status", o.status().name());
        ArrayNode krs = on.putArray("keyResults");
        for (KeyResultScore k : o.keyResults()) {
          ObjectNode kn = krs.addObject();
          kn.put("id", k.id().value());
          put(kn, "raw", k.raw());
          put(kn, "progress", k.progress());
          put(kn, "grade", k.grade());
          kn.put("band", k.band().map(b -> b.label()).getOrNull());
          kn.put("status", k.status().name());
          kn.put("explanation", k.explanation().equation());
        }
      }
      return root;
    }

    private static void put(ObjectNode node, String field, io.vavr.control.Option<BigDecimal> value) {
      if (value.isDefined()) {
        node.put(field, value.get());
      } else {
        node.putNull(field);
      }
    }
  }

  /** {@code okr4j lint}. */
  @Command(name = "lint", mixinStandardHelpOptions = true,
      description = {"Prints the lint findings (with an alignment-graph document, the alignment rules too).",
          "Exit code 1 if at least one finding has severity ERROR; warnings and infos do not fail."})
  static final class Lint extends Common implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Document doc = read(file);
      LintContext context = LintContext.of(doc.set(), instant());
      Seq<Finding> findings = OkrLinter.withDefaults().lint(doc.graph() == null ? context : context.withGraph(doc.graph()));
      PrintWriter out = spec.commandLine().getOut();
      for (Finding f : findings) {
        out.println(f.severity() + " " + f.code() + " at " + f.path() + ": " + f.message(Locale.ENGLISH));
      }
      out.println(findings.size() + " findings");
      return findings.exists(f -> f.severity() == Severity.ERROR) ? LINT_ERRORS : 0;
    }
  }

  /** {@code okr4j explain}. */
  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explains how a key result's progress, status and forecast were derived.")
  static final class Explain extends Common implements Callable<Integer> {
    @Parameters(index = "1", paramLabel = "KR_ID", description = "The key result's id.")
    String keyResult;

    @Option(names = "--policy", defaultValue = "default", paramLabel = "NAME",
        description = "default, google, quantive, perdoo, oslo or puzzle (default: ${DEFAULT-VALUE}).")
    String policy;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ScoringPolicy p = policy(policy);
      Scorecard card = read(file).score(p, instant());
      KeyResultScore k = KeyResultId.parse(keyResult).toOption().flatMap(card::keyResult)
          .getOrElseThrow(() -> new BadInput("okr4j: " + file + " has no key result " + keyResult
              + " (okr.dangling-reference at /keyResult)."));
      PrintWriter out = spec.commandLine().getOut();
      out.println(k.explanation().render());
      out.println(k.statusExplanation().render());
      out.println(k.forecastExplanation().render());
      return 0;
    }
  }

}
