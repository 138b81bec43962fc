/* test-team.c — team votes: mean weights, consensus, disagreements, leave-one-out, on worked examples
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The examples use tests/data/minimal.json: three criteria (realtime, data_ml,
 * learning) with fits Python 4, 10, 9 and Node.js 9, 3, 6. Every expected figure
 * below is worked out by hand in the comments (and in docs/scoring.md).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-robustness.h"
#include "sw-team.h"
#include "sw-test.h"

#define PYTHON 0
#define NODEJS 1
#define REALTIME 0
#define DATA_ML 1
#define LEARNING 2

/* docs/scoring.md's worked example: the team's Python probability. */
#define DOC_TEAM_PYTHON 0.8193

/* Ana cares about real time, Ben about data, Cleo about everything a little.
 *            realtime data_ml learning     shares
 *   Ana          9       0       3         .75   0    .25
 *   Ben          0       9       3          0   .75   .25
 *   Cleo         3       3       3         1/3  1/3   1/3
 *   mean share                            13/36 13/36 10/36
 *   team weights (× 10)                   3.61  3.61  2.78 */
static const double three_people[] = {
  9, 0, 3,
  0, 9, 3,
  3, 3, 3,
};

static void
test_mean (void)
{
  double mean[3];
  const double with_bad_values[] = { 12, NAN, -1, 4, 2, 6 };

  const double loud_and_quiet[] = { 10, 10, 0, 1, 1, 0 };       /* the same proportions */
  const double with_silent[] = { 9, 0, 3, 0, 0, 0 };

  sw_team_mean_weights (three_people, 3, 3, mean);
  g_assert_cmpfloat_with_epsilon (mean[REALTIME], 130.0 / 36.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[DATA_ML], 130.0 / 36.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[LEARNING], 100.0 / 36.0, 1e-12);

  /* Clamped like sw_evaluate: 12 → 10, NaN → 0, −1 → 0. Shares (1, 0, 0) and
   * (1/3, 1/6, 1/2): mean (2/3, 1/12, 1/4), × 10. */
  sw_team_mean_weights (with_bad_values, 2, 3, mean);
  g_assert_cmpfloat_with_epsilon (mean[0], 20.0 / 3.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[1], 10.0 / 12.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[2], 2.5, 1e-12);

  /* High sliders carry no more say than low ones in the same proportions. */
  sw_team_mean_weights (loud_and_quiet, 2, 3, mean);
  g_assert_cmpfloat_with_epsilon (mean[0], 5.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[1], 5.0, 1e-12);

  /* Someone who set nothing has no say: Ana's shares alone. */
  sw_team_mean_weights (with_silent, 2, 3, mean);
  g_assert_cmpfloat_with_epsilon (mean[0], 7.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[2], 2.5, 1e-12);
}

/* The example that showed the loud outvoting the team: one participant with
 * 10 on the Node.js side, two with 3 on the Python side. On raw weights the mean
 * (3.33, 2, 0) gave Node.js 67.5 to 62.5, an answer only one of three reaches;
 * on shares (1/3, 2/3, 0) Python leads 80 to 50. */
static void
test_loud_participant (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  const double weights[] = { 10, 0, 0, 0, 3, 0, 0, 3, 0 };
  const double with_silent[] = { 10, 0, 0, 0, 3, 0, 0, 3, 0, 0, 0, 0 };
  g_autoptr(SwTeam) team = sw_team_new (dataset, weights, 3);
  g_autoptr(SwTeam) four = sw_team_new (dataset, with_silent, 4);
  SwVerdict *verdict = sw_team_get_verdict (team);

  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, PYTHON);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, PYTHON), 80.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, NODEJS), 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_team_get_agreement (team), 2.0 / 3.0, 1e-12);

  /* A fourth participant with every weight at 0 changes nothing, robustness included. */
  sw_verdict_estimate_robustness (verdict);
  sw_verdict_estimate_robustness (sw_team_get_verdict (four));
  for (guint t = 0; t < 2; t++)
    {
      g_assert_cmpfloat (sw_verdict_get_score (sw_team_get_verdict (four), t), ==, sw_verdict_get_score (verdict, t));
      g_assert_cmpfloat (sw_verdict_get_robustness (sw_team_get_verdict (four), t), ==,
                         sw_verdict_get_robustness (verdict, t));
    }
  g_assert_cmpuint (sw_team_get_n_with_say (four), ==, 3);
  g_assert_cmpfloat_with_epsilon (sw_team_get_agreement (four), 2.0 / 3.0, 1e-12);
  g_assert_false (sw_team_is_decisive (four, 3));
}

