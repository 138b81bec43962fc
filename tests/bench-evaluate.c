/* bench-evaluate.c — how long one evaluation and one robustness estimate take
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints its figures as TAP lines, so `meson test --benchmark` shows them.
 * A figure over its target is reported, not failed: timing depends on the machine.
 */

#include "config.h"

#include <stdio.h>

#include "sw-evaluate.h"
#include "sw-robustness.h"

#define EVALUATIONS 1000000
#define ESTIMATES   500
#define EVALUATE_TARGET_NS   2000.0
#define ROBUSTNESS_TARGET_NS 1000000.0

static SwDataset *
load_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "python-vs-nodejs.json", NULL);
  SwDataset *dataset = sw_dataset_new_from_path (path, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);

  return dataset;
}

static void
report (guint       number,
        const char *what,
        double      ns,
        double      target_ns)
{
  const char *verdict = ns < target_ns ? "within" : "OVER";

  printf ("ok %u - %s: %.0f ns (%.3f µs) each; target < %.0f µs: %s\n",
          number, what, ns, ns / 1000.0, target_ns / 1000.0, verdict);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(SwVerdict) verdict = NULL;
  const double *weights;
  double equal[32];
  double probabilities[8];
  double checksum = 0.0;
  gint64 start;
  double evaluate_ns;
  double robustness_ns;

  g_test_init (&argc, &argv, NULL);

  dataset = load_shipped ();
  verdict = sw_verdict_new (dataset);
  /* Every criterion at 5: a close call (Python 70.0 to 67.5), so that the
   * contributions, the tipping points and the smallest change are all computed.
   * (enterprise-legacy weighs only the existing systems, which count nothing
   * until stated: it would time an empty verdict.) */
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    equal[c] = 5.0;
  weights = equal;

  printf ("1..2\n");

  for (guint i = 0; i < 10000; i++)
    sw_evaluate (dataset, weights, verdict);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < EVALUATIONS; i++)
    {
      sw_evaluate (dataset, weights, verdict);
      checksum += sw_verdict_get_margin (verdict);
    }
  evaluate_ns = (g_get_monotonic_time () - start) * 1000.0 / EVALUATIONS;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < ESTIMATES; i++)
    {
      sw_estimate_robustness (dataset, weights, SW_ROBUSTNESS_DEFAULT_SAMPLES,
                              sw_robustness_seed (dataset, weights), probabilities);
      checksum += probabilities[0];
    }
  robustness_ns = (g_get_monotonic_time () - start) * 1000.0 / ESTIMATES;

  report (1, "full evaluation (scores, reasons, tipping points, hybrid split)", evaluate_ns,
          EVALUATE_TARGET_NS);
  report (2, "robustness estimate, 4,096 samples", robustness_ns, ROBUSTNESS_TARGET_NS);
  printf ("# evaluation: %.0f ns per evaluation over %d; robustness: %.1f µs per estimate over %d "
          "(checksum %.3f)\n", evaluate_ns, EVALUATIONS, robustness_ns / 1000.0, ESTIMATES, checksum);

  return 0;
}
