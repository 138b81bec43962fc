/* sw-explain.c — how a verdict's scores were computed, with the current numbers
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-explain.h"

char *
sw_explain_dup_formula (SwVerdict *verdict)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *weight_sum_text = NULL;
  SwDataset *dataset;
  const double *weights;
  const double *fits;
  double weight_sum = 0.0;
  guint n_technologies;
  guint n_criteria;

  g_return_val_if_fail (verdict != NULL, NULL);

  dataset = sw_verdict_get_dataset (verdict);
  weights = sw_verdict_get_weights (verdict);
  fits = sw_dataset_get_fit_values (dataset);
  n_technologies = sw_dataset_get_n_technologies (dataset);
  n_criteria = sw_dataset_get_n_criteria (dataset);

  for (guint c = 0; c < n_criteria; c++)
    weight_sum += weights[c];
  weight_sum_text = sw_format_number (weight_sum);

  text = g_string_new (_("score = 100 × Σ (weight × fit) ÷ (10 × Σ weight)"));
  g_string_append_c (text, '\n');
  /* Translators: %s is the sum of all weights, e.g. "Σ weight = 55.0" */
  g_string_append_printf (text, _("Σ weight = %s"), weight_sum_text);

  for (guint t = 0; t < n_technologies; t++)
    {
      g_autofree char *sum_text = NULL;
      g_autofree char *score_text = NULL;
      double sum = 0.0;

      for (guint c = 0; c < n_criteria; c++)
        sum += weights[c] * fits[t * n_criteria + c];

      sum_text = sw_format_number (sum);
      score_text = sw_format_number (sw_verdict_get_score (verdict, t));
      g_string_append_c (text, '\n');
      /* Translators: "Node.js: 100 × 407.0 ÷ (10 × 55.0) = 74.0" */
      g_string_append_printf (text, _("%s: 100 × %s ÷ (10 × %s) = %s"),
                              sw_dataset_get_technology (dataset, t)->name,
                              sum_text, weight_sum_text, score_text);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
