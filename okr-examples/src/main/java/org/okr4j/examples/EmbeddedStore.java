package org.okr4j.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * The pattern a host platform would use to embed okr4j: OKR documents stored as {@code okr4j/1}
 * JSON (written and read with {@link OkrModule}) in a relational database over plain JDBC, here an
 * embedded H2. Each objective is one row whose JSON holds its key results and check-ins; owner and
 * cycle are plain columns, so "OKRs of this owner" is an indexed query. A check-in is appended in
 * one transaction (lock the row, read, append through the validating model, write back, log the
 * check-in) and then only its key result is re-scored ({@link Scorer#rescore}).
 *
 * <p>The SQL is portable (ANSI types, no vendor functions, explicit locking with
 * {@code SELECT … FOR UPDATE}). On PostgreSQL, declare the {@code document} columns {@code jsonb}
 * instead of {@code VARCHAR}, bind them with {@code ?::jsonb} (or {@code setObject} with a
 * {@code PGobject} of type {@code jsonb}), and add a GIN index on {@code document} if you query inside
 * it; okr4j itself never needs to look inside the JSON in SQL.
 *
 * <p>Not thread-safe: one instance per connection. Not an API of okr4j.
 */
public final class EmbeddedStore implements AutoCloseable {

  /** The schema, one statement per element. */
  public static final List<String> SCHEMA = List.of(
      "CREATE TABLE okr_cycle (cycle_id VARCHAR(200) PRIMARY KEY, document VARCHAR(1000000) NOT NULL)",
      "CREATE TABLE okr_objective (objective_id VARCHAR(200) PRIMARY KEY, owner_kind VARCHAR(20) NOT NULL,"
          + " owner_id VARCHAR(200) NOT NULL, cycle_id VARCHAR(200) NOT NULL REFERENCES okr_cycle (cycle_id),"
          + " version BIGINT NOT NULL, document VARCHAR(1000000) NOT NULL)",
      "CREATE INDEX okr_objective_owner ON okr_objective (owner_kind, owner_id)",
      "CREATE TABLE okr_key_result (key_result_id VARCHAR(200) PRIMARY KEY,"
          + " objective_id VARCHAR(200) NOT NULL REFERENCES okr_objective (objective_id))",
      "CREATE TABLE okr_check_in_log (objective_id VARCHAR(200) NOT NULL, version BIGINT NOT NULL,"
          + " key_result_id VARCHAR(200) NOT NULL, document VARCHAR(1000000) NOT NULL,"
          + " PRIMARY KEY (objective_id, version))");

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());

  private final Connection connection;
  private final ScoringPolicy policy;
  private Scorecard card;

  private EmbeddedStore(Connection connection, ScoringPolicy policy) {
    this.connection = connection;
    this.policy = policy;
  }

  /**
   * Opens a store on a JDBC URL and creates the schema.
   *
   * @param jdbcUrl such as {@code jdbc:h2:mem:okr}
   * @param policy the scoring policy
   * @return the store
   * @throws SQLException if the database refuses
   */
  public static EmbeddedStore create(String jdbcUrl, ScoringPolicy policy) throws SQLException {
    Connection c = DriverManager.getConnection(jdbcUrl);
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      for (String sql : SCHEMA) {
        st.execute(sql);
      }
    }
    c.commit();
    return new EmbeddedStore(c, policy);
  }

  /**
   * Stores every cycle and objective of a set, in one transaction.
   *
   * @param set the OKRs
   * @throws SQLException if the database refuses (the transaction is rolled back)
   * @throws JsonProcessingException if writing fails
   */
  public void save(OkrSet set) throws SQLException, JsonProcessingException {
    try (PreparedStatement cy = connection.prepareStatement("INSERT INTO okr_cycle (cycle_id, document) VALUES (?, ?)");
        PreparedStatement ob = connection.prepareStatement("INSERT INTO okr_objective"
            + " (objective_id, owner_kind, owner_id, cycle_id, version, document) VALUES (?, ?, ?, ?, 0, ?)");
        PreparedStatement kr = connection.prepareStatement(
            "INSERT INTO okr_key_result (key_result_id, objective_id) VALUES (?, ?)")) {
      for (Cycle c : set.cycles()) {
        cy.setString(1, c.id().value());
        cy.setString(2, MAPPER.writeValueAsString(c));
        cy.executeUpdate();
      }
      for (Objective o : set.objectives()) {
        ob.setString(1, o.id().value());
        ob.setString(2, o.owner().kind().name());
        ob.setString(3, o.owner().id());
        ob.setString(4, o.cycle().value());
        ob.setString(5, MAPPER.writeValueAsString(o));
        ob.executeUpdate();
        for (var k : o.keyResults()) {
          kr.setString(1, k.id().value());
          kr.setString(2, o.id().value());
          kr.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException | JsonProcessingException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
    card = null;
  }

  /**
   * Loads every stored objective and cycle as one set.
   *
   * @return the set
   * @throws SQLException if the database refuses
   * @throws JsonProcessingException if a stored document is invalid
   */
  public OkrSet load() throws SQLException, JsonProcessingException {
    OkrSet.Builder b = OkrSet.builder();
    try (Statement st = connection.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT document FROM okr_cycle ORDER BY cycle_id")) {
        while (rs.next()) {
          b.cycle(MAPPER.readValue(rs.getString(1), Cycle.class));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT document FROM okr_objective ORDER BY objective_id")) {
        while (rs.next()) {
          b.objective(MAPPER.readValue(rs.getString(1), Objective.class));
        }
      }
    }
    connection.commit();
    return b.buildOrThrow();
  }

  /**
   * Returns the objectives an owner owns, by id.
   *
   * @param owner the owner
   * @return the objectives
   * @throws SQLException if the database refuses
   * @throws JsonProcessingException if a stored document is invalid
   */
  public Seq<Objective> byOwner(OwnerRef owner) throws SQLException, JsonProcessingException {
    List<Objective> result = List.empty();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT document FROM okr_objective WHERE owner_kind = ? AND owner_id = ? ORDER BY objective_id")) {
      ps.setString(1, owner.kind().name());
      ps.setString(2, owner.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result = result.append(MAPPER.readValue(rs.getString(1), Objective.class));
        }
      }
    }
    connection.commit();
    return result;
  }

  /**
   * Returns the scorecard of everything stored as of an instant; kept and updated incrementally by
   * {@link #appendCheckIn} while the instant stays the same.
   *
   * @param asOf the instant of evaluation
   * @return the scorecard
   * @throws SQLException if the database refuses
   * @throws JsonProcessingException if a stored document is invalid
   */
  public Scorecard scorecard(Instant asOf) throws SQLException, JsonProcessingException {
    if (card == null || !card.asOf().equals(asOf)) {
      card = Scorer.evaluate(load(), policy, asOf);
    }
    return card;
  }

  /**
   * Appends a check-in to a key result in one transaction and re-scores only that key result.
   *
   * @param keyResult the key result
   * @param checkIn the check-in
   * @param asOf the instant of the scorecard to update
   * @return the key result's new score, or why the check-in was refused (unknown key result, or a
   *     check-in that does not fit its metric); nothing is written then
   * @throws SQLException if the database refuses (the transaction is rolled back)
   * @throws JsonProcessingException if a stored document is invalid
   */
  public Either<OkrError, KeyResultScore> appendCheckIn(KeyResultId keyResult, CheckIn checkIn, Instant asOf)
      throws SQLException, JsonProcessingException {
    Scorecard before = scorecard(asOf);
    try {
      String objectiveId = null;
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT objective_id FROM okr_key_result WHERE key_result_id = ?")) {
        ps.setString(1, keyResult.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            objectiveId = rs.getString(1);
          }
        }
      }
      if (objectiveId == null) {
        connection.rollback();
        return Either.left(new OkrError.DanglingReference(OkrPath.of("keyResult"), keyResult.value()));
      }
      Objective objective;
      long version;
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT version, document FROM okr_objective WHERE objective_id = ? FOR UPDATE")) {
        ps.setString(1, objectiveId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          version = rs.getLong(1);
          objective = MAPPER.readValue(rs.getString(2), Objective.class);
        }
      }
      Cycle cycle;
      try (PreparedStatement ps = connection.prepareStatement("SELECT document FROM okr_cycle WHERE cycle_id = ?")) {
        ps.setString(1, objective.cycle().value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          cycle = MAPPER.readValue(rs.getString(1), Cycle.class);
        }
      }
      OkrSet one = OkrSet.builder().cycle(cycle).objective(objective).buildOrThrow();
      Either<OkrError, OkrSet> updated = one.withCheckIn(keyResult, checkIn);
      if (updated.isLeft()) {
        connection.rollback();
        return Either.left(updated.getLeft());
      }
      Objective changed = updated.get().objective(objective.id()).get();
      try (PreparedStatement up = connection.prepareStatement(
          "UPDATE okr_objective SET version = ?, document = ? WHERE objective_id = ? AND version = ?");
          PreparedStatement log = connection.prepareStatement("INSERT INTO okr_check_in_log"
              + " (objective_id, version, key_result_id, document) VALUES (?, ?, ?, ?)")) {
        up.setLong(1, version + 1);
        up.setString(2, MAPPER.writeValueAsString(changed));
        up.setString(3, objectiveId);
        up.setLong(4, version);
        up.executeUpdate();
        log.setString(1, objectiveId);
        log.setLong(2, version + 1);
        log.setString(3, keyResult.value());
        log.setString(4, MAPPER.writeValueAsString(checkIn));
        log.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | JsonProcessingException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
    OkrSet after = load();
    card = Scorer.rescore(before, after, keyResult).get();
    return Either.right(card.keyResult(keyResult).get());
  }

  /**
   * Returns how many check-ins were appended through this store.
   *
   * @return the number of rows in the check-in log
   * @throws SQLException if the database refuses
   */
  public int appendedCheckIns() throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM okr_check_in_log")) {
      rs.next();
      int n = rs.getInt(1);
      connection.commit();
      return n;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /**
   * Stores the marketing department, appends a check-in and prints what changed.
   *
   * @param args ignored
   * @throws Exception if the database refuses
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (EmbeddedStore store = create("jdbc:h2:mem:okr4j-example", ScoringPolicy.defaults())) {
      store.save(MarketingDepartment.set());
      Instant asOf = MarketingDepartment.AS_OF;
      KeyResultId proposals = KeyResultId.of("kr-proposals");
      out.println("okr4j — OKRs as JSON in H2, as of " + asOf);
      out.println("director's objectives: "
          + store.byOwner(OwnerRef.person("marketing-director")).map(o -> o.id().value()).mkString(", "));
      out.println("kr-proposals before: " + MarketingDepartment.num(store.scorecard(asOf).keyResult(proposals).get().progress()));
      KeyResultScore after = store.appendCheckIn(proposals,
          CheckIn.of(Instant.parse("2026-03-30T09:00:00Z"), new CheckInData.Measurement(BigDecimal.valueOf(2))), asOf).get();
      out.println("kr-proposals after a check-in of 2: " + MarketingDepartment.num(after.progress()));
      out.println("analyst's objective now: "
          + MarketingDepartment.num(store.scorecard(asOf).objective(org.okr4j.model.ObjectiveId.of("o-analyst")).get().progress()));
    }
  }
}
