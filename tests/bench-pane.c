/* bench-pane.c — from a slider's change to the recommendation pane updated (labels set, not drawn)
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
#include "sw-test.h"
#include "sw-window.h"

#define N_CHANGES 10000
/* The budget: a small part of one frame of a drag. */
#define BUDGET_US 300.0

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  SwWindow *window;
  SwMeeting *meeting;
  SwDecisionForm *form;
  SwRecommendationPane *pane;
  GtkLabel *headline;
  GtkWidget *robustness_label;
  guint n_criteria;
  gint64 start;
  double total_us;
  double per_change_us;
  double robustness_us;
  g_autoptr(SwVerdict) verdict = NULL;
  g_autofree char *expected_robustness = NULL;

  if (!sw_test_init_display (&argc, &argv))
    return 0;

  app = sw_test_application_new ();
  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  sw_test_present_and_wait (GTK_WINDOW (window));

  meeting = sw_window_get_meeting (window);
  form = SW_DECISION_FORM (gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW, "decision_form"));
  pane = SW_RECOMMENDATION_PANE (gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW,
                                                                "recommendation_pane"));
  headline = GTK_LABEL (sw_test_template_child (pane, SW_TYPE_RECOMMENDATION_PANE, "headline_label"));
  robustness_label = sw_test_template_child (pane, SW_TYPE_RECOMMENDATION_PANE, "robustness_label");
  n_criteria = sw_dataset_get_n_criteria (sw_window_get_dataset (window));

  g_print ("1..3\n");

  /* Like a drag: a press opens one gesture (as the form does), then the
   * sliders' own values change, one criterion after another, every value
   * a change. Each change runs what a real one does: the form's value
   * label, ::changed, one evaluation, the pane's labels, chart and bars,
   * the form's sliders and tipping marks; the robustness estimate waits
   * for the slider to rest. */
  sw_meeting_begin_change (meeting);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_CHANGES; i++)
    {
      guint criterion = i % n_criteria;
      GtkRange *scale = sw_decision_form_get_scale (form, criterion);
      double weight = ((i / n_criteria) % 21) * 0.5;

      if (weight == gtk_range_get_value (scale))
        weight = 10.0 - weight + 0.5;
      gtk_range_set_value (scale, weight);
    }
  total_us = g_get_monotonic_time () - start;

  /* The pane shows the last change: it was updated, not merely scheduled. */
  verdict = sw_evaluate_new (sw_window_get_dataset (window), sw_meeting_get_weights (meeting));
  {
    g_autofree char *expected = sw_verdict_dup_headline (verdict);

    g_assert_cmpstr (gtk_label_get_text (headline), ==, expected);
  }
  /* And it does not pass the last robustness figure off as the current one. */
  g_assert_true (sw_recommendation_pane_get_robustness_pending (pane));
  g_assert_true (gtk_widget_has_css_class (robustness_label, "pending"));
  g_print ("ok 1 - the pane shows the last change, its robustness marked as pending\n");

  /* Released: once the slider rests, the exact figure. */
  sw_meeting_end_change (meeting);
  g_assert_true (sw_test_wait_until (sw_test_robustness_settled, pane, 5000));
  sw_verdict_estimate_robustness (verdict);
  expected_robustness = sw_verdict_dup_robustness_sentence (verdict);
  g_assert_false (sw_recommendation_pane_get_robustness_pending (pane));
  g_assert_false (gtk_widget_has_css_class (robustness_label, "pending"));
  if (expected_robustness != NULL)
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (robustness_label)), ==, expected_robustness);
  g_print ("ok 2 - at rest, the pane shows the full robustness estimate\n");

  /* The robustness estimate alone, for comparison. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    sw_verdict_estimate_robustness (verdict);
  robustness_us = (g_get_monotonic_time () - start) / 1000.0;

  per_change_us = total_us / N_CHANGES;
  g_print ("# %d slider changes in one drag: %.0f ms in all, %.1f us per change (budget %.0f us: %s)\n",
           N_CHANGES, total_us / 1000.0, per_change_us, BUDGET_US,
           per_change_us <= BUDGET_US ? "within" : "OVER");
  g_print ("# the robustness estimate (%d samples), once the slider rests: %.1f us\n",
           SW_ROBUSTNESS_DEFAULT_SAMPLES, robustness_us);
  g_print ("ok 3 - pane updated in %.1f us per slider change\n", per_change_us);

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();

  return 0;
}