static void
test_team_verdict (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  SwVerdict *verdict = sw_team_get_verdict (team);

  g_assert_cmpuint (sw_team_get_n_participants (team), ==, 3);
  g_assert_cmpfloat_with_epsilon (sw_team_get_weights (team)[REALTIME], 130.0 / 36.0, 1e-12);

  /* Mean shares (13, 13, 10)/36. Python 10·(13·4 + 13·10 + 10·9)/36 = 2720/36 = 75.56,
   * Node.js 10·(13·9 + 13·3 + 10·6)/36 = 2160/36 = 60.0: Python, margin 15.56. */
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_TECHNOLOGY);
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, PYTHON);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, PYTHON), 2720.0 / 36.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, NODEJS), 60.0, 1e-9);

  /* The team's score is the plain average of the personal scores:
   * (52.5 + 97.5 + 76.67)/3 = 75.56. */
  {
    double sum = 0.0;

    for (guint p = 0; p < 3; p++)
      sum += sw_verdict_get_score (sw_team_get_participant_verdict (team, p), PYTHON);
    g_assert_cmpfloat_with_epsilon (sum / 3.0, sw_verdict_get_score (verdict, PYTHON), 1e-9);
  }

  /* The smallest change of the team's proportions: D = (−5·13 + 7·13 + 3·10)/36 = 14/9;
   * from Data & ML (d = 7) to Real-time features (d = −5), 12 per unit: 7/54 = 13%. */
  {
    g_autofree char *flip = sw_verdict_dup_flip_sentence (verdict);

    g_assert_cmpfloat_with_epsilon (sw_verdict_get_flip_share_moved (verdict), 7.0 / 54.0, 1e-12);
    g_assert_cmpstr (flip, ==, "Moving 13% of the weight from Data & ML to Real-time features would tie Python with Node.js.");
  }

  /* The team's spread of shares widens the robustness estimate: the same mean
   * weights alone are at least as sure. */
  {
    g_autoptr(SwVerdict) alone = sw_evaluate_new (dataset, sw_team_get_weights (team));

    sw_verdict_estimate_robustness (verdict);
    sw_verdict_estimate_robustness (alone);
    g_test_message ("team %.4f, the same weights alone %.4f", sw_verdict_get_robustness (verdict, PYTHON),
                    sw_verdict_get_robustness (alone, PYTHON));
    g_assert_cmpfloat (sw_verdict_get_robustness (verdict, PYTHON), <, sw_verdict_get_robustness (alone, PYTHON));
    g_assert_cmpfloat_with_epsilon (sw_verdict_get_robustness (verdict, PYTHON), DOC_TEAM_PYTHON, 0.0005);
  }
}

static void
test_own_verdicts (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  SwVerdict *ana = sw_team_get_participant_verdict (team, 0);
  SwVerdict *ben = sw_team_get_participant_verdict (team, 1);
  SwVerdict *cleo = sw_team_get_participant_verdict (team, 2);
  g_autofree char *label = NULL;
  g_autofree char *sentence = NULL;

  /* Ana (9, 0, 3): Python 100·63/120 = 52.5, Node.js 100·99/120 = 82.5. */
  g_assert_cmpint (sw_verdict_get_leader (ana), ==, NODEJS);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (ana, PYTHON), 52.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (ana, NODEJS), 82.5, 1e-9);
  /* Ben (0, 9, 3): Python 100·117/120 = 97.5, Node.js 100·45/120 = 37.5. */
  g_assert_cmpint (sw_verdict_get_leader (ben), ==, PYTHON);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (ben, PYTHON), 97.5, 1e-9);
  /* Cleo (3, 3, 3): Python 100·69/90 = 76.7, Node.js 100·54/90 = 60.0. */
  g_assert_cmpint (sw_verdict_get_leader (cleo), ==, PYTHON);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (cleo, NODEJS), 60.0, 1e-9);

  g_assert_false (sw_team_participant_agrees (team, 0));
  g_assert_true (sw_team_participant_agrees (team, 1));
  g_assert_true (sw_team_participant_agrees (team, 2));
  g_assert_cmpuint (sw_team_get_n_agreeing (team), ==, 2);

  label = sw_team_dup_verdict_label (ana);
  g_assert_cmpstr (label, ==, "Node.js");
  sentence = sw_team_dup_agreement_sentence (team);
  g_assert_cmpstr (sentence, ==, "2 of 3 participants reach the team's verdict on their own.");
}

