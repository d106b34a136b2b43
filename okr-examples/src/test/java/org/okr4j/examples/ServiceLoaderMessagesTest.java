package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.lint.BuiltInRule;
import org.okr4j.lint.Finding;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/** On the class path, a MessageCatalog listed in META-INF/services translates every one-argument message. */
class ServiceLoaderMessagesTest {

  private static final Locale ESPERANTO = Locale.forLanguageTag("eo");

  @Test
  void aServiceLoaderCatalogueTranslatesErrorsAndFindings() {
    assertThat(new OkrError.Blank(OkrPath.of("title")).message(ESPERANTO)).isEqualTo("ne rajtas esti malplena");
    Finding finding = Finding.of(BuiltInRule.TOO_FEW_KEY_RESULTS, OkrPath.of("objectives", "0", "keyResults"), "1", "2", "5");
    assertThat(finding.fix(ESPERANTO)).contains("Aldonu mezureblajn ŝlosilajn rezultojn ĝis estas almenaŭ 2");
    // codes it lacks stay okr4j's English, and other languages are untouched
    assertThat(finding.message(ESPERANTO)).isEqualTo("has 1 key results; 2 to 5 are recommended");
    assertThat(new OkrError.Blank(OkrPath.of("title")).message(Locale.ENGLISH)).isEqualTo("must not be blank");
  }
}
