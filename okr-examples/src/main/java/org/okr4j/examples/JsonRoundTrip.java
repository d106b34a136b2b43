package org.okr4j.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.OkrSet;

/**
 * Writes the marketing department's OKRs, check-ins included, to JSON with okr-jackson's
 * {@link OkrModule}, reads them back and compares.
 */
public final class JsonRoundTrip {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());

  private JsonRoundTrip() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   * @throws JsonProcessingException never for the bundled set
   */
  public static void main(String[] args) throws JsonProcessingException {
    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(report());
  }

  /**
   * Writes a set as an {@code okr4j/1} document.
   *
   * @param set the OKRs
   * @return the JSON text
   * @throws JsonProcessingException if writing fails
   */
  public static String write(OkrSet set) throws JsonProcessingException {
    return MAPPER.writeValueAsString(set);
  }

  /**
   * Reads an {@code okr4j/1} document.
   *
   * @param json the JSON text
   * @return the OKRs
   * @throws JsonProcessingException if the text is not a valid document
   */
  public static OkrSet read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, OkrSet.class);
  }

  /**
   * Renders the round trip: what was written, how big, and whether the value read back is equal.
   *
   * @return the text
   * @throws JsonProcessingException never for the bundled set
   */
  public static String report() throws JsonProcessingException {
    OkrSet set = MarketingDepartment.set();
    String json = write(set);
    OkrSet back = read(json);
    int keyResults = set.objectives().map(o -> o.keyResults().size()).sum().intValue();
    int checkIns = set.objectives().flatMap(o -> o.keyResults()).map(k -> k.checkIns().size()).sum().intValue();
    return "okr4j — JSON round trip of the marketing department\n\n"
        + "wrote " + set.objectives().size() + " objectives, " + keyResults + " key results, " + checkIns
        + " check-ins: " + json.getBytes(StandardCharsets.UTF_8).length + " bytes of UTF-8, format "
        + OkrModule.FORMAT + "\n"
        + "read back equal: " + back.equals(set) + "\n"
        + "written again identical: " + write(back).equals(json) + "\n"
        + "starts with: " + json.substring(0, 40) + "…\n";
  }
}
