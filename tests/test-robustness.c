/* test-robustness.c — the Monte Carlo robustness estimate: determinism, sums, plausible answers
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-robustness.h"
#include "sw-test.h"

/* docs/scoring.md's worked example: Python's probability on tests/data/minimal.json
 * with realtime 3, data_ml 3. */
#define DOC_MINIMAL_PYTHON 0.8770

static const double *
preset_weights (SwDataset  *dataset,
                const char *id)
{
  int index = sw_dataset_find_preset (dataset, id);

  g_assert_cmpint (index, >=, 0);

  return sw_dataset_get_preset (dataset, index)->weights;
}

/* Every criterion at 5: a close call on the shipped dataset. */
static const double *
equal_weights (void)
{
  static double weights[32];

  for (guint c = 0; c < G_N_ELEMENTS (weights); c++)
    weights[c] = 5;
  return weights;
}

static void
test_deterministic (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  const double *weights = equal_weights ();
  double first[8];
  double second[8];
  double other[8];
  double changed[32];
  guint64 seed = sw_robustness_seed (dataset, weights);

  g_assert_cmpuint (seed, ==, sw_robustness_seed (dataset, weights));

  sw_estimate_robustness (dataset, weights, SW_ROBUSTNESS_DEFAULT_SAMPLES, seed, first);
  sw_estimate_robustness (dataset, weights, SW_ROBUSTNESS_DEFAULT_SAMPLES, seed, second);
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    g_assert_cmpfloat (first[t], ==, second[t]);

  /* Another seed samples other cases (and the close preset shows it). */
  sw_estimate_robustness (dataset, weights, SW_ROBUSTNESS_DEFAULT_SAMPLES, seed + 1, other);
  g_assert_cmpfloat (first[0], !=, other[0]);

  /* The seed is the dataset's: every weighting meets the same plausible cases. */
  memcpy (changed, weights, sizeof (double) * sw_dataset_get_n_criteria (dataset));
  changed[0] += 0.5;
  g_assert_cmpuint (seed, ==, sw_robustness_seed (dataset, changed));
}

static void
check_sums (SwDataset *dataset,
            guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  double weights[32];
  double probabilities[8];

  for (guint i = 0; i < 300; i++)
    {
      double sum = 0.0;

      for (guint c = 0; c < n_criteria; c++)
        weights[c] = g_rand_boolean (rand) ? g_rand_double_range (rand, 0, 10) : 0.0;
      weights[g_rand_int_range (rand, 0, n_criteria)] = g_rand_double_range (rand, 0.01, 10);

      sw_estimate_robustness (dataset, weights, 512, sw_robustness_seed (dataset, weights),
                              probabilities);
      for (guint t = 0; t < n_technologies; t++)
        {
          g_assert_true (isfinite (probabilities[t]));
          g_assert_cmpfloat (probabilities[t], >=, 0.0);
          g_assert_cmpfloat (probabilities[t], <=, 1.0);
          sum += probabilities[t];
        }
      g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
    }
}

static void
test_sums_to_one (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");

  check_sums (dataset, 11);
  check_sums (three, 12);
}

static void
test_all_zero (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  double weights[32] = { 0 };
  double probabilities[8] = { 0.5, 0.5 };

  sw_estimate_robustness (dataset, weights, 100, 1, probabilities);
  g_assert_cmpfloat (probabilities[0], ==, 0.0);
  g_assert_cmpfloat (probabilities[1], ==, 0.0);
}

static void
test_plausible (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) clear = sw_evaluate_new (dataset, preset_weights (dataset, "startup-fullstack"));
  g_autoptr(SwVerdict) close = sw_evaluate_new (dataset, equal_weights ());
  int nodejs = sw_dataset_find_technology (dataset, "nodejs");
  int python = sw_dataset_find_technology (dataset, "python");

  g_assert_false (sw_verdict_has_robustness (clear));
  sw_verdict_estimate_robustness (clear);
  sw_verdict_estimate_robustness (close);
  g_assert_true (sw_verdict_has_robustness (clear));

  /* A clear lead survives the variations; a close call splits them. */
  g_assert_cmpfloat (sw_verdict_get_robustness (clear, nodejs), >, 0.95);
  g_assert_cmpfloat (sw_verdict_get_robustness (close, nodejs), >, 0.2);
  g_assert_cmpfloat (sw_verdict_get_robustness (close, python), >, 0.2);

  /* Evaluating again clears the estimate, which belonged to the old weights. */
  sw_evaluate (dataset, preset_weights (dataset, "startup-data"), clear);
  g_assert_false (sw_verdict_has_robustness (clear));
}

/* Random weights with some zeros and some fractions, at least one above 0. */
static void
random_weights (GRand  *rand,
                guint   n_criteria,
                double *weights)
{
  for (guint c = 0; c < n_criteria; c++)
    {
      double roll = g_rand_double (rand);

      if (roll < 0.25)
        weights[c] = 0.0;
      else if (roll < 0.6)
        weights[c] = g_rand_int_range (rand, 1, 11);
      else
        weights[c] = g_rand_double_range (rand, 0.0, 10.0);
    }
  weights[g_rand_int_range (rand, 0, n_criteria)] = g_rand_double_range (rand, 0.5, 10.0);
}

