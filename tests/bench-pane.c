/* bench-pane.c — from a weight change to the recommendation pane updated (labels set, not drawn)
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-application.h"
#include "sw-decision-form.h"
#include "sw-evaluate.h"
#include "sw-recommendation-pane.h"
#include "sw-robustness.h"
#include "sw-test-util.h"
#include "sw-window.h"

#define N_CHANGES 10000
/* The target: well inside one frame of a drag. */
#define TARGET_US 1000.0

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  SwWindow *window;
  SwDecision *decision;
  SwRecommendationPane *pane;
  GtkLabel *headline;
  guint n_criteria;
  gint64 start;
  double total_us;
  double per_change_us;
  double robustness_us;
  g_autoptr(SwVerdict) verdict = NULL;

  if (!sw_test_init_display (&argc, &argv))
    return 0;

  app = sw_test_application_new ();
  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  sw_test_present_and_wait (GTK_WINDOW (window));

  decision = sw_window_get_decision (window);
  pane = SW_RECOMMENDATION_PANE (gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW,
                                                                "recommendation_pane"));
  headline = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (pane), SW_TYPE_RECOMMENDATION_PANE,
                                                       "headline_label"));
  n_criteria = sw_dataset_get_n_criteria (sw_window_get_dataset (window));

  g_print ("1..1\n");

  /* Like a drag: one gesture, one criterion after another, every value a change.
   * Each change runs what a real one does: ::changed, one evaluation with its
   * robustness estimate, the pane's labels, chart and bars, the form's sliders
   * and tipping marks. */
  sw_decision_begin_change (decision);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_CHANGES; i++)
    {
      guint criterion = i % n_criteria;
      double weight = ((i / n_criteria) % 21) * 0.5;

      if (weight == sw_decision_get_weight (decision, criterion))
        weight = 10.0 - weight + 0.25;
      sw_decision_set_weight (decision, criterion, weight);
    }
  total_us = g_get_monotonic_time () - start;
  sw_decision_end_change (decision);

  /* The pane shows the last change: it was updated, not merely scheduled. */
  verdict = sw_evaluate_new (sw_window_get_dataset (window), sw_decision_get_weights (decision));
  {
    g_autofree char *expected = sw_verdict_dup_headline (verdict);

    g_assert_cmpstr (gtk_label_get_text (headline), ==, expected);
  }

  /* The robustness estimate alone, for comparison. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    sw_verdict_estimate_robustness (verdict);
  robustness_us = (g_get_monotonic_time () - start) / 1000.0;

  per_change_us = total_us / N_CHANGES;
  g_print ("# %d weight changes: %.0f ms in all, %.1f us per change (target < %.0f us)\n",
           N_CHANGES, total_us / 1000.0, per_change_us, TARGET_US);
  g_print ("# of which the robustness estimate (%d samples): %.1f us\n",
           SW_ROBUSTNESS_DEFAULT_SAMPLES, robustness_us);
  g_print ("%s 1 - pane updated in %.1f us per weight change\n",
           per_change_us < TARGET_US ? "ok" : "not ok", per_change_us);

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();

  return per_change_us < TARGET_US ? 0 : 1;
}
