package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every key of the English catalogue has a Simplified and a Traditional Chinese entry with the same
 * placeholders, and the Traditional catalogue is written in Traditional characters. A code added to
 * the English catalogue alone fails here, naming the missing key.
 */
class CatalogueCompletenessTest {

  /** Characters that exist only in the Simplified script (their Traditional forms differ). */
  private static final String SIMPLIFIED_ONLY = "为个关结进标数据时围这级层应录该务单设链动态围过还发预测计规则权证";

  @Test
  void everyEnglishKeyIsInBothChineseCatalogues() throws Exception {
    Properties english = load("messages.properties");
    for (String catalogue : new String[] {"messages_zh_CN.properties", "messages_zh_TW.properties"}) {
      Properties chinese = load(catalogue);
      TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
      missing.removeAll(chinese.stringPropertyNames());
      assertThat(missing).as("keys of messages.properties missing from %s", catalogue).isEmpty();
      TreeSet<String> extra = new TreeSet<>(chinese.stringPropertyNames());
      extra.removeAll(english.stringPropertyNames());
      assertThat(extra).as("keys of %s that messages.properties lacks", catalogue).isEmpty();
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(chinese.getProperty(key))).as("placeholders of %s in %s", key, catalogue)
            .isEqualTo(placeholders(english.getProperty(key)));
        assertThat(chinese.getProperty(key)).as("%s in %s", key, catalogue).isNotBlank();
      }
    }
  }

  @Test
  void theTraditionalCatalogueUsesTraditionalCharacters() throws Exception {
    Properties traditional = load("messages_zh_TW.properties");
    for (String key : traditional.stringPropertyNames()) {
      String text = traditional.getProperty(key);
      for (char c : SIMPLIFIED_ONLY.toCharArray()) {
        assertThat(text.indexOf(c)).as("%s contains the Simplified character %s: %s", key, c, text).isNegative();
      }
    }
  }

  private static TreeSet<String> placeholders(String template) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(template);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String resource) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