static SwVerdict *
estimate (SwDataset    *dataset,
          const double *weights)
{
  SwVerdict *verdict = sw_evaluate_new (dataset, weights);

  sw_verdict_estimate_robustness (verdict);

  return verdict;
}

/* The confidence word and the sentence agree with the leader's probability. */
static void
check_words (SwVerdict *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  int leader = sw_verdict_get_leader (verdict);
  double p = sw_verdict_get_robustness (verdict, leader);
  g_autofree char *sentence = sw_verdict_dup_robustness_sentence (verdict);

  switch (sw_verdict_get_confidence (verdict))
    {
    case SW_CONFIDENCE_CLEAR:
      g_assert_cmpfloat (p, >=, SW_VERDICT_CLEAR_PROBABILITY);
      break;
    case SW_CONFIDENCE_LEANING:
      g_assert_cmpfloat (p, >=, SW_VERDICT_LEANING_PROBABILITY);
      g_assert_cmpfloat (p, <, SW_VERDICT_CLEAR_PROBABILITY);
      break;
    case SW_CONFIDENCE_CLOSE_CALL:
    default:
      g_assert_cmpfloat (p, <, SW_VERDICT_LEANING_PROBABILITY);
      break;
    }

  /* The sentence speaks of the verdict's technology, the leader, and of no
   * other as the one that leads. */
  g_assert_nonnull (sentence);
  g_assert_true (g_str_has_prefix (sentence, sw_dataset_get_technology (dataset, leader)->name));
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    if ((int) t != leader)
      {
        g_autofree char *claim = g_strdup_printf ("%s leads", sw_dataset_get_technology (dataset, t)->name);

        g_assert_null (strstr (sentence, claim));
      }
}

static void
check_same (SwVerdict *a,
            SwVerdict *b)
{
  guint n_technologies = sw_dataset_get_n_technologies (sw_verdict_get_dataset (a));

  g_assert_cmpint (sw_verdict_get_kind (a), ==, sw_verdict_get_kind (b));
  g_assert_cmpint (sw_verdict_get_leader (a), ==, sw_verdict_get_leader (b));
  g_assert_cmpint (sw_verdict_get_confidence (a), ==, sw_verdict_get_confidence (b));
  for (guint t = 0; t < n_technologies; t++)
    {
      g_assert_cmpfloat (sw_verdict_get_robustness (a, t), ==, sw_verdict_get_robustness (b, t));
      g_assert_cmpuint (sw_verdict_get_n_hybrid_criteria (a, t), ==, sw_verdict_get_n_hybrid_criteria (b, t));
      for (guint i = 0; i < sw_verdict_get_n_hybrid_criteria (a, t); i++)
        g_assert_cmpuint (sw_verdict_get_hybrid_criterion (a, t, i), ==, sw_verdict_get_hybrid_criterion (b, t, i));
    }
}

/* w, w/2 and 2w (where it stays within 0..10) are the same priorities. */
static void
check_scaling (SwDataset    *dataset,
               const double *weights)
{
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  double *half = g_newa (double, n_criteria);
  double *twice = g_newa (double, n_criteria);
  g_autoptr(SwVerdict) base = estimate (dataset, weights);
  g_autoptr(SwVerdict) halved = NULL;
  double max = 0.0;

  for (guint c = 0; c < n_criteria; c++)
    {
      half[c] = weights[c] * 0.5;
      twice[c] = weights[c] * 2.0;
      max = MAX (max, weights[c]);
    }

  halved = estimate (dataset, half);
  check_same (base, halved);
  /* Only unanswered team-answered criteria weighted: no priority, no words. */
  if (sw_verdict_get_leader (base) < 0)
    return;
  check_words (base);

  if (max * 2.0 <= 10.0)
    {
      g_autoptr(SwVerdict) doubled = estimate (dataset, twice);

      check_same (base, doubled);
    }
}

static void
test_scale_invariance (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  double weights[32];

  for (guint p = 0; p < sw_dataset_get_n_presets (dataset); p++)
    check_scaling (dataset, sw_dataset_get_preset (dataset, p)->weights);

  for (guint i = 0; i < 1000; i++)
    {
      SwDataset *which = i % 4 == 3 ? three : dataset;

      random_weights (rand, sw_dataset_get_n_criteria (which), weights);
      /* Small weights too, so that 2w stays within 0..10. */
      if (i % 2 == 0)
        for (guint c = 0; c < sw_dataset_get_n_criteria (which); c++)
          weights[c] *= 0.5;
      check_scaling (which, weights);
    }
}

/* At an exact tie of the scores, the leader leads in about half the cases:
 * the fits vary around their values, not around the middle of their ranges. */
