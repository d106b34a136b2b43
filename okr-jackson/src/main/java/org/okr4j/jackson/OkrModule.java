package org.okr4j.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.okr4j.wire.Settings;
import org.okr4j.wire.Wire;

/**
 * The Jackson module for okr4j's JSON wire format, {@code okr4j/1}.
 *
 * <p>It writes and reads, as whole documents, the {@link org.okr4j.model.OkrSet} aggregate and the
 * {@link org.okr4j.model.Cycle}, {@link org.okr4j.model.Objective}, {@link org.okr4j.model.KeyResult}
 * and {@link org.okr4j.model.CheckIn} values, the {@link org.okr4j.scoring.ScoringPolicy} and the
 * {@link org.okr4j.alignment.AlignmentGraph}; the {@link org.okr4j.alignment.GraphScorecard} with
 * its set, alignment and explanations, read back by scoring the set again and refused with
 * {@code okr.json.scorecard-mismatch} if the document's scores differ from the computed ones; the
 * {@link org.okr4j.scoring.Scorecard}, which does not hold its set and is therefore written without
 * one (reading such a document reports {@code okr.required at /set}); the ids ({@code CycleId}, {@code ObjectiveId},
 * {@code KeyResultId}) as JSON strings. A document is an object with {@code "format": "okr4j/1"}
 * and a {@code kind} ({@code okr-set}, {@code cycle}, {@code objective}, {@code key-result},
 * {@code check-in}, {@code scoring-policy}, {@code alignment-graph}, {@code scorecard}) next to the value's own fields; polymorphic values (metrics, targets,
 * check-in data, units, visibilities) carry a {@code kind} from a closed allow-list, never a Java
 * class name. Decimals are written exactly as {@link java.math.BigDecimal#toString()} gives them;
 * dates and instants in ISO-8601. Fields come in a fixed order, so equal values give the same JSON
 * byte for byte. {@code docs/wire-format.md} describes every field, and the JSON Schema
 * ({@link #jsonSchema()}, the resource {@code org/okr4j/jackson/okr4j-1.schema.json} in this jar) lets
 * any language check a document.
 *
 * <p><b>Results in a host's classes.</b> A host's own class may hold the results okr4j computes:
 * an {@link org.okr4j.validation.OkrError} (any record of the sealed family, {@code JsonError}s
 * included) is written as {@code {"code", "path", "message"}}, an
 * {@link org.okr4j.validation.InputProblem} as the same with its {@code line} and {@code column}, a
 * lint {@link org.okr4j.lint.Finding} as {@code {"code", "severity", "path", "message", "fix"}},
 * an {@link org.okr4j.scoring.ObjectiveScore}, {@link org.okr4j.scoring.KeyResultScore},
 * {@link org.okr4j.scoring.Explanation}, {@link org.okr4j.scoring.Forecast},
 * {@link org.okr4j.scoring.Band}, {@link org.okr4j.scoring.Contribution},
 * {@link org.okr4j.scoring.Amounts}, {@link org.okr4j.scoring.StretchLevels} or
 * {@link org.okr4j.scoring.Segments} as in a scorecard; messages in English. These are reports:
 * written without an envelope and never read back (reading one is refused with an
 * {@code InvalidDefinitionException}). The enums they hold ({@code Status}, {@code Verdict},
 * {@code Colour}, {@code Zone}, the lint {@code Severity}), and a check-in's {@code ManualStatus},
 * are written and read as their wire tokens ({@code "on-track"}).
 *
 * <p><b>Compact documents.</b> {@link #withCompactDocuments()} writes the same {@code okr4j/1}
 * documents without the fields that hold their default (an empty description or note, weight 1,
 * the unit {@code number}, no tags...) and without the {@code kind} of check-in data that a key
 * result's metric implies; every reader reads both forms and gives equal values.
 *
 * <p><b>Bare check-ins.</b> {@link #withBareCheckIns(boolean)} writes and reads a
 * {@link org.okr4j.model.CheckIn} as the check-in's own fields, without {@code format} and
 * {@code kind}: the body a host's API receives for one check-in. Such a mapper reads only bare
 * check-ins (an envelope is {@code okr.json.unknown-field at /format}); other document kinds are
 * unchanged.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());
 * String json = mapper.writeValueAsString(set);
 * OkrSet back = mapper.readValue(json, OkrSet.class); // equal to set
 * }</pre>
 *
 * <p><b>Reading</b> builds every value through the core's validating factories, so a document can
 * only give values that could have been built in Java. Invalid input throws an
 * {@link OkrInputException} (a {@code MismatchedInputException}) whose {@link OkrInputException#problems()}
 * hold every problem as data, with its stable code and the JSON Pointer of the offending element, such as
 * {@code okr.key-result.target-equals-baseline at /objectives/0/keyResults/1/metric/target}. Besides
 * the core's {@code okr.*} codes, the module reports {@code okr.json.unsupported-format},
 * {@code okr.json.unknown-kind}, {@code okr.json.unknown-value}, {@code okr.json.unknown-field},
 * {@code okr.json.duplicate-field}, {@code okr.json.wrong-type}, {@code okr.json.too-many}, {@code okr.json.too-large},
 * {@code okr.json.scorecard-mismatch} and {@code okr.json.malformed.*} ({@code date}, {@code instant}, {@code zone}, {@code decimal},
 * {@code integer}). Reading streams: no {@code JsonNode} tree is built.
 *
 * <p><b>Host settings.</b> Field names, field order, the format of numbers and dates, and the
 * handling of unknown fields belong to the format, not to the host's mapper: a
 * {@code PropertyNamingStrategy}, {@code FAIL_ON_UNKNOWN_PROPERTIES},
 * {@code WRITE_DATES_AS_TIMESTAMPS}, {@code WRITE_BIGDECIMAL_AS_PLAIN} and
 * {@code USE_BIG_DECIMAL_FOR_FLOATS} do not change them. Indentation ({@code INDENT_OUTPUT} or a
 * pretty printer) and {@code WRITE_NUMBERS_AS_STRINGS} change only how the same document is
 * spelled, and the reader accepts both spellings. The parser's
 * {@link com.fasterxml.jackson.core.StreamReadConstraints} (nesting depth, number and string
 * length, document length) apply first.
 *
 * <p><b>Limits.</b> Beyond the parser's constraints, an array holds at most
 * {@link #maxArrayLength()} elements (1,000 by default: key results of one objective, cycles,
 * milestones, items, tags, principals, bands...), a key result at most {@link #maxCheckIns()}
 * check-ins (1,000), an alignment at most {@link #maxLinks()} links (1,000,000) and a document at
 * most {@link #maxObjectives()} objectives (1,000,000); JSON {@code null} where a document belongs
 * is {@code okr.json.wrong-type}; a number is at most 100 characters
 * long; at most 100 problems are listed in one exception (all are counted). A scorecard's
 * explanation trees are written at most 200 levels deep; a deeper one is refused with a
 * {@code JsonMappingException} starting {@code okr.json.too-deep}.
 *
 * <p>Immutable and thread-safe: every {@code with*} method returns a new module. Register one
 * {@code OkrModule} per mapper; a module with other settings registered later replaces the
 * serializers of an earlier one, while registering an equally configured module twice is ignored,
 * as Jackson does for every module.
 */
