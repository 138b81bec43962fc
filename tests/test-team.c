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
#include "sw-team.h"
#include "sw-test-core.h"

#define PYTHON 0
#define NODEJS 1
#define REALTIME 0
#define DATA_ML 1
#define LEARNING 2

/* Ana cares about real time, Ben about data, Cleo about everything a little.
 *            realtime data_ml learning
 *   Ana          9       0       3
 *   Ben          0       9       3
 *   Cleo         3       3       3
 *   mean         4       4       3      */
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

  sw_team_mean_weights (three_people, 3, 3, mean);
  g_assert_cmpfloat_with_epsilon (mean[REALTIME], 4.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[DATA_ML], 4.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[LEARNING], 3.0, 1e-12);

  /* Clamped like sw_evaluate: 12 → 10, NaN → 0, −1 → 0. (10 + 4)/2, (0 + 2)/2, (0 + 6)/2. */
  sw_team_mean_weights (with_bad_values, 2, 3, mean);
  g_assert_cmpfloat_with_epsilon (mean[0], 7.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[1], 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean[2], 3.0, 1e-12);
}

static void
test_team_verdict (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  SwVerdict *verdict = sw_team_get_verdict (team);

  g_assert_cmpuint (sw_team_get_n_participants (team), ==, 3);
  g_assert_cmpfloat_with_epsilon (sw_team_get_weights (team)[REALTIME], 4.0, 1e-12);

  /* Mean (4, 4, 3), Σw = 11. Python 100·(16 + 40 + 27)/110 = 75.45,
   * Node.js 100·(36 + 12 + 18)/110 = 60.0: Python, clear (margin 15.45). */
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_TECHNOLOGY);
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, PYTHON);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, PYTHON), 8300.0 / 110.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, NODEJS), 60.0, 1e-9);
  g_assert_cmpint (sw_verdict_get_confidence (verdict), ==, SW_CONFIDENCE_CLEAR);

  /* The team's score is the average of the personal scores weighted by each
   * person's total weight (12, 12, 9): (12·52.5 + 12·97.5 + 9·76.67)/33 = 75.45. */
  {
    double numerator = 0.0, denominator = 0.0;

    for (guint p = 0; p < 3; p++)
      {
        double total = three_people[p * 3] + three_people[p * 3 + 1] + three_people[p * 3 + 2];

        numerator += total * sw_verdict_get_score (sw_team_get_participant_verdict (team, p), PYTHON);
        denominator += total;
      }
    g_assert_cmpfloat_with_epsilon (numerator / denominator, sw_verdict_get_score (verdict, PYTHON), 1e-9);
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
  g_assert_cmpstr (label, ==, "Consensus 47%");

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

  /* realtime 9, 0, 3 around 4: (25 + 16 + 1)/3 = 14, sd √14 = 3.74; data_ml the same;
   * learning 3, 3, 3: 0, not a disagreement. Equal spreads keep criteria order. */
  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, 2);
  first = sw_team_get_disagreement (team, 0);
  second = sw_team_get_disagreement (team, 1);
  g_assert_cmpuint (first->criterion, ==, REALTIME);
  g_assert_cmpfloat_with_epsilon (first->spread, sqrt (14.0), 1e-12);
  g_assert_cmpfloat (first->lowest, ==, 0.0);
  g_assert_cmpfloat (first->highest, ==, 9.0);
  g_assert_cmpuint (second->criterion, ==, DATA_ML);
  g_assert_cmpfloat_with_epsilon (sw_team_get_spread (team, LEARNING), 0.0, 1e-12);

  sentence = sw_team_dup_disagreement_sentence (team, 0);
  g_assert_cmpstr (sentence, ==, "Real-time features: weights from 0.0 to 9.0");
}

static void
test_disagreements_capped (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new0 (double, 2 * n_criteria);
  g_autoptr(SwTeam) team = NULL;

  /* Two people c points apart on criterion c: the spread (c/2) grows with the index,
   * so the last three criteria disagree most, the last first. */
  for (guint c = 0; c < n_criteria; c++)
    {
      weights[c] = 0.0;
      weights[n_criteria + c] = (double) c;
    }
  team = sw_team_new (dataset, weights, 2);

  g_assert_cmpuint (sw_team_get_n_disagreements (team), ==, SW_TEAM_MAX_DISAGREEMENTS);
  for (guint i = 0; i < SW_TEAM_MAX_DISAGREEMENTS; i++)
    {
      const SwDisagreement *item = sw_team_get_disagreement (team, i);

      g_assert_cmpuint (item->criterion, ==, n_criteria - 1 - i);
      g_assert_cmpfloat_with_epsilon (item->spread, (n_criteria - 1 - i) / 2.0, 1e-12);
    }
}