static void
test_consensus (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  g_autofree char *label = NULL;
  const double same[] = { 2, 4, 6, 1, 2, 3 };       /* the same proportions at half the scale */
  const double disjoint[] = { 10, 0, 0, 0, 10, 0 };
  const double with_silent[] = { 10, 0, 0, 0, 0, 0, 0, 10, 0 };

  /* Shares: Ana (.75, 0, .25), Ben (0, .75, .25), Cleo (1/3, 1/3, 1/3).
   * Overlaps Σ min: Ana–Ben .25, Ana–Cleo 1/3 + .25, Ben–Cleo 1/3 + .25.
   * Mean (.25 + 7/12 + 7/12)/3 = 17/36 = 0.4722 → "Consensus 47%". */
  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 17.0 / 36.0, 1e-12);
  label = sw_team_dup_consensus_label (team);
  g_assert_cmpstr (label, ==, "Priorities overlap 47%");

  /* Weights are read as proportions, as the scores read them. */
  g_assert_cmpfloat_with_epsilon (sw_team_consensus (same, 2, 3), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (sw_team_consensus (disjoint, 2, 3), 0.0, 1e-12);
  /* Someone with every weight at 0 states no priority and is left out: one pair left, disjoint. */
  g_assert_cmpfloat_with_epsilon (sw_team_consensus (with_silent, 3, 3), 0.0, 1e-12);
  /* Fewer than two with a priority: nothing to disagree about. */
  g_assert_cmpfloat_with_epsilon (sw_team_consensus (with_silent, 2, 3), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (sw_team_consensus (same, 1, 3), 1.0, 1e-12);
}

static void
test_disagreements (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  const SwDisagreement *first;
  const SwDisagreement *second;
  g_autofree char *sentence = NULL;

  /* Shares on realtime .75, 0, 1/3 around 13/36: deviations 14/36, −13/36, −1/36,
   * variance (196 + 169 + 1)/1296/3 = 366/3888, sd 0.307; data_ml the same;
   * learning .25, .25, 1/3 around 10/36: sd √(6/3888) = 0.039, under 0.05, not listed.
   * Equal spreads keep criteria order. */
  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, 2);
  first = sw_team_get_disagreement (team, 0);
  second = sw_team_get_disagreement (team, 1);
  g_assert_cmpuint (first->criterion, ==, REALTIME);
  g_assert_cmpfloat_with_epsilon (first->spread, sqrt (366.0 / 3888.0), 1e-12);
  g_assert_cmpfloat (first->lowest, ==, 0.0);
  g_assert_cmpfloat (first->highest, ==, 0.75);
  g_assert_cmpuint (second->criterion, ==, DATA_ML);
  g_assert_cmpfloat_with_epsilon (sw_team_get_spread (team, LEARNING), sqrt (6.0 / 3888.0), 1e-12);

  sentence = sw_team_dup_disagreement_sentence (team, 0);
  g_assert_cmpstr (sentence, ==, "Real-time features: from 0% to 75% of someone’s weight");
}

/* Two people whose weights are the same up to a factor of 2 do not disagree. */
static void
test_disagreements_scaled (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  const double weights[] = { 2, 4, 1, 4, 8, 2 };
  g_autoptr(SwTeam) team = sw_team_new (dataset, weights, 2);

  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, 0);
  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (sw_team_get_agreement (team), 1.0, 1e-12);
}

