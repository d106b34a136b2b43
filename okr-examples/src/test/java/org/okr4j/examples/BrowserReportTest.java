package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the seed's marketing report in a real browser: headless Chromium, as Debian packages it
 * ({@code apt-get install chromium}; {@code .ci/run} installs it), started by the test with no
 * network, no extensions and a fresh profile. The browser's DOM must hold every chart, and its
 * screenshot, kept as {@code okr-examples/target/report-screenshot.png}, must show them: the band
 * colours of the alignment tree and the burn-up line's blue. Skipped, with the reason, when no
 * Chromium is installed; {@code CHROMIUM} names another binary.
 */
class BrowserReportTest {

  private static final Path TARGET = MarketingChartsTest.ROOT.resolve("okr-examples/target");

  static Path chromium() {
    List<String> candidates = new ArrayList<>();
    if (System.getenv("CHROMIUM") != null) {
      candidates.add(System.getenv("CHROMIUM"));
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** Runs Chromium headless on a page with extra arguments; returns what it wrote to standard output. */
  private static String chromium(Path binary, Path profile, Path page, String... extra) throws Exception {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(TARGET, "chromium", ".out");
    Path err = Files.createTempFile(TARGET, "chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // A guard against a hung browser, not a timing assertion.
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s: " + command);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("Chromium failed: %s", Files.readString(err, StandardCharsets.UTF_8)).isZero();
    Files.delete(out);
    Files.delete(err);
    return stdout;
  }

  @Test
  void chromiumShowsTheCharts() throws Exception {
    Path binary = chromium();
    assumeTrue(binary != null, "Chromium is not installed (Debian: apt-get install chromium fonts-noto-cjk; or set "
        + "CHROMIUM): the HTML report was not rendered in a browser");
    Files.createDirectories(TARGET);
    Path page = TARGET.resolve("browser-report.html");
    Files.writeString(page, MarketingReport.report().toHtml(), StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(TARGET, "chromium-profile");
    try {
      render(binary, profile, page);
    } finally {
      deleteTree(profile.toFile());
    }
  }

  private static void render(Path binary, Path profile, Path page) throws Exception {
    String dom = chromium(binary, profile, page, "--dump-dom");
    // The browser parsed every inline SVG into its DOM: 5 objectives' and 12 key results' burn-ups, 1 tree.
    assertThat(count(dom, "<svg ")).isEqualTo(18);
    assertThat(count(dom, "okr4j-chart okr4j-burn-up")).isEqualTo(17);
    assertThat(count(dom, "okr4j-chart okr4j-alignment")).isEqualTo(1);
    assertThat(dom).contains("<h1>okr4j — the seed's marketing department, Q1 2026</h1>", "扩大市场份额 Grow market share");

    Path screenshot = TARGET.resolve("report-screenshot.png");
    Files.deleteIfExists(screenshot);
    chromium(binary, profile, page, "--window-size=700,4200", "--screenshot=" + screenshot);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).as("a PNG at " + screenshot).isNotNull();
    assertThat(image.getWidth()).isEqualTo(700);
    Set<Integer> colours = new HashSet<>();
    int ink = 0;
    int green = 0;
    int yellow = 0;
    int red = 0;
    int line = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        ink += rgb == 0xFFFFFF || rgb == 0xF4F4F4 ? 0 : 1;
        green += near(rgb, 0xA8E0A0) ? 1 : 0;
        yellow += near(rgb, 0xF7E98A) ? 1 : 0;
        red += near(rgb, 0xF4A6A6) ? 1 : 0;
        line += near(rgb, 0x1F4E9C) ? 1 : 0;
      }
    }
    // Not blank, and drawn in the charts' colours: band fills of the tree's boxes and the actual line.
    assertThat(ink).as("pixels with ink").isGreaterThan(image.getWidth() * image.getHeight() / 20);
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(100);
    assertThat(green).as("green band pixels").isGreaterThan(2000);
    assertThat(yellow).as("yellow band pixels").isGreaterThan(2000);
    assertThat(red).as("red band pixels").isGreaterThan(2000);
    assertThat(line).as("actual-line pixels").isGreaterThan(300);
    Files.writeString(TARGET.resolve("report-screenshot.txt"), "Chromium " + binary + "; " + image.getWidth() + "×"
        + image.getHeight() + "; " + colours.size() + " colours\n", StandardCharsets.UTF_8);
  }

  private static boolean near(int rgb, int target) {
    return Math.abs((rgb >> 16 & 0xFF) - (target >> 16 & 0xFF)) <= 4 && Math.abs((rgb >> 8 & 0xFF) - (target >> 8 & 0xFF)) <= 4
        && Math.abs((rgb & 0xFF) - (target & 0xFF)) <= 4;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static void deleteTree(File dir) {
    File[] children = dir.listFiles();
    if (children != null) {
      for (File c : children) {
        deleteTree(c);
      }
    }
    dir.delete();
  }
}
