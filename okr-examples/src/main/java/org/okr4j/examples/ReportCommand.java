package org.okr4j.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.charts.HtmlReport;
import org.okr4j.lint.Finding;
import org.okr4j.lint.LintContext;
import org.okr4j.lint.OkrLinter;
import org.okr4j.model.OwnerKind;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code okr4j report FILE.json [--as-of DATE] [--policy NAME] [--viewer KIND:ID] -o report.html}: writes
 * the document's {@link HtmlReport} (scorecard, burn-up charts, alignment tree and lint findings) as
 * the viewer may see it, scored through the document's alignment graph (an {@code okr-set} document
 * through a graph without links) and linted as {@code okr4j lint} lints it. A bad viewer or an
 * output that cannot be written is bad input (exit code 2, one paragraph).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a one-file HTML report: the scorecard, each objective's burn-up chart, the alignment "
        + "tree and the lint findings, as inline SVG with no script and nothing fetched.",
        "The report shows what the viewer may see; objectives hidden from them are placeholders."})
final class ReportCommand extends Okr4jCli.Common implements Callable<Integer> {
  @Option(names = "--policy", defaultValue = "default", paramLabel = "NAME",
      description = "default, google, quantive, perdoo or oslo (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--viewer", paramLabel = "KIND:ID",
      description = "Who the report is for, such as person:market-analyst; default anyone (public objectives only).")
  String viewer;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "The file to write.")
  Path output;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ScoringPolicy p = Okr4jCli.policy(policy);
    OwnerRef who = viewer == null ? null : owner(viewer);
    Okr4jCli.Document doc = Okr4jCli.read(file);
    Instant at = instant();
    AlignmentGraph graph = doc.graph() == null ? AlignmentGraph.of(doc.set()) : doc.graph();
    LintContext context = LintContext.of(doc.set(), at);
    Seq<Finding> findings = OkrLinter.withDefaults().lint(doc.graph() == null ? context : context.withGraph(graph));
    HtmlReport report = HtmlReport.of("okr4j report of " + file.getFileName() + " (policy " + policy + ")",
        GraphScorecard.evaluate(graph, p, at), who, findings);
    try {
      Files.writeString(output, report.toHtml(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new Okr4jCli.BadInput("okr4j: cannot write " + output + " (okr.io.unwritable at --output): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
    }
    spec.commandLine().getOut().println("okr4j: wrote " + output + " (" + report.objectiveCharts().size()
        + " objectives as of " + at + ", " + report.findings().size() + " lint findings)");
    return 0;
  }

  /** Parses {@code KIND:ID}, such as {@code person:market-analyst}. */
  private static OwnerRef owner(String text) {
    int colon = text.indexOf(':');
    Validation<Seq<OkrError>, OwnerRef> parsed;
    if (colon <= 0) {
      parsed = Validation.invalid(List.of(new OkrError.Required(OkrPath.of("kind"))));
    } else {
      Either<OkrError, OwnerKind> kind = OwnerKind.parse(text.substring(0, colon));
      parsed = kind.isLeft() ? Validation.invalid(List.of(kind.getLeft()))
          : OwnerRef.validate(kind.get(), text.substring(colon + 1));
    }
    if (parsed.isInvalid()) {
      String problems = parsed.getError().map(e -> e.code() + " at --viewer" + e.path()).mkString(", ");
      throw new Okr4jCli.BadInput("okr4j: " + text + " is not a viewer (" + problems
          + "); write KIND:ID, such as person:market-analyst.");
    }
    return parsed.get();
  }
}