static void
test_leave_one_out (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwTeam) team = sw_team_new (dataset, three_people, 3);
  g_autofree char *ben = NULL;
  g_autofree char *ana = NULL;

  /* Without Ana: Ben and Cleo, mean (1.5, 6, 3), Python 93/105 against Node.js 49.5/105:
   * still Python. */
  g_assert_false (sw_team_is_decisive (team, 0));
  g_assert_cmpint (sw_team_get_leader_without (team, 0), ==, PYTHON);
  /* Without Ben: Ana and Cleo, mean (6, 1.5, 3), Σ 10.5: Python 100·66/105 = 62.9,
   * Node.js 100·76.5/105 = 72.9; margin 10, no weight ≥ 7 so not hybrid: Node.js. */
  g_assert_true (sw_team_is_decisive (team, 1));
  g_assert_cmpint (sw_team_get_kind_without (team, 1), ==, SW_VERDICT_KIND_TECHNOLOGY);
  g_assert_cmpint (sw_team_get_leader_without (team, 1), ==, NODEJS);
  /* Without Cleo: Ana and Ben, mean (4.5, 4.5, 3), Python 90/120 = 75, Node.js 72/120 = 60. */
  g_assert_false (sw_team_is_decisive (team, 2));
  g_assert_cmpuint (sw_team_get_n_decisive (team), ==, 1);

  ben = sw_team_dup_without_sentence (team, 1, "Ben");
  g_assert_cmpstr (ben, ==, "Without Ben, Node.js would be the better fit.");
  ana = sw_team_dup_without_sentence (team, 0, "Ana");
  g_assert_cmpstr (ana, ==, "Without Ana, the verdict stays the same.");
}

static void
test_leave_one_out_no_priority (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  const double weights[] = { 10, 0, 0, 0, 0, 0 };   /* Ana: real time only; Zed: nothing */
  g_autoptr(SwTeam) team = sw_team_new (dataset, weights, 2);
  g_autofree char *zed = NULL;

  /* The mean (5, 0, 0) has Ana's proportions: Node.js 90 to 40, Zed's zeros change no score. */
  g_assert_cmpint (sw_verdict_get_leader (sw_team_get_verdict (team)), ==, NODEJS);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (sw_team_get_verdict (team), NODEJS), 90.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 1.0, 1e-12);

  /* Without Ana only Zed's zeros are left: no priority, undecided. */
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
  g_assert_cmpstr (consensus, ==, "Consensus 100%");
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

/* docs/scoring.md: a priority only one person holds is diluted below the hybrid
 * rule's 7. Alone, Ana (realtime 10) gets Node.js and Ben (data_ml 10) Python;
 * together the mean (5, 5) has the guide's hybrid proportions but no weight ≥ 7,
 * so Python leads, leaning, 70.0 to 60.0. */
static void
test_dilution (void)
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
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_TECHNOLOGY);
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, sw_dataset_find_technology (dataset, "python"));
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, sw_dataset_find_technology (dataset, "python")),
                                  70.0, 1e-9);
  g_assert_cmpint (sw_verdict_get_confidence (verdict), ==, SW_CONFIDENCE_LEANING);
  /* Without Ana, Ben's Python is left: the same. Without Ben, Ana's Node.js: Ben decides it. */
  g_assert_false (sw_team_is_decisive (team, 0));
  g_assert_true (sw_team_is_decisive (team, 1));
  g_assert_cmpfloat_with_epsilon (sw_team_get_consensus (team), 0.0, 1e-12);
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
  g_test_add_func ("/stackwise/team/team-verdict", test_team_verdict);
  g_test_add_func ("/stackwise/team/own-verdicts", test_own_verdicts);
  g_test_add_func ("/stackwise/team/consensus", test_consensus);
  g_test_add_func ("/stackwise/team/disagreements", test_disagreements);
  g_test_add_func ("/stackwise/team/disagreements-capped", test_disagreements_capped);
  g_test_add_func ("/stackwise/team/leave-one-out", test_leave_one_out);
  g_test_add_func ("/stackwise/team/leave-one-out-no-priority", test_leave_one_out_no_priority);
  g_test_add_func ("/stackwise/team/unanimous", test_unanimous);
  g_test_add_func ("/stackwise/team/one-person", test_one_person);
  g_test_add_func ("/stackwise/team/same-verdict", test_same_verdict);
  g_test_add_func ("/stackwise/team/dilution", test_dilution);
  g_test_add_func ("/stackwise/team/lifetime", test_lifetime);

  return g_test_run ();
}
