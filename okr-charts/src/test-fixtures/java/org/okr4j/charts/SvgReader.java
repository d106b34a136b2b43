package org.okr4j.charts;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a chart back from its SVG text with the JDK's XML parser (namespace-aware, no DTDs, no
 * external entities): elements by class, and the two scales rebuilt from the axis labels alone, so
 * a test can turn pixels back into dates and progress without knowing the layout's constants.
 *
 * <p>Its methods hand out {@code org.w3c.dom} elements. In okr-charts' own tests it is compiled
 * into the module {@code org.okr4j.charts}, which reads {@code java.xml} only for the tests and
 * exports nothing of it; the {@code exports} lint, which asks for {@code requires transitive
 * java.xml} there, is therefore off for this test class.
 */
@SuppressWarnings("exports")
public final class SvgReader {

  private final Document document;

  private SvgReader(Document document) {
    this.document = document;
  }

  /** Parses SVG (or any XML) text; fails the test if it is not well-formed. */
  public static SvgReader parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return new SvgReader(builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  /** Every inline {@code <svg>} element of an HTML page, as text, in order. */
  public static List<String> inline(String html) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg .*?</svg>", java.util.regex.Pattern.DOTALL)
        .matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The root element. */
  public Element root() {
    return document.getDocumentElement();
  }

  /** The text of the first element with this tag name directly under the root. */
  public String child(String tag) {
    for (Node n = root().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(tag)) {
        return e.getTextContent();
      }
    }
    throw new AssertionError("no <" + tag + "> under the root");
  }

  /** Every element whose class list contains {@code name}, in document order. */
  public List<Element> byClass(String name) {
    List<Element> out = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (String c : e.getAttribute("class").split(" ")) {
        if (c.equals(name)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The one element of a class. */
  public Element one(String name) {
    List<Element> all = byClass(name);
    if (all.size() != 1) {
      throw new AssertionError(all.size() + " elements of class " + name);
    }
    return all.get(0);
  }

  /** Every text in the document: element content and attribute values. */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (int a = 0; a < e.getAttributes().getLength(); a++) {
        out.add(e.getAttributes().item(a).getNodeValue());
      }
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeType() == Node.TEXT_NODE) {
          out.add(n.getNodeValue());
        }
      }
    }
    return out;
  }

  public static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** The progress scale, from the y-axis labels: progress to pixels. */
  public Scale progressScale() {
    TreeMap<Double, Double> ticks = new TreeMap<>();
    for (Element t : byClass("y-tick")) {
      // A label's baseline is 3.5 pixels below its grid line.
      ticks.put(Double.parseDouble(t.getAttribute("data-value")), number(t, "y") - 3.5);
    }
    return Scale.of(ticks);
  }

  /** The time scale, from the x-axis labels: days since the first label to pixels. */
  public DateScale dateScale() {
    TreeMap<Double, Double> ticks = new TreeMap<>();
    List<Element> labels = byClass("x-tick");
    LocalDate first = LocalDate.parse(labels.get(0).getAttribute("data-date"));
    for (Element t : labels) {
      ticks.put((double) ChronoUnit.DAYS.between(first, LocalDate.parse(t.getAttribute("data-date"))), number(t, "x"));
    }
    return new DateScale(first, Scale.of(ticks));
  }

  /** A linear scale fitted through the first and last of some (value, pixel) pairs, checked on every pair. */
  public record Scale(double value0, double pixel0, double pixelsPerUnit) {
    static Scale of(TreeMap<Double, Double> ticks) {
      if (ticks.size() < 2) {
        throw new AssertionError("fewer than two axis labels");
      }
      Map.Entry<Double, Double> a = ticks.firstEntry();
      Map.Entry<Double, Double> b = ticks.lastEntry();
      Scale s = new Scale(a.getKey(), a.getValue(), (b.getValue() - a.getValue()) / (b.getKey() - a.getKey()));
      for (Map.Entry<Double, Double> t : ticks.entrySet()) {
        if (Math.abs(s.pixel(t.getKey()) - t.getValue()) > 0.02) {
          throw new AssertionError("axis label " + t.getKey() + " at " + t.getValue() + ", not on the scale");
        }
      }
      return s;
    }

    public double pixel(double value) {
      return pixel0 + (value - value0) * pixelsPerUnit;
    }

    public double value(double pixel) {
      return value0 + (pixel - pixel0) / pixelsPerUnit;
    }

    /** Half a pixel, in units of the scale: how close a drawn value can be to the exact one. */
    public double tolerance() {
      return 0.51 / Math.abs(pixelsPerUnit);
    }
  }

  /** The time scale: a day's start to pixels. */
  public record DateScale(LocalDate first, Scale days) {
    public double pixel(LocalDate date) {
      return days.pixel(ChronoUnit.DAYS.between(first, date));
    }
  }

  /**
   * The actual step line of a burn-up: its vertices (x, y), read from the path's {@code M}, {@code H}
   * and {@code V} commands, and the value it holds at a horizontal position.
   */
  public record StepLine(List<double[]> vertices) {
    public static StepLine of(Element path) {
      List<double[]> points = new ArrayList<>();
      double x = 0;
      double y = 0;
      for (String token : path.getAttribute("d").trim().split(" (?=[MHVL])")) {
        char command = token.charAt(0);
        String[] args = token.substring(1).trim().split(" ");
        switch (command) {
          case 'M' -> {
            x = Double.parseDouble(args[0]);
            y = Double.parseDouble(args[1]);
          }
          case 'H' -> x = Double.parseDouble(args[0]);
          case 'V' -> y = Double.parseDouble(args[0]);
          default -> throw new AssertionError("a step line has no " + command + " command");
        }
        points.add(new double[] {x, y});
      }
      return new StepLine(points);
    }

    /** The height the line has just right of {@code x} (after any vertical step at {@code x}). */
    public double yAt(double x) {
      double y = Double.NaN;
      for (double[] p : vertices) {
        if (p[0] <= x + 0.01) {
          y = p[1];
        }
      }
      return y;
    }

    public double endX() {
      return vertices.get(vertices.size() - 1)[0];
    }
  }

  /** The exact value of a {@code data-*} attribute holding a number. */
  public static BigDecimal decimal(Element e, String attribute) {
    return new BigDecimal(e.getAttribute(attribute), MathContext.UNLIMITED);
  }
}