static void
test_disagreements_capped (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("three-technologies.json");
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new0 (double, 2 * n_criteria);
  g_autoptr(SwTeam) team = NULL;

  double total = 0.0;

  /* One person puts everything on the first criterion; the other's share of
   * criterion c grows with c (and is 0 on the first). Spreads of two shares are
   * half their difference: 1/2 on the first, then c/total/2, the last largest. */
  for (guint c = 0; c < n_criteria; c++)
    {
      weights[c] = c == 0 ? 1.0 : 0.0;
      weights[n_criteria + c] = (double) c;
      total += c;
    }
  team = sw_team_new (dataset, weights, 2);

  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, SW_TEAM_MAX_DISAGREEMENTS);
  g_assert_cmpuint (sw_team_get_disagreement (team, 0)->criterion, ==, 0);
  g_assert_cmpfloat_with_epsilon (sw_team_get_disagreement (team, 0)->spread, 0.5, 1e-12);
  for (guint i = 1; i < SW_TEAM_MAX_DISAGREEMENTS; i++)
    {
      const SwDisagreement *item = sw_team_get_disagreement (team, i);
      guint c = n_criteria - i;

      g_assert_cmpuint (item->criterion, ==, c);
      g_assert_cmpfloat_with_epsilon (item->spread, c / total / 2.0, 1e-12);
    }
}

static void
test_leave_one_out (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  g_autofree char *ben = NULL;
  g_autofree char *ana = NULL;

  /* Without Ana: Ben and Cleo, mean shares (1/6, 13/24, 7/24): Python 87.1 to
   * Node.js 48.8, still Python. */
  g_assert_false (sw_team_is_decisive (team, 0));
  g_assert_cmpint (sw_team_get_leader_without (team, 0), ==, PYTHON);
  /* Without Ben: Ana and Cleo, (13/24, 1/6, 7/24): Python 64.6, Node.js 71.3; only
   * realtime is heavily weighted (the others are under 0.6 × 13/24), so no hybrid: Node.js. */
  g_assert_true (sw_team_is_decisive (team, 1));
  g_assert_cmpint (sw_team_get_kind_without (team, 1), ==, SW_VERDICT_KIND_TECHNOLOGY);
  g_assert_cmpint (sw_team_get_leader_without (team, 1), ==, NODEJS);
  /* Without Cleo: Ana and Ben, (.375, .375, .25): Python 75, Node.js 60. */
  g_assert_cmpint (sw_team_get_leader_without (team, 2), ==, PYTHON);
  g_assert_cmpuint (sw_team_get_n_decisive (team), ==, 1);

  ben = sw_team_dup_without_sentence (team, 1, "Ben");
  g_assert_cmpstr (ben, ==, "Without Ben, Node.js would be the better fit.");
  ana = sw_team_dup_without_sentence (team, 0, "Ana");
  g_assert_cmpstr (ana, ==, "Without Ana, the verdict stays the same.");
}

/* A large team's summary: counts of own verdicts, and who decides alone. */
static void
test_summary (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  const double same[] = { 8, 2, 5, 8, 2, 5, 8, 2, 5, 8, 2, 5 };
  g_autoptr(SwTeam) unanimous = sw_team_new (dataset, same, 4);
  const char *names[] = { "Ana", "Ben", "Cleo", "Dan" };
  g_autofree char *verdicts = sw_team_dup_own_verdicts_sentence (team);
  g_autofree char *decisive = sw_team_dup_decisive_summary (team, names, 3);
  g_autofree char *none_named = sw_team_dup_decisive_summary (team, names, 0);
  g_autofree char *nobody = sw_team_dup_decisive_summary (unanimous, names, 3);

  /* Ana Node.js; Ben and Cleo Python. */
  g_assert_cmpstr (verdicts, ==, "Each person’s own verdict: Python 2, Node.js 1.");
  g_assert_cmpstr (decisive, ==, "Without Ben, Node.js would be the better fit. "
                                 "Without anyone else, the verdict stays the same.");
  g_assert_cmpstr (none_named, ==, "1 other participant also decides it alone. "
                                   "Without anyone else, the verdict stays the same.");
  g_assert_cmpstr (nobody, ==, "Nobody decides the answer alone: without any one participant, "
                               "the verdict stays the same.");
}

