package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.okr4j.charts.Chart;

/** The README's pictures are what the code draws now, and the README shows them. */
class PicturesTest {

  @Test
  void theCommittedPicturesAreWhatTheChartsDrawNow() throws Exception {
    for (Tuple2<String, Chart> p : MarketingReport.pictures(MarketingReport.report())) {
      String committed = Files.readString(MarketingChartsTest.ROOT.resolve(MarketingReport.PICTURES).resolve(p._1),
          StandardCharsets.UTF_8);
      assertThat(committed).as("docs/pictures/%s (run MarketingReport to redraw)", p._1).isEqualTo(p._2.toSvg());
    }
  }

  @Test
  void theReadmeEmbedsThem() throws Exception {
    String readme = Files.readString(MarketingChartsTest.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("## Pictures", "](docs/pictures/burn-up-director.svg)", "](docs/pictures/alignment.svg)");
  }
}
