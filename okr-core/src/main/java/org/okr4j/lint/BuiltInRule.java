package org.okr4j.lint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The lint rules that come with okr4j. Each constant documents what it checks, why (with its
 * source in the project's field notes ({@code docs/field-notes.md}), the scoring conventions ({@code docs/conventions.md})
 * or the seed article on marketing OKRs, where there is one), its default severity, the path and
 * the message arguments of its findings. Most need only the model and the instant of evaluation;
 * {@link #NOT_ALIGNED}, {@link #LEVEL_SKIPPED} and {@link #PRIVATE_TO_PUBLIC} need the context's
 * {@link LintContext#graph() alignment graph}, {@link #COMMITMENT_FORECAST_MISS} and
 * {@link #SANDBAGGING} its {@link LintContext#scorecard() scorecard}, and each of these finds
 * nothing when its input is absent. Every rule suggests a fix ({@link Finding#fix}).
 *
 * <p>Thresholds are options of {@link LintRuleSet}. Findings point into the {@code OkrSet} as
 * given: {@code /objectives/i}, {@code /objectives/i/keyResults/k}, {@code /cycles/i}. Immutable
 * and thread-safe.
 */
public enum BuiltInRule implements LintRule {

  /**
   * {@code okr.lint.too-many-objectives} (warning): an owner has more than
   * {@link LintRuleSet#maxObjectivesPerOwner()} (default 5) objectives in one cycle.
   *
   * <p>Why: OKRs work by focus; the seed asks a marketing department to set few objectives and put
   * its resources behind them ("聚焦公共目标，实现资源最大化利用"), and the usual canon is three to
   * five objectives. docs/field-notes.md §5.7 lists such counts among the checks a lint should make.
   *
   * <p>One finding per owner and cycle, at the first objective over the limit in input order
   * ({@code /objectives/i}). Arguments: owner ({@code kind:id}), cycle id, number of objectives,
   * the maximum.
   */
  TOO_MANY_OBJECTIVES("okr.lint.too-many-objectives", Severity.WARNING, true, ObjectiveRules::tooManyObjectives),

  /**
   * {@code okr.lint.too-few-key-results} (warning): an objective has fewer than
   * {@link LintRuleSet#minKeyResults()} (default 2) key results, none included.
   *
   * <p>Why: one key result rarely shows that a qualitative objective is met, and an objective
   * without any cannot be measured at all. The seed's cases have three key results each;
   * docs/field-notes.md §5.7 names "2–5 KRs" as a lint check.
   *
   * <p>At {@code /objectives/i/keyResults}. Arguments: the number of key results, the minimum, the
   * maximum.
   */
  TOO_FEW_KEY_RESULTS("okr.lint.too-few-key-results", Severity.WARNING, true, ObjectiveRules::tooFewKeyResults),

  /**
   * {@code okr.lint.too-many-key-results} (warning): an objective has more than
   * {@link LintRuleSet#maxKeyResults()} (default 5) key results.
   *
   * <p>Why: a long list of key results is usually a task list, and it dilutes each result's weight
   * in the roll-up. docs/field-notes.md §5.7: "2–5 KRs".
   *
   * <p>At {@code /objectives/i/keyResults}. Arguments: the number of key results, the minimum, the
   * maximum.
   */
  TOO_MANY_KEY_RESULTS("okr.lint.too-many-key-results", Severity.WARNING, true, ObjectiveRules::tooManyKeyResults),

  /**
   * {@code okr.lint.not-measurable} (warning): every key result of an objective is done-or-not: a
   * {@code BinaryMetric}, or a {@code MilestoneMetric} with a single milestone.
   *
   * <p>Why: the seed insists that key results be quantified ("可量化") so that progress and value
   * can be shown; with only binary results an objective is 0 or 1 and its progress says nothing
   * until the end (docs/conventions.md §1.6: binary KRs get no expected-progress curve).
   *
   * <p>At {@code /objectives/i/keyResults}. Argument: the number of key results.
   */
  NOT_MEASURABLE("okr.lint.not-measurable", Severity.WARNING, true, ObjectiveRules::notMeasurable),

  /**
   * {@code okr.lint.baseline-missing} (warning): an increase or decrease key result
   * ({@code LinearMetric}) has a baseline of exactly 0 in a unit where 0 is rarely the true
   * starting value: number, percent, percentage points or currency.
   *
   * <p>Why: a linear key result is graded from its baseline (docs/conventions.md §1.1), so a wrong
   * baseline gives wrong progress. The model requires a baseline, so a missing one is typically
   * entered as 0; HiBob added a start value to its API for exactly this reason (docs/field-notes.md §4.1),
   * and Viva Goals' "starting at zero" is a different, deliberate kind (docs/conventions.md §1.2). Counts
   * and custom units (leads, talks, articles) start at 0 by nature and are not reported.
   *
   * <p>At {@code /objectives/i/keyResults/k/metric/baseline}. Argument: the unit.
   */
  BASELINE_MISSING("okr.lint.baseline-missing", Severity.WARNING, true, KeyResultRules::baselineMissing),

  /**
   * {@code okr.lint.target-met-at-start} (warning): the first check-in of a key result, if it lies
   * before {@code cycle start + }{@link LintRuleSet#startWindowDays()} (default 14 days) and is
   * known at the instant of evaluation, already meets the target: a linear value at or beyond
   * the target, a threshold met, a binary result done, every milestone done, an ordinal key
   * result in its TARGET or STRETCH zone. Ranges (staying
   * within is their purpose), recurring and aggregate metrics are not checked.
   *
   * <p>Why: the seed asks for challenging targets ("有挑战性的目标") that results can exceed; a
   * target met on day one was not ambitious. Ally.io deliberately shows a 1.0 score in orange as
   * "not ambitious" (docs/conventions.md §2).
   *
   * <p>At {@code /objectives/i/keyResults/k}. Argument: the date of the first check-in in the
   * cycle's time zone.
   */
  TARGET_MET_AT_START("okr.lint.target-met-at-start", Severity.WARNING, true, KeyResultRules::targetMetAtStart),

  /**
   * {@code okr.lint.due-outside-cycle} (warning): a key result's due date
   * ({@code KeyResult.dueDateIn(cycle)}) lies before its cycle's first day or after the cycle's
   * end date (the default due date, which is allowed).
   *
   * <p>Why: the model allows such due dates, since results are sometimes measured after a quarter
   * closes, and leaves them to the linter (see {@code OkrSet}); a result due outside its cycle is
   * not graded with it. docs/field-notes.md §5.7: child dates inside parent dates (15Five); eloomi and
   * Learn Amp require the parent's dates to cover the child's (docs/field-notes.md §5.7).
   *
   * <p>At {@code /objectives/i/keyResults/k/dueDate}. Arguments: the due date, the cycle id, its
   * start date, its end date.
   */
  DUE_OUTSIDE_CYCLE("okr.lint.due-outside-cycle", Severity.WARNING, true, KeyResultRules::dueOutsideCycle),

  /**
   * {@code okr.lint.duplicate-title} (warning): two objectives of the same owner and cycle, or two
   * key results of the same objective, have the same or nearly the same title: after Unicode NFKC,
   * case folding and removal of everything but letters and digits, the Dice coefficient of their
   * character bigrams is at least {@link LintRuleSet#titleSimilarity()} (default 0.8). Character
   * bigrams work for Chinese, which has no spaces between words.
   *
   * <p>Why: duplicates split the work and the progress of one goal, and usually come from copying
   * an objective into a new one; the seed's advice to focus on few objectives applies.
   *
   * <p>Each title with a similar title of a smaller id is reported once, naming the most similar
   * (ties: the smallest id), so findings do not depend on input order. Groups of more than 100
   * titles are checked for equal normalized titles only, which keeps the rule linear. At
   * {@code /objectives/i/title} or {@code /objectives/i/keyResults/k/title}. Arguments: the other
   * element's id, the similarity in whole percent.
   */
  DUPLICATE_TITLE("okr.lint.duplicate-title", Severity.WARNING, true, DuplicateTitles::check),

  /**
   * {@code okr.lint.weights-not-normalized} (error; disabled by default, the "strict weights"
   * policy): the weights of an objective's key results do not add up to exactly 1.
   *
   * <p>Why: okr4j normalizes weights ({@code Σw·p / Σw}, docs/conventions.md §0), so any positive weights
   * work; but Inspire, Sesame HR, Betterworks and Profit.co require weights to total 100 % (or 1)
   * (docs/conventions.md §3), and Feishu checks it (docs/field-notes.md §5.7). A host with that policy enables this
   * rule with {@code withEnabled(code, true)}.
   *
   * <p>At {@code /objectives/i/keyResults}. Argument: the sum of the weights.
   */
  WEIGHTS_NOT_NORMALIZED("okr.lint.weights-not-normalized", Severity.ERROR, false,
      ObjectiveRules::weightsNotNormalized),

  /**
   * {@code okr.lint.cycle-outside-parent} (error): a cycle does not lie inside its parent cycle
   * ({@code Cycle.encloses}), such as a quarter that runs past the end of its year.
   *
   * <p>Why: roll-ups from quarters to years and "as of" evaluation assume that children nest in
   * their parents. docs/field-notes.md §5.7: child dates inside parent dates (15Five).
   *
   * <p>At {@code /cycles/i}. Arguments: the cycle's start and end dates, the parent's id, start
   * and end dates.
   */
  CYCLE_OUTSIDE_PARENT("okr.lint.cycle-outside-parent", Severity.ERROR, true, TimeRules::cycleOutsideParent),

  /**
   * {@code okr.lint.stale-key-result} (warning): while its cycle runs, a key result has had no
   * check-in for at least {@link LintRuleSet#staleAfterDays()} (default 14) days as of the instant
   * of evaluation, counting from its latest known check-in, or from the cycle's start if that is
   * later or there is none. A key result already done (binary done, every milestone done) is not
   * stale; one never checked in is left to {@link #NEVER_UPDATED} once that rule applies, if it is
   * enabled.
   *
   * <p>Why: "silence is never green" (OpenOKR, docs/field-notes.md §4.8); staleness is one of the derived
   * signals docs/field-notes.md §5.5 asks for, and Radical Focus has owners check in weekly (docs/conventions.md §5).
   *
   * <p>At {@code /objectives/i/keyResults/k}. Arguments: the whole days without a check-in, the
   * date they are counted from.
   */
  STALE_KEY_RESULT("okr.lint.stale-key-result", Severity.WARNING, true, TimeRules::stale),

  /**
   * {@code okr.lint.never-updated} (warning): a key result has no check-in known at the instant of
   * evaluation although at least {@link LintRuleSet#neverUpdatedAfter()} (default half) of its
   * cycle has passed; this includes cycles that have ended.
   *
   * <p>Why: WorkBoard turns an OKR red when it was "never updated and half the OKR time period has
   * passed" (docs/conventions.md §1.3, §4); a key result without data cannot be scored.
   *
   * <p>At {@code /objectives/i/keyResults/k}. Arguments: the whole percent of the cycle passed,
   * the cycle id.
   */
  NEVER_UPDATED("okr.lint.never-updated", Severity.WARNING, true, TimeRules::neverUpdated),

  /**
   * {@code okr.lint.not-aligned} (warning; needs the graph): an objective below the top level of
   * its cycle has no alignment link, neither of its own nor from one of its key results.
   *
   * <p><b>Top level.</b> An objective is at the top level when its {@code Level.rank()} is the
   * smallest rank among the objectives of its cycle and of the cycles that enclose it through
   * {@code Cycle.parent()} (so a quarter's company objectives are top level, and a quarter's team
   * objectives are not when the year above has company objectives). Top-level objectives are
   * never reported. This differs from {@code AlignmentGraph.topLevelObjectives()}, which looks at
   * the whole set, so that a set of several unrelated cycles is judged cycle by cycle.
   *
   * <p>Why: the seed wants the company's and the department's objectives to be highly consistent
   * ("确保企业整体目标和市场部目标的高度一致") and people to see who they work for (line of
   * sight); docs/field-notes.md §5.7 lists "no orphan goals" among the checks a lint should make.
   *
   * <p>At {@code /objectives/i}. Arguments: the level's name and rank, the cycle id, the top rank.
   */
  NOT_ALIGNED("okr.lint.not-aligned", Severity.WARNING, true, AlignmentRules::notAligned),

  /**
   * {@code okr.lint.level-skipped} (warning; needs the graph): an alignment link goes up more
   * than one level, such as a team objective aligned directly to a company objective, although
   * skipping is forbidden: {@link LintRuleSet#forbidLevelSkipping()} is set, or the graph's
   * {@code AlignmentPolicy} has the {@code NO_SKIPPING} level rule. A key result's level is its
   * objective's. With neither, the rule finds nothing, so it can stay enabled by default.
   *
   * <p>Why: OpenOKR's method enforces no level skips (rule AL-3, docs/field-notes.md §4.5), so that every
   * level translates the goal above it; docs/field-notes.md §5.4 asks for level-skip detection. A graph
   * built under a laxer policy accepted such links; the option lints them against the stricter
   * rule without rebuilding the graph.
   *
   * <p>At the child's path, {@code /objectives/i} or {@code /objectives/i/keyResults/k}.
   * Arguments: the child node, the parent node, the child's level, the parent's level, the number
   * of levels skipped.
   */
  LEVEL_SKIPPED("okr.lint.level-skipped", Severity.WARNING, true, AlignmentRules::levelSkipped),

  /**
   * {@code okr.lint.commitment-forecast-miss} (warning; needs the scorecard): a committed
   * objective's forecast says it will miss: its {@code Forecast.willMiss()} is true, that is the
   * forecast progress at the end is below the scoring policy's
   * {@code ForecastPolicy.willMissBelow()} (1 by default). Reported only while the objective's
   * cycle has not ended as of the instant of evaluation; after the end the scorecard's verdict
   * says whether the commitment was missed.
   *
   * <p>Why: a committed objective is expected to reach 1.0 and a miss calls for a post-mortem
   * (Google's playbook, {@code ObjectiveType.COMMITTED}; docs/field-notes.md §5.8); the end-of-cycle
   * forecast (docs/field-notes.md §5.5, docs/conventions.md §4) is the early warning to re-plan or escalate while
   * there is time.
   *
   * <p>At {@code /objectives/i}. Arguments: the forecast in whole percent, the threshold in whole
   * percent.
   */
  COMMITMENT_FORECAST_MISS("okr.lint.commitment-forecast-miss", Severity.WARNING, true,
      ScoreRules::commitmentForecastMiss),

  /**
   * {@code okr.lint.sandbagging} (warning; needs the scorecard): once a cycle has ended as of the
   * instant of evaluation, every aspirational objective an owner has in it scored a progress of
   * 1.0 or more. An objective the scorecard does not score keeps the group from being reported.
   *
   * <p>Why: aspirational objectives are stretch goals whose sweet spot is about 0.7; if all of
   * them are fully met, the targets were set too low. docs/field-notes.md §5.8 asks for this "sandbagging"
   * detection; Ally.io shows 1.0 in orange as "not ambitious" (docs/conventions.md §2), and the seed asks
   * for challenging targets ("有挑战性的目标").
   *
   * <p>One finding per owner and cycle, at the group's objective with the smallest id
   * ({@code /objectives/i}), so the finding does not depend on input order. Arguments: owner
   * ({@code kind:id}), cycle id, number of aspirational objectives.
   */
  SANDBAGGING("okr.lint.sandbagging", Severity.WARNING, true, ScoreRules::sandbagging),

  /**
   * {@code okr.lint.private-to-public} (info; needs the graph): a contributing alignment link goes
   * from a node of a private or restricted objective to a node of a public one, so the public
   * parent's progress moves for reasons some of its readers cannot see. Supporting links, which
   * do not count toward progress, are not reported.
   *
   * <p>Why: the seed makes everyone's OKRs public ("通过公开每个人的OKR") so that colleagues see
   * what they work for, and a hidden contribution makes a public roll-up hard to explain.
   * Products differ (docs/field-notes.md §5.9): Quantive lets private OKRs contribute behind a placeholder,
   * eloomi forbids it. Often it is deliberate (a confidential project), hence only info.
   *
   * <p>At the child's path, {@code /objectives/i} or {@code /objectives/i/keyResults/k}.
   * Arguments: the child node, the parent node, the child's visibility ({@code private} or
   * {@code restricted}).
   */
  PRIVATE_TO_PUBLIC("okr.lint.private-to-public", Severity.INFO, true, AlignmentRules::privateToPublic);

  private final String code;
  private final Severity severity;
  private final boolean enabledByDefault;
  private final RuleCheck check;

  BuiltInRule(String code, Severity severity, boolean enabledByDefault, RuleCheck check) {
    this.code = code;
    this.severity = severity;
    this.enabledByDefault = enabledByDefault;
    this.check = check;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public boolean enabledByDefault() {
    return enabledByDefault;
  }

  /**
   * Runs this rule.
   *
   * @throws OkrException with an {@code okr.required} error if {@code context} or {@code rules}
   *     is {@code null}
   */
  @Override
  public Seq<Finding> check(LintContext context, LintRuleSet rules) {
    Problems problems = new Problems();
    problems.present(context, OkrPath.of("context"));
    problems.present(rules, OkrPath.of("rules"));
    if (!problems.isEmpty()) {
      throw new OkrException(problems.errors());
    }
    return check.apply(this, context, rules);
  }

  /**
   * Returns the built-in rule with {@code code}.
   *
   * @param code a rule code, such as {@code okr.lint.never-updated}; may be {@code null}
   * @return the rule, if there is one with this code
   */
  public static Option<BuiltInRule> ofCode(@Nullable String code) {
    return List.of(values()).find(r -> r.code.equals(code));
  }
}