static void
test_leave_one_out_no_priority (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  const double weights[] = { 10, 0, 0, 0, 0, 0 };   /* Ana: real time only; Zed: nothing */
  g_autoptr(SwTeam) team = sw_team_new (dataset, weights, 2);
  g_autofree char *zed = NULL;

  /* Zed set nothing and has no say: the team's shares are Ana's, Node.js 90 to 40. */
  g_assert_cmpint (sw_verdict_get_leader (sw_team_get_verdict (team)), ==, NODEJS);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (sw_team_get_verdict (team), NODEJS), 90.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 1.0, 1e-12);

  /* Without Ana nobody with a say is left: no priority, undecided. */
  g_assert_true (sw_team_is_decisive (team, 0));
  g_assert_cmpint (sw_team_get_kind_without (team, 0), ==, SW_VERDICT_KIND_UNDECIDED);
  g_assert_cmpint (sw_team_get_leader_without (team, 0), ==, -1);
  g_assert_false (sw_team_is_decisive (team, 1));
  g_assert_cmpint (sw_verdict_get_kind (sw_team_get_participant_verdict (team, 1)), ==,
                   SW_VERDICT_KIND_UNDECIDED);

  zed = sw_team_dup_without_sentence (team, 0, "Ana");
  g_assert_cmpstr (zed, ==, "Without Ana, the verdict would be undecided.");
}

static void
test_unanimous (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  const double weights[] = { 8, 2, 5, 8, 2, 5, 8, 2, 5, 8, 2, 5 };
  g_autoptr(SwTeam) team = sw_team_new (dataset, weights, 4);
  g_autoptr(SwVerdict) alone = sw_evaluate_new (dataset, weights);

  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 1.0, 1e-12);
  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, 0);
  g_assert_cmpuint (sw_team_get_n_decisive (team), ==, 0);
  g_assert_cmpuint (sw_team_get_n_agreeing (team), ==, 4);
  g_assert_true (sw_team_same_verdict (sw_team_get_verdict (team), alone));
  for (guint t = 0; t < 2; t++)
    g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (sw_team_get_verdict (team), t),
                                    sw_verdict_get_score (alone, t), 1e-9);
}

static void
test_one_person (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  const double weights[] = { 10, 2, 5 };
  g_autoptr(SwTeam) team = sw_team_new (dataset, weights, 1);
  g_autofree char *consensus = sw_team_dup_consensus_label (team);

  g_assert_true (sw_team_same_verdict (sw_team_get_verdict (team), sw_team_get_participant_verdict (team, 0)));
  g_assert_false (sw_team_is_decisive (team, 0));
  g_assert_cmpint (sw_team_get_leader_without (team, 0), ==, -1);
  g_assert_null (sw_team_dup_without_sentence (team, 0, "Ana"));
  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, 0);
  g_assert_cmpstr (consensus, ==, "Priorities overlap 100%");
}

static void
test_same_verdict (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree double *hybrid_a = g_new0 (double, n_criteria);
  g_autofree double *hybrid_b = g_new0 (double, n_criteria);
  g_autoptr(SwVerdict) a = NULL;
  g_autoptr(SwVerdict) b = NULL;
  g_autoptr(SwVerdict) none = NULL;
  g_autofree double *zeros = g_new0 (double, n_criteria);

  /* The guide's hybrid (realtime 10, data_ml 10: Python leads 70 to 60) and a
   * variant where Node.js leads; both say "hybrid", so they are the same verdict. */
  hybrid_a[sw_dataset_find_criterion (dataset, "realtime")] = 10;
  hybrid_a[sw_dataset_find_criterion (dataset, "data_ml")] = 10;
  hybrid_b[sw_dataset_find_criterion (dataset, "realtime")] = 10;
  hybrid_b[sw_dataset_find_criterion (dataset, "data_ml")] = 7;
  hybrid_b[sw_dataset_find_criterion (dataset, "microservices")] = 3;
  a = sw_evaluate_new (dataset, hybrid_a);
  b = sw_evaluate_new (dataset, hybrid_b);
  none = sw_evaluate_new (dataset, zeros);

  g_assert_cmpint (sw_verdict_get_kind (a), ==, SW_VERDICT_KIND_HYBRID);
  g_assert_cmpint (sw_verdict_get_kind (b), ==, SW_VERDICT_KIND_HYBRID);
  g_assert_cmpint (sw_verdict_get_leader (a), !=, sw_verdict_get_leader (b));
  g_assert_true (sw_team_same_verdict (a, b));
  g_assert_false (sw_team_same_verdict (a, none));
}