static void
check_ties (SwDataset *dataset,
            guint32    seed,
            guint      n_cases)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  double weights[32];
  double shares[32];
  double worst = 0.0;
  guint n_ties = 0;

  while (n_ties < n_cases)
    {
      g_autoptr(SwVerdict) verdict = NULL;
      g_autoptr(SwVerdict) tied = NULL;
      int leader;
      int other;
      double p;

      random_weights (rand, n_criteria, weights);
      verdict = sw_evaluate_new (dataset, weights);
      if (!sw_verdict_has_flip (verdict))
        continue;

      /* The smallest change that flips the answer ties it exactly. */
      sw_verdict_apply_flip (verdict, shares);
      tied = sw_evaluate_new (dataset, shares);
      leader = sw_verdict_get_leader (verdict);
      other = sw_verdict_get_flip_new_leader (verdict);
      g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (tied, leader),
                                      sw_verdict_get_score (tied, other), 1e-9);
      /* With three technologies a third may share the top; count two-way ties only. */
      if (sw_dataset_get_n_technologies (dataset) > 2 &&
          sw_verdict_get_score (tied, sw_verdict_get_runner_up (tied)) -
          MIN (sw_verdict_get_score (tied, leader), sw_verdict_get_score (tied, other)) > 5.0)
        continue;

      sw_verdict_estimate_robustness (tied);
      p = sw_verdict_get_robustness (tied, leader) /
          (sw_verdict_get_robustness (tied, leader) + sw_verdict_get_robustness (tied, other));
      worst = MAX (worst, fabs (p - 0.5));
      g_assert_cmpfloat (fabs (p - 0.5), <=, 0.02);
      n_ties++;
    }

  g_test_message ("%s: %u ties, the furthest from 50%% by %.1f points", sw_dataset_get_id (dataset),
                  n_ties, worst * 100.0);
}

static void
test_tie_is_even (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");

  check_ties (dataset, 23, 1000);
}

/* A weight of 0.01 is nearly no weight: raising any weight from 0 to 0.01
 * moves no probability by a point or more. */
static void
test_continuous (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");
  g_autoptr(GRand) rand = g_rand_new_with_seed (29);
  double weights[32];
  guint n_checked = 0;

  for (guint i = 0; i < 1000; i++)
    {
      SwDataset *which = i % 4 == 3 ? three : dataset;
      guint n_criteria = sw_dataset_get_n_criteria (which);
      g_autoptr(SwVerdict) before = NULL;
      g_autoptr(SwVerdict) after = NULL;
      guint c;

      random_weights (rand, n_criteria, weights);
      c = g_rand_int_range (rand, 0, n_criteria);
      weights[c] = 0.0;
      /* At least one other weight above 0: from nothing to something is no small step. */
      weights[(c + 1) % n_criteria] = MAX (weights[(c + 1) % n_criteria], 1.0);

      before = estimate (which, weights);
      /* The other weights all on unanswered team-answered criteria: no priority yet. */
      if (sw_verdict_get_leader (before) < 0)
        continue;
      weights[c] = 0.01;
      after = estimate (which, weights);

      for (guint t = 0; t < sw_dataset_get_n_technologies (which); t++)
        g_assert_cmpfloat (fabs (sw_verdict_get_robustness (before, t) -
                                 sw_verdict_get_robustness (after, t)), <, 0.01);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 900);
}

/* The figures of docs/scoring.md, "Robustness". */
static void
test_documented (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwVerdict) verdict = NULL;
  double weights[3] = { 3, 3, 0 };   /* realtime, data_ml, learning */
  double tiny[3] = { 3, 3, 0.001 };
  g_autoptr(SwVerdict) with_tiny = NULL;
  g_autofree char *sentence = NULL;
  int python = sw_dataset_find_technology (dataset, "python");

  verdict = estimate (dataset, weights);
  sentence = sw_verdict_dup_robustness_sentence (verdict);
  g_test_message ("%s (%.4f)", sentence, sw_verdict_get_robustness (verdict, python));
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, python);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_robustness (verdict, python), DOC_MINIMAL_PYTHON, 0.0005);

  /* A weight of 0.001 changes next to nothing. */
  with_tiny = estimate (dataset, tiny);
  g_assert_cmpfloat (fabs (sw_verdict_get_robustness (with_tiny, python) -
                           sw_verdict_get_robustness (verdict, python)), <, 0.005);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/robustness/deterministic", test_deterministic);
  g_test_add_func ("/stackwise/robustness/sums-to-one", test_sums_to_one);
  g_test_add_func ("/stackwise/robustness/all-zero", test_all_zero);
  g_test_add_func ("/stackwise/robustness/plausible", test_plausible);
  g_test_add_func ("/stackwise/robustness/scale-invariance", test_scale_invariance);
  g_test_add_func ("/stackwise/robustness/tie-is-even", test_tie_is_even);
  g_test_add_func ("/stackwise/robustness/continuous", test_continuous);
  g_test_add_func ("/stackwise/robustness/documented", test_documented);

  return g_test_run ();
}