public final class OkrModule extends Module {

  /** The format of the documents this module writes and the only one it reads: {@value}. */
  public static final String FORMAT = Wire.FORMAT;

  private final Settings settings;

  /**
   * Creates the module with the default settings: decimals as JSON numbers, full documents, check-ins
   * as documents, unknown fields rejected.
   */
  public OkrModule() {
    this(Settings.DEFAULTS);
  }

  private OkrModule(Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns a module that writes decimals as JSON strings ({@code "0.10"}) instead of JSON numbers,
   * for consumers that would read numbers as binary floating point. Reading accepts both forms
   * whatever this setting.
   *
   * @return a module that writes decimals as strings
   */
  public OkrModule withDecimalsAsStrings() {
    return withDecimalsAsStrings(true);
  }

  /**
   * Returns a module that writes decimals as JSON strings or as JSON numbers.
   *
   * @param asStrings {@code true} for strings, {@code false} for numbers (the default)
   * @return a module with that setting
   */
  public OkrModule withDecimalsAsStrings(boolean asStrings) {
    return new OkrModule(settings.withDecimalsAsStrings(asStrings));
  }

  /**
   * Returns a module that writes compact documents: still {@code okr4j/1}, without the fields that
   * hold their default and without the check-in data {@code kind} that a key result's metric
   * implies ({@code docs/wire-format.md}, "Compact documents"). Reading accepts both forms whatever
   * this setting, and a compact document reads back equal to the value written.
   *
   * @return a module that writes compact documents
   */
  public OkrModule withCompactDocuments() {
    return withCompactDocuments(true);
  }

  /**
   * Returns a module that writes compact or full documents.
   *
   * @param compact {@code true} for compact documents, {@code false} for full ones (the default)
   * @return a module with that setting
   */
  public OkrModule withCompactDocuments(boolean compact) {
    return new OkrModule(settings.withCompact(compact));
  }

  /**
   * Returns a module that writes and reads a {@link org.okr4j.model.CheckIn} bare: the check-in's own
   * fields ({@code instant}, {@code data} with its {@code kind}, {@code confidence}, {@code note},
   * {@code author}) without the {@code format} and {@code kind} of a {@code check-in} document, as a
   * host's API receives one check-in. Errors point into the body ({@code /data/value}). Such a module
   * reads only bare check-ins; the other document kinds, and check-ins inside them, are unchanged.
   *
   * @param bare {@code true} for bare check-ins, {@code false} for {@code check-in} documents (the default)
   * @return a module with that setting
   */
  public OkrModule withBareCheckIns(boolean bare) {
    return new OkrModule(settings.withBareCheckIns(bare));
  }

  /**
   * Returns a module that skips fields the format does not define instead of reporting them as
   * {@code okr.json.unknown-field}: a tolerant reader for documents written by a later okr4j that
   * added optional fields. Skipped fields are lost. The host's {@code FAIL_ON_UNKNOWN_PROPERTIES}
   * does not change this setting.
   *
   * @param ignore {@code true} to skip unknown fields, {@code false} to reject them (the default)
   * @return a module with that setting
   */
  public OkrModule withUnknownFieldsIgnored(boolean ignore) {
    return new OkrModule(settings.withUnknownFieldsIgnored(ignore));
  }

  /**
   * Returns a module that accepts arrays of up to {@code max} elements, except those with a limit of
   * their own: {@code objectives} ({@link #withMaxObjectives(int)}), an alignment's {@code links}
   * ({@link #withMaxLinks(int)}) and a key result's {@code checkIns} ({@link #withMaxCheckIns(int)}).
   * Longer arrays are reported as {@code okr.json.too-many}
   * at the first element past the limit, and the rest of the array is skipped unread.
   *
   * @param max the most elements, at least 1
   * @return a module with that limit
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public OkrModule withMaxArrayLength(int max) {
    return new OkrModule(settings.withMaxArrayLength(max));
  }

  /**
   * Returns a module that accepts documents of up to {@code max} objectives.
   *
   * @param max the most objectives, at least 1
   * @return a module with that limit
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public OkrModule withMaxObjectives(int max) {
    return new OkrModule(settings.withMaxObjectives(max));
  }

  /**
   * Returns a module that accepts alignments of up to {@code max} links (in {@code alignment-graph}
   * and {@code scorecard} documents), so that a host reads one large alignment graph without
   * loosening every other array.
   *
   * @param max the most links, at least 1
   * @return a module with that limit
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public OkrModule withMaxLinks(int max) {
    return new OkrModule(settings.withMaxLinks(max));
  }

  /**
   * Returns a module that accepts key results of up to {@code max} check-ins. The core's check of
   * recurring check-ins is quadratic in their number: raise this with care.
   *
   * @param max the most check-ins of one key result, at least 1
   * @return a module with that limit
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public OkrModule withMaxCheckIns(int max) {
    return new OkrModule(settings.withMaxCheckIns(max));
  }

  /**
   * Tells whether decimals are written as JSON strings.
   *
   * @return {@code true} if strings, {@code false} if numbers
   */
  public boolean isDecimalsAsStrings() {
    return settings.decimalsAsStrings();
  }

  /**
   * Tells whether documents are written compact.
   *
   * @return {@code true} if compact
   */
  public boolean isCompactDocuments() {
    return settings.compact();
  }

  /**
   * Tells whether check-ins are written and read bare, without the document envelope.
   *
   * @return {@code true} if bare
   */
  public boolean isBareCheckIns() {
    return settings.bareCheckIns();
  }

  /**
   * Tells whether unknown fields are skipped rather than reported.
   *
   * @return {@code true} if skipped
   */
  public boolean isUnknownFieldsIgnored() {
    return settings.ignoreUnknownFields();
  }

  /**
   * Returns the most elements accepted in one array without a limit of its own.
   *
   * @return the limit, 1,000 by default
   */
  public int maxArrayLength() {
    return settings.maxArrayLength();
  }

  /**
   * Returns the most objectives accepted in one document.
   *
   * @return the limit, 1,000,000 by default
   */
  public int maxObjectives() {
    return settings.maxObjectives();
  }

  /**
   * Returns the most links accepted in one alignment.
   *
   * @return the limit, 1,000,000 by default
   */
  public int maxLinks() {
    return settings.maxLinks();
  }

  /**
   * Returns the most check-ins accepted in one key result.
   *
   * @return the limit, 1,000 by default
   */
  public int maxCheckIns() {
    return settings.maxCheckIns();
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of {@code okr4j/1}: every document kind, and under
   * {@code $defs} the values and results ({@code $defs/problem}, {@code $defs/finding},
   * {@code $defs/objectiveScore}...) a host may reference. The module reads its own resource, so
   * this works on the module path, where a host cannot open the resource of this module's package
   * itself, as on the class path.
   *
   * <pre>{@code
   * Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
   *     .getSchema(OkrModule.jsonSchema());          // com.networknt:json-schema-validator
   * }</pre>
   *
   * @return the schema's JSON text
   */
  public static String jsonSchema() {
    return SchemaText.TEXT;
  }

  /** The schema, read once on first use. */
  private static final class SchemaText {
    static final String TEXT = load();

    private SchemaText() {}

    private static String load() {
      try (InputStream in = OkrModule.class.getResourceAsStream("okr4j-1.schema.json")) {
        if (in == null) {
          throw new IllegalStateException("okr4j-1.schema.json is missing from " + OkrModule.class.getModule());
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Returns {@code okr-jackson}.
   *
   * @return the module's name
   */
  @Override
  public String getModuleName() {
    return "okr-jackson";
  }

  /**
   * Returns the version of this artifact.
   *
   * @return {@link PackageVersion#VERSION}
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Returns the id Jackson uses to skip a second registration: the class name for the default
   * settings, with the settings appended otherwise, so that a differently configured module
   * registered after {@link ObjectMapper#findAndRegisterModules()} takes effect.
   *
   * @return the registration id
   */
  @Override
  public Object getTypeId() {
    String name = OkrModule.class.getName();
    return settings.equals(Settings.DEFAULTS) ? name : name + "[" + settings.describe() + "]";
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Codecs.Ser(settings));
    context.addDeserializers(new Codecs.Deser(settings));
  }

  /** Returns the module's name and settings. */
  @Override
  public String toString() {
    return "OkrModule[format=" + FORMAT + ", " + settings.describe() + "]";
  }
}
