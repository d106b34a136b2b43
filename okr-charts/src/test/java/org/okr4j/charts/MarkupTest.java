package org.okr4j.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping and element writing, by example. */
class MarkupTest {

  @Test
  void escapesTheFiveMarkupCharactersAndLineBreaks() {
    assertThat(Markup.escape("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    assertThat(Markup.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
  }

  @Test
  void keepsEveryScriptAndReplacesWhatXmlForbids() {
    assertThat(Markup.escape("市场部：市场份额 Grow 📈")).isEqualTo("市场部：市场份额 Grow 📈");
    assertThat(Markup.escape("a\u0000b\u001Fc\uFFFEd\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    assertThat(Markup.escape("lone \uD83D high, lone \uDC4D low")).isEqualTo("lone \uFFFD high, lone \uFFFD low");
    String plain = "nothing to escape";
    assertThat(Markup.escape(plain)).isSameAs(plain);
  }

  @Test
  void writesOneIndentedElementPerLine() {
    Markup m = new Markup(64);
    m.open("g", "class", "a<b").text("text", "x & y").leaf("rect", "x", "1").line("<p/>\n\n<q/>").close("g");
    assertThat(m.toString()).isEqualTo("<g class=\"a&lt;b\">\n  <text>x &amp; y</text>\n  <rect x=\"1\"/>\n  <p/>\n  <q/>\n</g>\n");
  }
}