/* Alone, Ana (realtime 10) gets Node.js and Ben (data_ml 10) Python; together
 * the mean shares (.5, .5) are the guide's hybrid case, 70.0 to 60.0 with each
 * technology winning one heavily weighted criterion clearly: a hybrid, as for
 * one person with the same proportions. */
static void
test_split_priorities (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new0 (double, 2 * n_criteria);
  g_autoptr(SwTeam) team = NULL;
  SwVerdict *verdict;

  weights[sw_dataset_find_criterion (dataset, "realtime")] = 10;
  weights[n_criteria + sw_dataset_find_criterion (dataset, "data_ml")] = 10;
  team = sw_team_new (dataset, weights, 2);
  verdict = sw_team_get_verdict (team);

  g_assert_cmpint (sw_verdict_get_leader (sw_team_get_participant_verdict (team, 0)), ==,
                   sw_dataset_find_technology (dataset, "nodejs"));
  g_assert_cmpint (sw_verdict_get_leader (sw_team_get_participant_verdict (team, 1)), ==,
                   sw_dataset_find_technology (dataset, "python"));
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_HYBRID);
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, sw_dataset_find_technology (dataset, "python"));
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, sw_dataset_find_technology (dataset, "python")),
                                  70.0, 1e-9);
  /* Without either, the other's own answer is left: both decide it. */
  g_assert_true (sw_team_is_decisive (team, 0));
  g_assert_true (sw_team_is_decisive (team, 1));
  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 0.0, 1e-12);
}

/* Sentences a person can act on: where one of the active
 * participant's sliders flips the team's answer, everyone else held. */
