package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.BO;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.n;

import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;

class DuplicateTitleTest {

  private static final BuiltInRule RULE = BuiltInRule.DUPLICATE_TITLE;

  private static Objective titled(String id, OwnerRef owner, String title) {
    return Objective.builder().id(id).title(title).owner(owner).cycle("2026-q1")
        .level(org.okr4j.model.Level.TEAM).buildOrThrow();
  }

  @Test
  void distinctTitlesPass() {
    assertThat(check(RULE, Fixtures.set(titled("o-1", ANA, "Raise brand influence"),
        titled("o-2", ANA, "Deliver market insight"),
        titled("o-3", ANA, "提高公司在目标市场中的品牌影响力"),
        titled("o-4", ANA, "提高品牌在社交媒体上的影响力")))).isEmpty();
  }

  @Test
  void sameTitleAfterNormalizationIsReportedOnTheLaterId() {
    Seq<Finding> findings = check(RULE, Fixtures.set(titled("o-2", ANA, "ＧＲＯＷ market-share!"),
        titled("o-1", ANA, "Grow market share")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path().toString()).isEqualTo("/objectives/0/title");
      assertThat(f.arguments()).containsExactly("o-1", "100");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("is the same as or very similar to the title of o-1 (100% similar)");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("与 o-1 的标题相同或非常相似（相似度 100%）");
      assertThat(f.fix(Locale.ENGLISH).isDefined()).isTrue();
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void nearDuplicateChineseTitlesAreReported() {
    Seq<Finding> findings = check(RULE, Fixtures.set(titled("o-1", ANA, "提高品牌在社交媒体上的影响力"),
        titled("o-2", ANA, "提高品牌在社交媒体的影响力")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path().toString()).isEqualTo("/objectives/1/title");
      assertThat(f.arguments()).containsExactly("o-1", "88");
    });
  }

  @Test
  void theThresholdIsInclusiveAndConfigurable() {
    OkrSet set = Fixtures.set(titled("o-1", ANA, "abcdef"), titled("o-2", ANA, "abcdeg"));
    assertThat(check(RULE, set)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("o-1", "80"));
    LintRuleSet stricter = LintRuleSet.defaults().withTitleSimilarity(n("0.81"));
    assertThat(check(RULE, set, Fixtures.EARLY, stricter)).isEmpty();
    LintRuleSet exact = LintRuleSet.defaults().withTitleSimilarity(n("1"));
    assertThat(check(RULE, Fixtures.set(titled("o-1", ANA, "abcdef"), titled("o-2", ANA, "ABC-DEF")),
        Fixtures.EARLY, exact)).hasSize(1);
  }

  @Test
  void otherOwnersAndCyclesAreNotCompared() {
    assertThat(check(RULE, Fixtures.set(titled("o-1", ANA, "Grow market share"),
        titled("o-2", BO, "Grow market share")))).isEmpty();
  }

  @Test
  void eachTitleNamesItsMostSimilarEarlierIdWithTiesToTheSmallest() {
    Seq<Finding> findings = check(RULE, Fixtures.set(
        titled("o-3", ANA, "abcdefgh"),
        titled("o-2", ANA, "abcdefgh"),
        titled("o-1", ANA, "abcdefgx"),
        titled("o-4", ANA, "abcdefgh"),
        titled("o-0", ANA, "abcdefgh")));
    // o-0 is the smallest; o-1 is 85 % like o-0; o-2, o-3, o-4 are equal to o-0
    assertThat(findings.map(f -> f.path() + " " + f.arguments().mkString(" "))).containsExactlyInAnyOrder(
        "/objectives/0/title o-0 100", "/objectives/1/title o-0 100", "/objectives/2/title o-0 85",
        "/objectives/3/title o-0 100");
    Seq<Finding> closest = check(RULE, Fixtures.set(titled("o-1", ANA, "abcdefgx"), titled("o-2", ANA, "abcdefgh"),
        titled("o-3", ANA, "abcdefgh")));
    assertThat(closest.map(f -> f.path() + " " + f.arguments().mkString(" "))).containsExactlyInAnyOrder(
        "/objectives/1/title o-1 85", "/objectives/2/title o-2 100");
    // the same, with the better match met first: a later, worse match with a smaller id does not win
    Seq<Finding> betterFirst = check(RULE, Fixtures.set(titled("o-2", ANA, "abcdefgh"), titled("o-1", ANA, "abcdefgx"),
        titled("o-3", ANA, "abcdefgh")));
    assertThat(betterFirst.map(f -> f.path() + " " + f.arguments().mkString(" "))).containsExactlyInAnyOrder(
        "/objectives/0/title o-1 85", "/objectives/2/title o-2 100");
    // ties met smallest id first keep it
    Seq<Finding> inOrder = check(RULE, Fixtures.set(titled("o-0", ANA, "same"), titled("o-1", ANA, "same"),
        titled("o-2", ANA, "same"), titled("o-3", ANA, "same")));
    assertThat(inOrder.map(f -> f.arguments().head())).containsOnly("o-0").hasSize(3);
  }

  @Test
  void keyResultTitlesAreComparedWithinTheirObjective() {
    Objective o = Objective.builder().id("o-1").title("Raise brand influence").owner(ANA).cycle("2026-q1")
        .level(org.okr4j.model.Level.TEAM)
        .keyResult(KeyResult.builder().id("kr-a").title("Cost per lead").metric(LinearMetric.count(3)))
        .keyResult(KeyResult.builder().id("kr-b").title("Cost per lead.").metric(LinearMetric.count(3)))
        .keyResult(KeyResult.builder().id("kr-c").title("Leads from ads").metric(LinearMetric.count(3)))
        .buildOrThrow();
    Objective other = Objective.builder().id("o-2").title("Deliver market insight").owner(ANA).cycle("2026-q1")
        .level(org.okr4j.model.Level.TEAM)
        .keyResult(KeyResult.builder().id("kr-d").title("Cost per lead").metric(LinearMetric.count(3)))
        .buildOrThrow();
    assertThat(Fixtures.paths(check(RULE, Fixtures.set(o, other))))
        .containsExactly("/objectives/0/keyResults/1/title");
  }

  @Test
  void largeGroupsAreCheckedForEqualTitlesOnly() {
    OkrSet.Builder big = OkrSet.builder().cycle(Fixtures.Q1);
    for (int i = 0; i <= DuplicateTitles.PAIRWISE_LIMIT; i++) {
      big.objective(titled("o-" + i, ANA, i == 100 ? "Objective number 5 unique" : "Objective number " + i + " unique"));
    }
    // 101 titles: only o-5 and o-100 are equal ("o-100" < "o-5"); near-duplicates are not compared
    assertThat(check(RULE, big.buildOrThrow())).singleElement().satisfies(f -> {
      assertThat(f.path().toString()).isEqualTo("/objectives/5/title");
      assertThat(f.arguments()).containsExactly("o-100", "100");
    });
    OkrSet.Builder limit = OkrSet.builder().cycle(Fixtures.Q1);
    for (int i = 0; i < DuplicateTitles.PAIRWISE_LIMIT; i++) {
      limit.objective(titled("o-" + i, ANA, "Objective number " + i + " unique"));
    }
    // 100 titles are compared pair by pair: "number 1 unique" and "number 2 unique" are near-duplicates
    assertThat(check(RULE, limit.buildOrThrow()).size()).isGreaterThan(1);
  }
}
