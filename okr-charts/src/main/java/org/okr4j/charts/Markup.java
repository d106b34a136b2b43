package org.okr4j.charts;

/**
 * Writes XML (SVG) and HTML text: elements with escaped attributes and content, one element per
 * line, indented two spaces per level, so that the same calls give the same bytes.
 *
 * <p>Escaping covers both languages at once: {@code & < > " '} and the tab, line feed and carriage
 * return become character references (so that no parser normalises them away), and
 * every code point XML 1.0 does not allow (the other control characters, unpaired surrogates,
 * U+FFFE and U+FFFF) becomes U+FFFD, so any title, in any script, makes
 * well-formed XML and safe HTML. Not thread-safe: one writer per rendering.
 */
final class Markup {

  private final StringBuilder out;
  private int depth;

  Markup(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Escapes text for element content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      String replacement = switch (cp) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\t' -> "&#9;";
        case '\n' -> "&#10;";
        case '\r' -> "&#13;";
        default -> allowed(cp) ? null : "\uFFFD";
      };
      if (replacement != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (replacement == null) {
          sb.appendCodePoint(cp);
        } else {
          sb.append(replacement);
        }
      }
      i += width;
    }
    return sb == null ? text : sb.toString();
  }

  /** Tells whether XML 1.0 allows a code point (an unpaired surrogate arrives here on its own). */
  static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
        || cp >= 0x10000 && cp <= 0x10FFFF;
  }

  /** Writes a start tag; {@code attributes} are name, value pairs. */
  Markup open(String tag, String... attributes) {
    indent().append('<').append(tag);
    attributes(attributes).append(">\n");
    depth++;
    return this;
  }

  /** Writes an empty element. */
  Markup leaf(String tag, String... attributes) {
    indent().append('<').append(tag);
    attributes(attributes).append("/>\n");
    return this;
  }

  /** Writes an element holding escaped text. */
  Markup text(String tag, String content, String... attributes) {
    indent().append('<').append(tag);
    attributes(attributes).append('>').append(escape(content)).append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes an element holding markup already escaped, such as a mix of text and child elements. */
  Markup raw(String tag, String markup, String... attributes) {
    indent().append('<').append(tag);
    attributes(attributes).append('>').append(markup).append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes a line of markup already escaped, such as a doctype or an embedded SVG, at the current depth. */
  Markup line(String markup) {
    for (String l : markup.split("\n", -1)) {
      if (!l.isEmpty()) {
        indent().append(l).append('\n');
      }
    }
    return this;
  }

  /** Writes an end tag. */
  Markup close(String tag) {
    depth--;
    indent().append("</").append(tag).append(">\n");
    return this;
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  private StringBuilder attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
    return out;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
