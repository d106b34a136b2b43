package org.okr4j.spring.test;

/** okr4j/1 documents for the tests, and the request the examples' README sends. */
public final class Documents {

  private Documents() {}

  private static final String CYCLE = """
      "cycles": [{"id": "2026-q1", "name": "Q1 2026", "start": "2026-01-01", "end": "2026-04-01"}]""";

  /** One objective with two key results, one check-in each: valid. */
  public static final String VALID = """
      {"format": "okr4j/1", "kind": "okr-set", %s,
       "objectives": [{"id": "o-brand", "title": "Raise brand influence",
         "owner": {"kind": "department", "id": "marketing"}, "cycle": "2026-q1",
         "level": {"name": "department", "rank": 1},
         "keyResults": [
           {"id": "kr-talks", "title": "5 talks or sponsorships",
            "metric": {"kind": "linear", "unit": {"kind": "count"}, "baseline": 0, "target": {"kind": "absolute", "amount": 5}},
            "checkIns": [{"instant": "2026-02-13T09:00:00Z", "data": {"kind": "measurement", "value": 3}}]},
           {"id": "kr-campaigns", "title": "3 co-branded campaigns",
            "metric": {"kind": "linear", "unit": {"kind": "count"}, "baseline": 0, "target": {"kind": "absolute", "amount": 3}},
            "checkIns": [{"instant": "2026-02-13T09:00:00Z", "data": {"kind": "measurement", "value": 1}}]}]}]}
      """.formatted(CYCLE);

  /**
   * Three problems: a blank title ({@code okr.blank}), a negative key-result weight
   * ({@code okr.out-of-range}) and a field okr4j/1 does not define ({@code okr.json.unknown-field}).
   */
  public static final String THREE_PROBLEMS = invalid(", \"colour\": \"red\"");

  /** Well-formed okr4j/1 whose OKRs break two rules: a blank title, a negative key-result weight. */
  public static final String INVALID_OKRS = invalid("");

  private static String invalid(String extraField) {
    return """
        {"format": "okr4j/1", "kind": "okr-set", %s,
         "objectives": [{"id": "o-brand", "title": " ",
           "owner": {"kind": "department", "id": "marketing"}, "cycle": "2026-q1",
           "level": {"name": "department", "rank": 1},
           "keyResults": [
             {"id": "kr-talks", "title": "5 talks or sponsorships", "weight": -1,
              "metric": {"kind": "linear", "unit": {"kind": "count"}, "baseline": 0, "target": {"kind": "absolute", "amount": 5}}}]%s}]}
        """.formatted(CYCLE, extraField);
  }

  /** Six tags on one objective, more than the test application's okr4j.json.max-array-length=5. */
  public static final String SIX_TAGS = VALID.replace("\"title\": \"Raise brand influence\",",
      "\"title\": \"Raise brand influence\", \"tags\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"],");
}
