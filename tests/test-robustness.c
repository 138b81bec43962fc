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
#include "sw-test-core.h"

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

  /* The seed follows the weights. */
  memcpy (changed, weights, sizeof (double) * sw_dataset_get_n_criteria (dataset));
  changed[0] += 0.5;
  g_assert_cmpuint (seed, !=, sw_robustness_seed (dataset, changed));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/robustness/deterministic", test_deterministic);
  g_test_add_func ("/stackwise/robustness/sums-to-one", test_sums_to_one);
  g_test_add_func ("/stackwise/robustness/all-zero", test_all_zero);
  g_test_add_func ("/stackwise/robustness/plausible", test_plausible);

  return g_test_run ();
}