static void
test_participant_tipping (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  g_autoptr(SwVerdict) ana = sw_team_dup_participant_marks (team, 0, three_people);
  g_autoptr(SwVerdict) ben = sw_team_dup_participant_marks (team, 1, three_people + 3);
  const char *names[] = { "Ana", "Ben", "Cleo", NULL };
  const SwTippingPoint *point;
  g_autofree char *sentence = NULL;

  /* Ana alone cannot move the team off Python: even all her weight on real time
   * leaves Python 21.42 against Node.js 18.75 (in shares × fits, summed). */
  g_assert_cmpuint (sw_verdict_get_n_tipping_points (ana), ==, 0);
  {
    g_autofree char *none = sw_team_dup_no_tipping_sentence (team, "Ana");

    g_assert_cmpstr (none, ==, "None of Ana’s sliders alone changes the team’s answer.");
  }

  /* Ben: the others give Python 155/12 and Node.js 171/12. With his realtime share y
   * (the rest on data_ml 9 and learning 3): Python (272 − 69y)/12, Node.js (216 + 63y)/12;
   * they cross at y = 14/33, his slider at 12y/(1 − y) = 168/19 = 8.84. */
  g_assert_cmpuint (sw_verdict_get_n_tipping_points (ben), ==, 1);
  point = sw_verdict_get_tipping_point (ben, 0);
  g_assert_cmpuint (point->criterion, ==, REALTIME);
  g_assert_cmpint (point->direction, ==, SW_TIPPING_RAISE);
  g_assert_cmpint (point->new_leader, ==, NODEJS);
  g_assert_cmpfloat_with_epsilon (point->share, 14.0 / 33.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (point->at, 168.0 / 19.0, 1e-12);

  sentence = sw_team_dup_participant_tipping_sentence (team, ben, 0, 1, three_people, names);
  g_assert_cmpstr (sentence, ==, "Ben’s sliders, everyone else held: Raise Real-time features above 8.9 "
                                 "and Node.js takes the lead. Now: Ben 0.0, Ana 9.0, Cleo 3.0.");
}

/* On random teams, every participant's tipping point flips the team's leader just
 * past it and not just before, with everyone else held. */
static void
test_participant_tipping_random (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(GRand) rand = g_rand_new_with_seed (53);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  guint n_checked = 0;

  for (guint i = 0; i < 300; i++)
    {
      guint n = g_rand_int_range (rand, 2, 6);
      guint active = g_rand_int_range (rand, 0, n);
      g_autofree double *weights = g_new0 (double, n * n_criteria);
      g_autoptr(SwTeam) team = NULL;
      g_autoptr(SwVerdict) marks = NULL;
      int leader;

      for (guint k = 0; k < n * n_criteria; k++)
        weights[k] = g_rand_boolean (rand) ? g_rand_double_range (rand, 0, 10) : 0.0;
      team = sw_team_new (dataset, weights, n);
      marks = sw_team_dup_participant_marks (team, active, weights + active * n_criteria);
      leader = sw_verdict_get_leader (sw_team_get_verdict (team));

      for (guint p = 0; p < sw_verdict_get_n_tipping_points (marks); p++)
        {
          const SwTippingPoint *point = sw_verdict_get_tipping_point (marks, p);
          double sign = point->direction == SW_TIPPING_RAISE ? 1.0 : -1.0;
          double saved = weights[active * n_criteria + point->criterion];
          double step = 1e-6 * MAX (point->at, 1.0);

          /* Only within the slider's reach. */
          if (point->at + step > 10.0)
            continue;

          for (int side = -1; side <= 1; side += 2)
            {
              g_autoptr(SwTeam) moved = NULL;

              weights[active * n_criteria + point->criterion] = point->at + side * sign * step;
              moved = sw_team_new (dataset, weights, n);
              g_assert_cmpint (sw_verdict_get_leader (sw_team_get_verdict (moved)), ==,
                               side > 0 ? point->new_leader : leader);
            }
          weights[active * n_criteria + point->criterion] = saved;
          n_checked++;
        }
    }

  g_test_message ("%u tipping points of participants checked", n_checked);
  g_assert_cmpuint (n_checked, >, 50);
}

static void
test_lifetime (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  SwTeam *team = sw_team_new (dataset, three_people, 3);
  SwVerdict *verdict = sw_verdict_ref (sw_team_get_verdict (team));

  sw_team_unref (team);
  /* A verdict outlives the team it came from. */
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, PYTHON);
  sw_verdict_unref (verdict);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/team/mean", test_mean);
  g_test_add_func ("/stackwise/team/loud-participant", test_loud_participant);
  g_test_add_func ("/stackwise/team/disagreements-scaled", test_disagreements_scaled);
  g_test_add_func ("/stackwise/team/participant-tipping", test_participant_tipping);
  g_test_add_func ("/stackwise/team/participant-tipping-random", test_participant_tipping_random);
  g_test_add_func ("/stackwise/team/team-verdict", test_team_verdict);
  g_test_add_func ("/stackwise/team/own-verdicts", test_own_verdicts);
  g_test_add_func ("/stackwise/team/consensus", test_consensus);
  g_test_add_func ("/stackwise/team/disagreements", test_disagreements);
  g_test_add_func ("/stackwise/team/disagreements-capped", test_disagreements_capped);
  g_test_add_func ("/stackwise/team/leave-one-out", test_leave_one_out);
  g_test_add_func ("/stackwise/team/summary", test_summary);
  g_test_add_func ("/stackwise/team/leave-one-out-no-priority", test_leave_one_out_no_priority);
  g_test_add_func ("/stackwise/team/unanimous", test_unanimous);
  g_test_add_func ("/stackwise/team/one-person", test_one_person);
  g_test_add_func ("/stackwise/team/same-verdict", test_same_verdict);
  g_test_add_func ("/stackwise/team/dilution", test_split_priorities);
  g_test_add_func ("/stackwise/team/lifetime", test_lifetime);

  return g_test_run ();
}
