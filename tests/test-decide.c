/* test-decide.c — the decision workspace: sliders, presets, undo, the recommendation pane, persistence
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-application.h"
#include "sw-contribution-chart.h"
#include "sw-decision-form.h"
#include "sw-evaluate.h"
#include "sw-explain.h"
#include "sw-recommendation-pane.h"
#include "sw-robustness.h"
#include "sw-situation-panel.h"
#include "sw-test.h"
#include "sw-window.h"

typedef struct
{
  GApplication         *app;
  SwWindow             *window;
  SwDecisionForm       *form;
  SwRecommendationPane *pane;
} Fixture;

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "weights");
  g_settings_reset (settings, "preset");
  g_settings_reset (settings, "page");
  g_settings_reset (settings, "skills");
  g_settings_reset (settings, "existing");
}

static void
open_window (Fixture *fixture)
{
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1600, 1000);
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  fixture->form = SW_DECISION_FORM (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "decision_form"));
  fixture->pane = SW_RECOMMENDATION_PANE (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "recommendation_pane"));
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sw_test_iterate ();
  fixture->window = NULL;
  fixture->form = NULL;
  fixture->pane = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  reset_settings ();
  fixture->app = sw_test_application_new ();
  open_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    close_window (fixture);
  g_clear_object (&fixture->app);
}

static SwDataset *
dataset_of (Fixture *fixture)
{
  return sw_window_get_dataset (fixture->window);
}

static guint
criterion (Fixture    *fixture,
           const char *id)
{
  int index = sw_dataset_find_criterion (dataset_of (fixture), id);

  g_assert_cmpint (index, >=, 0);
  return index;
}

static GtkAdjustment *
adjustment (Fixture    *fixture,
            const char *id)
{
  return gtk_range_get_adjustment (sw_decision_form_get_scale (fixture->form, criterion (fixture, id)));
}

static const char *
pane_text (Fixture    *fixture,
           const char *name)
{
  return gtk_label_get_text (GTK_LABEL (sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, name)));
}

static void
set_all_sliders (Fixture *fixture,
                 double   value)
{
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset_of (fixture)); i++)
    gtk_adjustment_set_value (gtk_range_get_adjustment (sw_decision_form_get_scale (fixture->form, i)), value);
}

/* What the pane shows must be exactly what the engine says for the sliders' values. */
static void
assert_pane_shows_sliders (Fixture *fixture)
{
  SwDataset *dataset = dataset_of (fixture);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new (double, n);
  g_autoptr(SwVerdict) expected = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *pane_all = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  GtkWidget *chart;
  GtkWidget *tipping_box;

  for (guint i = 0; i < n; i++)
    weights[i] = gtk_range_get_value (sw_decision_form_get_scale (fixture->form, i));
  expected = sw_evaluate_new (sw_meeting_get_situated_dataset (sw_window_get_meeting (fixture->window)),
                              weights);
  sw_verdict_estimate_robustness (expected);

  headline = sw_verdict_dup_headline (expected);
  /* With nothing that counts, the pane invites a first step instead. */
  if (sw_verdict_get_undecided_reason (expected) == SW_UNDECIDED_NO_PRIORITY ||
      sw_verdict_get_undecided_reason (expected) == SW_UNDECIDED_SITUATION_ONLY)
    {
      g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "No verdict yet");
      if (g_strcmp0 (pane_text (fixture, "headline_label"), headline) == 0)
        return;
      g_assert_nonnull (strstr (pane_text (fixture, "headline_label"), "nothing is recommended")
                        ? pane_text (fixture, "headline_label")
                        : strstr (pane_text (fixture, "headline_label"), "Nothing is recommended"));
      return;
    }
  g_assert_cmpstr (pane_text (fixture, "headline_label"), ==, headline);

  switch (sw_verdict_get_kind (expected))
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==,
                       sw_dataset_get_technology (dataset, sw_verdict_get_leader (expected))->name);
      break;
    case SW_VERDICT_KIND_HYBRID:
      g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Hybrid");
      break;
    case SW_VERDICT_KIND_UNDECIDED:
    default:
      g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Undecided");
      break;
    }

  /* Every score, as a number beside its technology's name. */
  pane_all = sw_test_collect_text (sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "scores_box"));
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    {
      g_autofree char *score = sw_format_number (sw_verdict_get_score (expected, t));
      g_autofree char *row = g_strdup_printf ("%s\n%s\n", sw_dataset_get_technology (dataset, t)->name, score);

      g_assert_nonnull (strstr (pane_all, row));
    }

  /* Robustness, in words. */
  {
    g_autofree char *robustness = sw_verdict_dup_robustness_sentence (expected);

    if (robustness != NULL)
      g_assert_cmpstr (pane_text (fixture, "robustness_label"), ==, robustness);
  }

  /* The reasons: the chart's text equivalent lists every contribution. */
  for (guint i = 0; i < sw_verdict_get_n_contributions (expected); i++)
    {
      g_autofree char *sentence = sw_verdict_dup_contribution_sentence (expected, i);

      if (i > 0)
        g_string_append (description, "; ");
      g_string_append (description, sentence);
    }
  chart = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "chart");
  if (description->len > 0)
    gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str);

  /* What would change the answer, smallest change first. */
  tipping_box = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "tipping_box");
  if (sw_verdict_get_n_tipping_points (expected) > 0)
    {
      g_autofree char *sentence = sw_verdict_dup_tipping_point_sentence (expected, 0);
      GtkWidget *first = gtk_widget_get_first_child (tipping_box);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==, sentence);
    }
}

/* A fresh start states nothing: no technology is named, the pane invites a
 * preset or a first slider, and Reset and a new meeting come back to that. */
static void
test_decide_neutral_start (Fixture       *fixture,
                           gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  SwDataset *dataset = dataset_of (fixture);

  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_assert_cmpfloat (gtk_range_get_value (sw_decision_form_get_scale (fixture->form, i)), ==, 0.0);
  g_assert_true (sw_situation_is_empty (sw_meeting_get_situation (meeting)));
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "No verdict yet");
  g_assert_nonnull (strstr (pane_text (fixture, "headline_label"), "Pick a preset"));
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    g_assert_null (strstr (pane_text (fixture, "verdict_label"), sw_dataset_get_technology (dataset, t)->name));

  /* A first slider gives a verdict; Reset takes it back to nothing stated. */
  gtk_adjustment_set_value (adjustment (fixture, "data_ml"), 6);
  sw_test_iterate ();
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Python");
  sw_meeting_set_skill (meeting, 0, 7);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reset-weights", NULL);
  sw_test_iterate ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "data_ml")), ==, 0.0);
  g_assert_true (sw_situation_is_empty (sw_meeting_get_situation (meeting)));
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "No verdict yet");

  /* So does a new meeting. */
  gtk_adjustment_set_value (adjustment (fixture, "realtime"), 8);
  sw_meeting_set_existing (meeting, 0);
  /* Saved, as far as the window knows: no question before starting anew. */
  sw_meeting_set_modified (meeting, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-meeting", NULL));
  sw_test_iterate ();
  meeting = sw_window_get_meeting (fixture->window);
  g_assert_true (sw_situation_is_empty (sw_meeting_get_situation (meeting)));
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "No verdict yet");
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_assert_cmpfloat (sw_meeting_get_weight (meeting, i), ==, 0.0);
}

/* The menu item of a choice's open list that reads @text. */
static GtkWidget *
find_choice_item (GtkWidget  *root,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (G_OBJECT_TYPE_NAME (child), "GtkModelButton") == 0)
        {
          g_autofree char *label = NULL;

          g_object_get (child, "text", &label, NULL);
          if (g_strcmp0 (label, text) == 0)
            return child;
        }
      if ((found = find_choice_item (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
choice_open (gpointer data)
{
  GtkPopover *popover = sw_choice_button_get_popover (data);

  return popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover));
}

/* Opens a choice's list by its button, as a click or Space does (a button
 * activated shows itself pressed for a moment first), and activates the
 * item that reads @text, as a click or Enter does. */
static void
choose (SwChoiceButton *choice,
        const char     *text)
{
  GtkPopover *popover;
  GtkWidget *item;

  g_assert_true (gtk_widget_activate (gtk_widget_get_first_child (GTK_WIDGET (choice))));
  g_assert_true (sw_test_wait_until (choice_open, choice, 5000));
  popover = sw_choice_button_get_popover (choice);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  item = find_choice_item (GTK_WIDGET (popover), text);
  g_assert_nonnull (item);
  g_assert_true (gtk_widget_activate (item));
  sw_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

/* The situation section: above the priorities, by keyboard-reachable choices
 * named for screen readers, written into the decision as undo steps; the
 * legacy preset asks for the existing systems and follows them. */
static void
test_decide_situation (Fixture       *fixture,
                       gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  SwSituationPanel *panel = SW_SITUATION_PANEL (sw_test_template_child (GTK_WIDGET (fixture->form), SW_TYPE_DECISION_FORM,
                                                          "situation_panel"));
  SwChoiceButton *python = sw_situation_panel_get_skill_choice (panel, 0);
  SwChoiceButton *existing = sw_situation_panel_get_existing_choice (panel);
  graphene_rect_t panel_bounds, criteria_bounds;
  g_autofree char *shown = NULL;

  /* Above the priorities. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (panel), GTK_WIDGET (fixture->form), &panel_bounds));
  g_assert_true (gtk_widget_compute_bounds (sw_test_template_child (GTK_WIDGET (fixture->form), SW_TYPE_DECISION_FORM, "criteria_box"),
                                            GTK_WIDGET (fixture->form), &criteria_bounds));
  g_assert_cmpfloat (panel_bounds.origin.y, <, criteria_bounds.origin.y);

  /* Reachable by keyboard and named: a combo box to a screen reader. */
  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (GTK_WIDGET (python))));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (python)), ==, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  /* Named by their row's question (one name, not two). */
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (python), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (python), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (existing), GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* Its list is built when it first opens; a choice in it is the meeting's. */
  g_assert_null (sw_choice_button_get_popover (python));
  choose (python, "8");
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[0], ==, 8.0);
  g_assert_cmpuint (sw_choice_button_get_selected (python), ==, 1 + 8);
  shown = sw_test_collect_text (gtk_widget_get_first_child (GTK_WIDGET (python)));
  g_assert_nonnull (strstr (shown, "8"));
  g_assert_null (strstr (shown, "Not stated"));

  /* Legacy integration: undecided, and the pane asks which technology. */
  g_assert_true (sw_meeting_apply_preset (meeting, "enterprise-legacy"));
  sw_test_iterate ();
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "No verdict yet");
  g_assert_nonnull (strstr (pane_text (fixture, "notice_label"), "Which technology do the existing systems use?"));
  /* Activating the question's row opens its list, as for a GtkDropDown. */
  g_assert_true (gtk_widget_activate (gtk_widget_get_ancestor (GTK_WIDGET (existing), ADW_TYPE_ACTION_ROW)));
  g_assert_true (sw_test_wait_until (choice_open, existing, 5000));
  gtk_popover_popdown (sw_choice_button_get_popover (existing));
  sw_test_iterate ();
  choose (existing, "Node.js");
  g_assert_cmpint (sw_meeting_get_situation (meeting)->existing, ==, 1);
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Node.js");
  g_assert_false (gtk_widget_get_visible (sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "notice_label")));
  choose (existing, "Python");
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Python");

  /* Undo covers the situation, and the choices follow it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  sw_test_iterate ();
  g_assert_cmpuint (sw_choice_button_get_selected (existing), ==, 1 + 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  sw_test_iterate ();
  g_assert_cmpuint (sw_choice_button_get_selected (existing), ==, 0);
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), !=, "Node.js");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  sw_test_iterate ();
  g_assert_cmpuint (sw_choice_button_get_selected (python), ==, 0);
  g_clear_pointer (&shown, g_free);
  shown = sw_test_collect_text (gtk_widget_get_first_child (GTK_WIDGET (python)));
  g_assert_nonnull (strstr (shown, "Not stated"));
}


/* Rows below the fold wait for the first frame: then every slider shows,
 * with its 0, 5 and 10 marks. In a window tall enough to show them all, the
 * first frame has them all. */
typedef struct
{
  SwDecisionForm *form;
  guint           n_criteria;
  int             frames;
  guint           shown_in_first;
} FirstFrame;

static guint
count_shown_sliders (SwDecisionForm *form,
                     guint           n_criteria)
{
  guint shown = 0;

  for (guint i = 0; i < n_criteria; i++)
    {
      GtkWidget *scale = GTK_WIDGET (sw_decision_form_get_scale (form, i));
      g_autofree char *marks = sw_test_collect_text (scale);

      if (gtk_widget_is_visible (scale) && gtk_widget_get_height (scale) > 0 &&
          strstr (marks, "0") != NULL && strstr (marks, "5") != NULL && strstr (marks, "10") != NULL)
        shown++;
    }
  return shown;
}

static void
first_frame_painted (GdkFrameClock *clock,
                     FirstFrame    *first)
{
  if (first->frames++ == 0)
    first->shown_in_first = count_shown_sliders (first->form, first->n_criteria);
}

static gboolean
painted (gpointer data)
{
  return ((FirstFrame *) data)->frames > 0;
}

static void
test_decide_below_the_fold (Fixture       *fixture,
                            gconstpointer  data)
{
  guint n = sw_dataset_get_n_criteria (dataset_of (fixture));
  FirstFrame first = { 0 };
  SwWindow *tall;
  GdkFrameClock *clock;

  g_assert_cmpuint (n, >, 4);
  g_assert_cmpuint (count_shown_sliders (fixture->form, n), ==, n);

  tall = sw_window_new (SW_APPLICATION (fixture->app));
  gtk_window_set_default_size (GTK_WINDOW (tall), 1600, 4000);
  gtk_widget_realize (GTK_WIDGET (tall));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (tall));
  first.form = SW_DECISION_FORM (sw_test_template_child (tall, SW_TYPE_WINDOW, "decision_form"));
  first.n_criteria = n;
  g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_painted), &first);
  sw_test_present_and_wait (GTK_WINDOW (tall));
  g_assert_true (sw_test_wait_until (painted, &first, 5000));
  g_signal_handlers_disconnect_by_data (clock, &first);
  g_assert_cmpuint (first.shown_in_first, ==, n);
  gtk_window_destroy (GTK_WINDOW (tall));
  sw_test_iterate ();
}

static void
test_decide_layout (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "page_stack"));
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (stack));
  GtkStackPage *page = gtk_stack_get_page (stack, first);

  /* "Decide" is the first page, and shown first. */
  g_assert_cmpstr (gtk_stack_page_get_name (page), ==, "decide");
  g_assert_cmpstr (gtk_stack_page_get_title (page), ==, "Decide");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decide");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->pane)));

  /* The pane stays in view on a comparison page. */
  for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
    if (child != first)
      {
        gtk_stack_set_visible_child (stack, child);
        sw_test_iterate ();
        g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->pane)));
        break;
      }

  /* One slider per criterion, 0–10 in steps of 0.5. */
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset_of (fixture)); i++)
    {
      GtkRange *scale = sw_decision_form_get_scale (fixture->form, i);
      GtkAdjustment *adj = gtk_range_get_adjustment (scale);

      g_assert_cmpfloat (gtk_adjustment_get_lower (adj), ==, 0.0);
      g_assert_cmpfloat (gtk_adjustment_get_upper (adj), ==, 10.0);
      g_assert_cmpfloat (gtk_adjustment_get_step_increment (adj), ==, 0.5);
      g_assert_cmpfloat (gtk_adjustment_get_page_increment (adj), ==, 1.0);
    }

  assert_pane_shows_sliders (fixture);
}

static void
test_decide_sliders (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *form_text = NULL;
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);

  /* Every priority the same, nothing stated: no clear winner. */
  set_all_sliders (fixture, 5);
  g_assert_nonnull (strstr (pane_text (fixture, "confidence_label"), "close call"));
  assert_pane_shows_sliders (fixture);

  /* Data and models first, no code shared with the browser: Python leads. */
  gtk_adjustment_set_value (adjustment (fixture, "data_ml"), 10);
  gtk_adjustment_set_value (adjustment (fixture, "cpu_bound"), 9);
  gtk_adjustment_set_value (adjustment (fixture, "code_sharing"), 0);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, criterion (fixture, "data_ml")), ==, 10);
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Python");
  g_assert_nonnull (strstr (pane_text (fixture, "headline_label"), "Python is"));
  assert_pane_shows_sliders (fixture);

  /* The value is shown beside each slider. */
  form_text = sw_test_collect_text (GTK_WIDGET (fixture->form));
  g_assert_nonnull (strstr (form_text, "Data & ML\n"));
  g_assert_nonnull (strstr (form_text, "10.0\n"));
  g_assert_nonnull (strstr (form_text, "9.0\n"));

  /* The keyboard path: one step is 0.5. */
  g_signal_emit_by_name (sw_decision_form_get_scale (fixture->form, criterion (fixture, "cpu_bound")),
                         "move-slider", GTK_SCROLL_STEP_LEFT);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, criterion (fixture, "cpu_bound")), ==, 8.5);
  assert_pane_shows_sliders (fixture);

  /* No priority at all: no verdict, and the pane invites a first step. */
  set_all_sliders (fixture, 0);
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "No verdict yet");
  g_assert_nonnull (strstr (pane_text (fixture, "headline_label"), "Pick a preset"));
  assert_pane_shows_sliders (fixture);
}

static void
assert_preset_applied (Fixture    *fixture,
                       const char *id)
{
  SwDataset *dataset = dataset_of (fixture);
  const SwPreset *preset = sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, id));
  const char *verdict = pane_text (fixture, "verdict_label");

  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_assert_cmpfloat (gtk_range_get_value (sw_decision_form_get_scale (fixture->form, i)), ==,
                       preset->weights[i]);

  g_assert_cmpstr (sw_meeting_get_preset_id (sw_window_get_meeting (fixture->window)), ==, id);

  /* The guide's answer for each situation. */
  if (preset->expected != NULL)
    {
      int expected = sw_dataset_find_technology (dataset, preset->expected);

      g_assert_cmpstr (verdict, ==, sw_dataset_get_technology (dataset, expected)->name);
    }
  else
    {
      /* No clear winner: hybrid, undecided, or at most a close call. */
      gboolean firm = FALSE;
      const char *headline = pane_text (fixture, "headline_label");

      for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
        if (g_strcmp0 (verdict, sw_dataset_get_technology (dataset, t)->name) == 0 &&
            strstr (headline, "clear lead") != NULL)
          firm = TRUE;
      g_assert_false (firm);
    }

  assert_pane_shows_sliders (fixture);
}

static void
test_decide_presets_action (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char *expected[][2] = {
    { "startup-validate", "Node.js" },
    { "startup-fullstack", "Node.js" },
    { "enterprise-traffic", "Node.js" },
    { "dev-knows-js", "Node.js" },
    { "startup-data", "Python" },
    { "enterprise-analytics", "Python" },
    { "dev-first-language", "Python" },
    { "dev-data-career", "Python" },
  };
  SwDataset *dataset = dataset_of (fixture);

  g_assert_cmpuint (sw_dataset_get_n_presets (dataset), ==, 9);

  for (guint i = 0; i < sw_dataset_get_n_presets (dataset); i++)
    {
      const SwPreset *preset = sw_dataset_get_preset (dataset, i);

      set_all_sliders (fixture, 3);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                                 "s", preset->id));
      assert_preset_applied (fixture, preset->id);
    }

  /* The guide's answers, spelled out. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                                 "s", expected[i][0]));
      g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, expected[i][1]);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "enterprise-legacy"));
  g_assert_null (strstr (pane_text (fixture, "headline_label"), "clear lead"));

  /* An unknown preset changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "no-such-preset"));
  g_assert_cmpstr (sw_meeting_get_preset_id (sw_window_get_meeting (fixture->window)), ==,
                   "enterprise-legacy");
}

/* The text of the toasts the window shows now; "" when none. */
static char *
toast_text (Fixture *fixture)
{
  return sw_test_shown_toasts (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "toast_overlay"), NULL);
}

static gboolean
no_toast (gpointer data)
{
  g_autofree char *text = toast_text (data);

  return *text == '\0';
}

/* From a comparison page the sliders are out of sight: a toast names the
 * preset and offers to undo it, while it is the last change. */
static void
test_decide_preset_toast (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "page_stack"));
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  SwDataset *dataset = dataset_of (fixture);
  const SwPreset *preset = sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, "startup-data"));
  g_autofree char *text = NULL;
  double moved;

  gtk_stack_set_visible_child (stack, gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (stack))));
  sw_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", preset->id));
  sw_test_wait_ms (700);
  text = toast_text (fixture);
  sw_test_assert_contains (text, "Preset applied: ");
  sw_test_assert_contains (text, preset->name);
  sw_test_assert_contains (text, "Undo");

  /* A slider moved since: Undo would undo that, not the preset. */
  moved = sw_meeting_get_weight (meeting, 0) >= 10 ? 9 : 10;
  sw_meeting_set_weight (meeting, 0, moved);
  g_assert_true (sw_test_wait_until (no_toast, fixture, 2000));

  /* Taken back in the frame it came, it goes all the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "dev-knows-js"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_null (sw_meeting_get_preset_id (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, moved);
  g_assert_true (sw_test_wait_until (no_toast, fixture, 2000));
  sw_test_wait_ms (700);
  g_free (text);
  text = toast_text (fixture);
  g_assert_cmpstr (text, ==, "");
}

static void
test_decide_presets_chooser (Fixture       *fixture,
                             gconstpointer  data)
{
  SwDataset *dataset = dataset_of (fixture);
  GtkWidget *menu_button = sw_test_template_child (fixture->form, SW_TYPE_DECISION_FORM, "preset_button");
  GtkWidget *list;
  GtkWidget *popover;
  g_autofree char *text = NULL;
  guint n_buttons = 0;

  /* Made when first opened: nothing of it before. */
  g_assert_null (sw_decision_form_get_preset_popover (fixture->form));
  g_assert_null (sw_decision_form_get_preset_list (fixture->form));
  g_assert_true (gtk_widget_get_sensitive (menu_button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  sw_test_iterate ();
  popover = GTK_WIDGET (sw_decision_form_get_preset_popover (fixture->form));
  list = sw_decision_form_get_preset_list (fixture->form);
  g_assert_nonnull (popover);
  g_assert_true (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))) == popover);
  g_assert_true (gtk_widget_get_visible (popover));
  text = sw_test_collect_text (list);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  sw_test_iterate ();

  /* Grouped by audience, each with its reason. */
  g_assert_nonnull (strstr (text, "Startups\n"));
  g_assert_nonnull (strstr (text, "Enterprise projects\n"));
  g_assert_nonnull (strstr (text, "Individual developers\n"));

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id;
      g_autofree char *button_text = NULL;

      if (!GTK_IS_BUTTON (child))
        continue;

      id = g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child)), NULL);
      button_text = sw_test_collect_text (child);
      g_assert_nonnull (strstr (button_text,
                                sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, id))->reason));

      gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
      sw_test_iterate ();
      set_all_sliders (fixture, 3);
      g_signal_emit_by_name (child, "clicked");
      sw_test_iterate ();
      g_assert_false (gtk_widget_get_visible (popover));
      assert_preset_applied (fixture, id);
      n_buttons++;
    }

  g_assert_cmpuint (n_buttons, ==, sw_dataset_get_n_presets (dataset));
}

static void
test_decide_undo_redo (Fixture       *fixture,
                       gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  GtkAdjustment *data_ml = adjustment (fixture, "data_ml");
  GtkAdjustment *realtime = adjustment (fixture, "realtime");
  g_autofree char *before_drag = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "startup-validate"));
  g_assert_cmpstr (pane_text (fixture, "verdict_label"), ==, "Node.js");
  before_drag = g_strdup (pane_text (fixture, "headline_label"));

  /* A drag: many values, one step. */
  sw_meeting_begin_change (meeting);
  for (int i = 2; i <= 20; i++)
    gtk_adjustment_set_value (data_ml, i * 0.5);
  sw_meeting_end_change (meeting);
  g_assert_cmpfloat (gtk_adjustment_get_value (data_ml), ==, 10);
  g_assert_null (sw_meeting_get_preset_id (meeting));

  gtk_adjustment_set_value (realtime, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpfloat (gtk_adjustment_get_value (realtime), ==, 3);
  g_assert_cmpfloat (gtk_adjustment_get_value (data_ml), ==, 10);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpfloat (gtk_adjustment_get_value (data_ml), ==, 1);
  g_assert_cmpstr (sw_meeting_get_preset_id (meeting), ==, "startup-validate");
  g_assert_cmpstr (pane_text (fixture, "headline_label"), ==, before_drag);
  assert_pane_shows_sliders (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  g_assert_cmpfloat (gtk_adjustment_get_value (data_ml), ==, 10);
  assert_pane_shows_sliders (fixture);

  /* Reset is one step too: back to nothing stated. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reset-weights", NULL));
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset_of (fixture)); i++)
    g_assert_cmpfloat (gtk_range_get_value (sw_decision_form_get_scale (fixture->form, i)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpfloat (gtk_adjustment_get_value (data_ml), ==, 10);

  /* Ctrl+Z and Shift+Ctrl+Z are the window's shortcuts. */
  {
    GListModel *shortcuts = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
    gboolean found_undo = FALSE;
    gboolean found_redo = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (shortcuts, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;

        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
            g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

            found_undo |= g_str_equal (trigger, "<Control>z") && strstr (action, "win.undo") != NULL;
            found_redo |= g_str_equal (trigger, "<Shift><Control>z") && strstr (action, "win.redo") != NULL;
          }
      }
    g_object_unref (shortcuts);
    g_assert_true (found_undo);
    g_assert_true (found_redo);
  }
}

static void
test_decide_persistence (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GVariantBuilder builder;
  GtkStack *stack;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "dev-data-career"));
  close_window (fixture);
  open_window (fixture);
  assert_preset_applied (fixture, "dev-data-career");

  /* A weight changed by hand: the preset is gone, the weight stays. */
  gtk_adjustment_set_value (adjustment (fixture, "realtime"), 7.5);
  stack = GTK_STACK (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "page_stack"));
  close_window (fixture);
  open_window (fixture);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "realtime")), ==, 7.5);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "data_ml")), ==, 10);
  g_assert_null (sw_meeting_get_preset_id (sw_window_get_meeting (fixture->window)));
  g_assert_false (sw_meeting_can_undo (sw_window_get_meeting (fixture->window)));
  assert_pane_shows_sliders (fixture);

  /* The page comes back too. */
  stack = GTK_STACK (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "page_stack"));
  {
    GtkWidget *second = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (stack)));

    if (second != NULL)
      {
        g_autofree char *name = g_strdup (gtk_stack_page_get_name (gtk_stack_get_page (stack, second)));

        gtk_stack_set_visible_child (stack, second);
        close_window (fixture);
        open_window (fixture);
        stack = GTK_STACK (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "page_stack"));
        g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, name);
      }
  }

  /* Settings edited by hand: out of range is clamped, unknown criteria and
   * presets are ignored, nothing that is not a number gets in. */
  close_window (fixture);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));
  g_variant_builder_add (&builder, "{sd}", "data_ml", 1e300);
  g_variant_builder_add (&builder, "{sd}", "realtime", -4.0);
  g_variant_builder_add (&builder, "{sd}", "cpu_bound", NAN);
  g_variant_builder_add (&builder, "{sd}", "team_skills", INFINITY);
  g_variant_builder_add (&builder, "{sd}", "no_such_criterion", 3.0);
  g_variant_builder_add (&builder, "{sd}", "learning", 2.5);
  g_settings_set_value (settings, "weights", g_variant_builder_end (&builder));
  g_settings_set_string (settings, "preset", "no-such-preset");
  g_settings_set_string (settings, "page", "no-such-page");

  open_window (fixture);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "data_ml")), ==, 10);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "realtime")), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "cpu_bound")), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "team_skills")), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "learning")), ==, 2.5);
  g_assert_null (sw_meeting_get_preset_id (sw_window_get_meeting (fixture->window)));
  assert_pane_shows_sliders (fixture);
}

static void
test_decide_three_technologies (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-technologies.json", NULL);
  g_autoptr(SwDataset) three = sw_dataset_new_from_path (path, &error);
  g_autofree char *scores = NULL;
  GtkWidget *chart;

  g_assert_no_error (error);

  gtk_adjustment_set_value (adjustment (fixture, "data_ml"), 9.5);
  sw_window_set_dataset (fixture->window, three);
  sw_test_iterate ();

  /* A new decision for the new dataset, the shared criteria's weights kept. */
  g_assert_true (sw_meeting_get_dataset (sw_window_get_meeting (fixture->window)) == three);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment (fixture, "data_ml")), ==, 9.5);

  scores = sw_test_collect_text (sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "scores_box"));
  g_assert_nonnull (strstr (scores, "Python\n"));
  g_assert_nonnull (strstr (scores, "Node.js\n"));
  g_assert_nonnull (strstr (scores, "Go\n"));
  assert_pane_shows_sliders (fixture);

  /* The preset chooser offers the new dataset's presets. */
  {
    GtkWidget *menu_button = sw_test_template_child (fixture->form, SW_TYPE_DECISION_FORM, "preset_button");
    g_autofree char *presets = NULL;

    gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
    sw_test_iterate ();
    presets = sw_test_collect_text (sw_decision_form_get_preset_list (fixture->form));
    for (guint i = 0; i < sw_dataset_get_n_presets (three); i++)
      g_assert_nonnull (strstr (presets, sw_dataset_get_preset (three, i)->name));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
    sw_test_iterate ();
  }

  for (guint i = 0; i < sw_dataset_get_n_presets (three); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                                 "s", sw_dataset_get_preset (three, i)->id));
      assert_pane_shows_sliders (fixture);

      /* The chart's two sides are the leader and the runner-up. */
      chart = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "chart");
      {
        SwVerdict *verdict = sw_recommendation_pane_get_verdict (fixture->pane);
        int left = sw_contribution_chart_get_side (SW_CONTRIBUTION_CHART (chart), FALSE);
        int right = sw_contribution_chart_get_side (SW_CONTRIBUTION_CHART (chart), TRUE);

        if (sw_verdict_get_leader (verdict) >= 0)
          {
            g_assert_true (left == sw_verdict_get_leader (verdict) || right == sw_verdict_get_leader (verdict));
            g_assert_true (left == sw_verdict_get_runner_up (verdict) || right == sw_verdict_get_runner_up (verdict));
          }
      }
    }

  for (int i = 0; i <= 10; i++)
    {
      gtk_adjustment_set_value (adjustment (fixture, "realtime"), i);
      assert_pane_shows_sliders (fixture);
    }
}

static void
test_decide_accessible (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkRange *scale = sw_decision_form_get_scale (fixture->form, criterion (fixture, "data_ml"));
  GtkWidget *name = sw_test_find_descendant (GTK_WIDGET (fixture->form), GTK_TYPE_LABEL, "Data & ML");

  g_assert_nonnull (name);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_ROLE_SLIDER);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL);

  gtk_adjustment_set_value (gtk_range_get_adjustment (scale), 6.0);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 6.0);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 10.0);

  /* Every slider can take the keyboard focus. */
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset_of (fixture)); i++)
    g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i))));

  /* The chart has a name and a text equivalent. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "chart")),
                                   GTK_ACCESSIBLE_ROLE_IMG);
}

/* A criterion's name label, the slider's accessible name. */
static GtkWidget *
name_label (Fixture *fixture,
            guint    index)
{
  const char *name = sw_dataset_get_criterion (dataset_of (fixture), index)->name;
  GtkWidget *label = sw_test_find_descendant (GTK_WIDGET (fixture->form), GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (sw_decision_form_get_scale (fixture->form, index)),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL);
  return label;
}

static void
bounds_in_form (Fixture         *fixture,
                GtkWidget       *widget,
                graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->form), bounds));
}

/* Within its own row: the preset's reason above the rows may change height. */
static void
bounds_in_row (GtkWidget       *widget,
               graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_compute_bounds (widget, gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW),
                                            bounds));
}

/* Wide, each slider sits beside its name, all starting at one x; in a
 * 1024×700 window, the name goes above a slider as wide as the row. */
static void
test_decide_narrow_layout (Fixture       *fixture,
                           gconstpointer  data)
{
  guint n = sw_dataset_get_n_criteria (dataset_of (fixture));
  double first_x = -1;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t name, scale;

      bounds_in_form (fixture, name_label (fixture, i), &name);
      bounds_in_form (fixture, GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i)), &scale);
      g_assert_cmpfloat (scale.origin.x, >, name.origin.x + name.size.width);
      g_assert_cmpfloat (scale.origin.y, <, name.origin.y + name.size.height + 20);
      g_assert_cmpfloat (scale.size.width, >=, 300);
      if (first_x < 0)
        first_x = scale.origin.x;
      g_assert_cmpfloat (fabs (scale.origin.x - first_x), <, 0.5);
    }

  close_window (fixture);
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 700);
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  fixture->form = SW_DECISION_FORM (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "decision_form"));
  fixture->pane = SW_RECOMMENDATION_PANE (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "recommendation_pane"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *scale = GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i));
      GtkWidget *row = gtk_widget_get_parent (scale);
      graphene_rect_t name, slider;

      bounds_in_form (fixture, name_label (fixture, i), &name);
      bounds_in_form (fixture, scale, &slider);
      g_assert_cmpfloat (slider.origin.y, >=, name.origin.y + name.size.height);
      g_assert_cmpfloat (slider.size.width, >=, gtk_widget_get_width (row) - 0.5);
      g_assert_cmpfloat (slider.size.width, >=, 300);
    }
  assert_pane_shows_sliders (fixture);
}

static int
row_height (Fixture *fixture,
            guint    index)
{
  GtkWidget *scale = GTK_WIDGET (sw_decision_form_get_scale (fixture->form, index));

  return gtk_widget_get_height (gtk_widget_get_ancestor (scale, GTK_TYPE_LIST_BOX_ROW));
}

/* A tipping mark appearing in the middle of a drag does not move the rows. */
static void
test_decide_tipping_mark_height (Fixture       *fixture,
                                 gconstpointer  data)
{
  guint n = sw_dataset_get_n_criteria (dataset_of (fixture));
  g_autofree int *heights = g_new (int, n);
  g_autofree double *scale_y = g_new (double, n);
  gboolean any_mark = FALSE;

  /* No slider within 0–10 changes this one's leader (only shares beyond the
   * sliders' ends would): no marks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "startup-data"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i)),
                                               "no-tipping"));

      heights[i] = row_height (fixture, i);
      bounds_in_row (GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i)), &bounds);
      scale_y[i] = bounds.origin.y;
    }

  /* A close call (every priority the same): marks on several sliders. */
  sw_meeting_begin_change (sw_window_get_meeting (fixture->window));
  set_all_sliders (fixture, 5);
  g_assert_cmpuint (sw_verdict_get_n_tipping_points (sw_recommendation_pane_get_verdict (fixture->pane)), >, 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *scale = GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i));
      graphene_rect_t bounds;

      SwTippingMark *mark = sw_decision_form_get_tipping_mark (fixture->form, i);

      any_mark |= !gtk_widget_has_css_class (scale, "no-tipping");
      /* Marked where the verdict's nearest tipping point for it is, in words. */
      g_assert_true (gtk_widget_has_css_class (scale, "no-tipping") == (sw_tipping_mark_get_markup (mark) == NULL));
      if (sw_tipping_mark_get_markup (mark) != NULL)
        {
          SwVerdict *verdict = sw_recommendation_pane_get_verdict (fixture->pane);

          const SwTippingPoint *point = NULL;

          /* The nearest one within the slider's reach. */
          for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict) && point == NULL; p++)
            if (sw_verdict_get_tipping_point (verdict, p)->criterion == i &&
                sw_verdict_get_tipping_point (verdict, p)->at <= 10.0)
              point = sw_verdict_get_tipping_point (verdict, p);
          g_assert_nonnull (point);
          g_assert_cmpfloat (sw_tipping_mark_get_value (mark), ==, point->at);
          g_assert_nonnull (strstr (sw_tipping_mark_get_markup (mark),
                                    sw_dataset_get_technology (dataset_of (fixture), point->new_leader)->name));
        }
      g_assert_cmpint (row_height (fixture, i), ==, heights[i]);
      bounds_in_row (scale, &bounds);
      g_assert_cmpfloat (fabs (bounds.origin.y - scale_y[i]), <, 0.5);
    }
  sw_meeting_end_change (sw_window_get_meeting (fixture->window));
  g_assert_true (any_mark);
}

/* The bounds of what @widget drew in the window's next frame, and the
 * drawing as text (its words among it). */
static char *
drawn_bounds (GtkWidget       *widget,
              graphene_rect_t *bounds)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
  paintable = gtk_widget_paintable_new (widget);

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, bounds);
  bytes = gsk_render_node_serialize (node);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A mark keeps its drawing while only its place changes: it moves with its
 * value, and other words are drawn anew, never the old ones in a new place. */
static void
test_decide_tipping_mark_follows (Fixture       *fixture,
                                  gconstpointer  data)
{
  SwTippingMark *mark = sw_decision_form_get_tipping_mark (fixture->form, 0);
  graphene_rect_t at2, at8, again, longer, other;
  g_autofree char *drawn = NULL;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  sw_tipping_mark_set (mark, 2.0, "Node.js");
  g_free (drawn_bounds (GTK_WIDGET (mark), &at2));
  sw_tipping_mark_set (mark, 8.0, "Node.js");
  g_free (drawn_bounds (GTK_WIDGET (mark), &at8));
  /* Six tenths of the scale further right, as wide as before. */
  g_assert_cmpfloat (at8.origin.x - at2.origin.x, >, 0.4 * gtk_widget_get_width (GTK_WIDGET (mark)));
  g_assert_cmpfloat (at8.size.width, ==, at2.size.width);

  sw_tipping_mark_set (mark, 2.0, "Node.js");
  g_free (drawn_bounds (GTK_WIDGET (mark), &again));
  g_assert_true (graphene_rect_equal (&again, &at2));

  sw_tipping_mark_set (mark, 2.0, "Node.js at 2, and then some more words");
  g_free (drawn_bounds (GTK_WIDGET (mark), &longer));
  g_assert_cmpfloat (longer.size.width, >, at2.size.width + 50);

  /* Other words of nearly the same width, at the same place. */
  sw_tipping_mark_set (mark, 2.0, "Node.js");
  g_free (drawn_bounds (GTK_WIDGET (mark), &again));
  sw_tipping_mark_set (mark, 2.0, "Nodejs.");
  drawn = drawn_bounds (GTK_WIDGET (mark), &other);
  g_assert_nonnull (strstr (drawn, "Nodejs."));
  g_assert_null (strstr (drawn, "Node.js"));

  sw_tipping_mark_set (mark, 2.0, NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

/* The chart draws what the verdict says after every change, though it keeps
 * its names and header from frame to frame: each row's name and points, no
 * row for a priority set to 0, and every text in the new font after a zoom. */
static void
assert_chart_shows_verdict (Fixture    *fixture,
                            const char *drawn)
{
  SwVerdict *verdict = sw_recommendation_pane_get_verdict (fixture->pane);

  g_assert_cmpuint (sw_verdict_get_n_contributions (verdict), >, 0);
  for (guint i = 0; i < sw_verdict_get_n_contributions (verdict); i++)
    {
      const SwContribution *contribution = sw_verdict_get_contribution (verdict, i);
      const char *name = sw_dataset_get_criterion (dataset_of (fixture), contribution->criterion)->name;
      /* Its second to fifth letters: a text node may keep a first capital as a
       * glyph number. */
      g_autofree char *start = g_strndup (name + 1, 4);
      g_autofree char *points = sw_format_number (fabs (contribution->points));

      g_assert_nonnull (strstr (drawn, start));
      if (contribution->favours >= 0)
        g_assert_nonnull (strstr (drawn, points));
    }
}

static void
test_decide_chart_follows (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *chart = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "chart");
  SwDataset *dataset = dataset_of (fixture);
  const char *first = sw_dataset_get_criterion (dataset, 0)->name;
  g_autofree char *first_start = g_strndup (first + 1, 4);
  g_autofree char *drawn = NULL;
  g_autofree char *fresh = NULL;
  graphene_rect_t bounds, zoomed;

  set_all_sliders (fixture, 5);
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, 0), 9);
  sw_test_wait_ms (300);   /* the bars' animation */
  drawn = drawn_bounds (chart, &bounds);
  assert_chart_shows_verdict (fixture, drawn);
  g_assert_nonnull (strstr (drawn, first_start));

  /* Other points, and the first priority's row gone. */
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, 0), 0);
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, 1), 2);
  sw_test_wait_ms (300);
  g_free (drawn);
  drawn = drawn_bounds (chart, &bounds);
  assert_chart_shows_verdict (fixture, drawn);
  g_assert_null (strstr (drawn, first_start));

  /* Zoomed in: the chart grows, and draws just what it draws once it has
   * forgotten all it kept (another direction and back). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-in", NULL));
  sw_test_wait_ms (300);
  g_free (drawn);
  drawn = drawn_bounds (chart, &zoomed);
  assert_chart_shows_verdict (fixture, drawn);
  g_assert_cmpfloat (zoomed.size.height, >, bounds.size.height);
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_RTL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_LTR);
  fresh = drawn_bounds (chart, &zoomed);
  g_assert_cmpstr (drawn, ==, fresh);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-reset", NULL));
}

/* In a drag the numbers beside the slider and the scores are drawn anew on
 * every value, though they no longer lay the window out again. */
static void
test_decide_drag_draws_numbers (Fixture       *fixture,
                                gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  GtkRange *scale = sw_decision_form_get_scale (fixture->form, criterion (fixture, "data_ml"));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (scale), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *value = sw_test_find_descendant (row, GTK_TYPE_INSCRIPTION, NULL);
  GtkWidget *scores = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "scores_box");
  const double steps[] = { 2.5, 6.0, 9.5 };

  g_assert_nonnull (value);
  set_all_sliders (fixture, 4);
  sw_meeting_begin_change (meeting);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *text = sw_format_number (steps[i]);
      g_autofree char *drawn = NULL;
      graphene_rect_t bounds;
      SwVerdict *verdict;
      guint t;

      gtk_range_set_value (scale, steps[i]);
      drawn = drawn_bounds (value, &bounds);
      g_assert_nonnull (strstr (drawn, text));

      verdict = sw_recommendation_pane_get_verdict (fixture->pane);
      t = 0;
      for (GtkWidget *score_row = gtk_widget_get_first_child (scores); score_row != NULL;
           score_row = gtk_widget_get_next_sibling (score_row), t++)
        {
          g_autofree char *score = sw_format_number (sw_verdict_get_score (verdict, t));
          g_autofree char *score_drawn = drawn_bounds (sw_test_find_descendant (score_row, GTK_TYPE_INSCRIPTION,
                                                                               NULL), &bounds);

          g_assert_nonnull (strstr (score_drawn, score));
        }
      g_assert_cmpuint (t, ==, sw_dataset_get_n_technologies (dataset_of (fixture)));
    }
  sw_meeting_end_change (meeting);
  sw_test_wait_ms (300);   /* the sentences, once the slider rests */
  assert_pane_shows_sliders (fixture);
}

/* The weights restored at start are not written back (that would start the
 * settings service at every launch); a change is, a moment later. A write
 * of the same values would go unnoticed, so the settings are changed behind
 * the window's back: a write would overwrite them. */
static void
test_decide_restore_no_save (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *preset = NULL;
  g_autoptr(GVariant) weights = NULL;
  double realtime = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset",
                                             "s", "enterprise-legacy"));
  close_window (fixture);

  open_window (fixture);
  assert_preset_applied (fixture, "enterprise-legacy");
  g_settings_set_string (settings, "preset", "startup-data");
  sw_test_wait_ms (600);
  preset = g_settings_get_string (settings, "preset");
  g_assert_cmpstr (preset, ==, "startup-data");

  gtk_adjustment_set_value (adjustment (fixture, "realtime"), 9);
  sw_test_wait_ms (600);
  g_free (preset);
  preset = g_settings_get_string (settings, "preset");
  g_assert_cmpstr (preset, ==, "");
  weights = g_settings_get_value (settings, "weights");
  g_assert_true (g_variant_lookup (weights, "realtime", "d", &realtime));
  g_assert_cmpfloat (realtime, ==, 9);
}

/* In a drag, the pane follows every value at once but the robustness figure,
 * which it marks as pending; once the slider rests, the full estimate. */
static void
test_decide_robustness_at_rest (Fixture       *fixture,
                                gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  GtkWidget *label = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "robustness_label");
  g_autofree char *before = g_strdup (pane_text (fixture, "robustness_label"));
  g_autoptr(SwVerdict) expected = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *headline = NULL;

  g_assert_false (sw_recommendation_pane_get_robustness_pending (fixture->pane));
  g_assert_false (gtk_widget_has_css_class (label, "pending"));

  sw_meeting_begin_change (meeting);
  gtk_adjustment_set_value (adjustment (fixture, "data_ml"), 10.0);
  gtk_adjustment_set_value (adjustment (fixture, "realtime"), 0.0);

  expected = sw_evaluate_new (dataset_of (fixture), sw_meeting_get_weights (meeting));
  headline = sw_verdict_dup_headline (expected);
  g_assert_cmpstr (pane_text (fixture, "headline_label"), ==, headline);
  /* The old figure stays in place, faded, and is not passed off as current. */
  g_assert_true (sw_recommendation_pane_get_robustness_pending (fixture->pane));
  g_assert_true (gtk_widget_has_css_class (label, "pending"));
  g_assert_cmpstr (pane_text (fixture, "robustness_label"), ==, before);

  /* Held still: the estimate comes without a release. */
  g_assert_true (sw_test_wait_until (sw_test_robustness_settled, fixture->pane, 5000));
  sw_verdict_estimate_robustness (expected);
  sentence = sw_verdict_dup_robustness_sentence (expected);
  g_assert_nonnull (sentence);
  g_assert_cmpstr (pane_text (fixture, "robustness_label"), ==, sentence);
  g_assert_false (gtk_widget_has_css_class (label, "pending"));
  sw_meeting_end_change (meeting);

  /* A single change outside a drag (a key, a click on a preset) is exact at once. */
  gtk_adjustment_set_value (adjustment (fixture, "data_ml"), 2.0);
  g_assert_false (sw_recommendation_pane_get_robustness_pending (fixture->pane));
  assert_pane_shows_sliders (fixture);
}

/* Real events through the X server: the wheel over a slider scrolls the
 * form and changes nobody's weight; a click and the keys still move it. */
typedef struct
{
  GtkAdjustment *adjustment;
  double         from;
} Scrolled;

static gboolean
has_scrolled (gpointer data)
{
  Scrolled *scrolled = data;

  return gtk_adjustment_get_value (scrolled->adjustment) != scrolled->from;
}

static void
assert_weights_equal (SwMeeting   *meeting,
                      const double *weights,
                      guint         n)
{
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat (sw_meeting_get_weight (meeting, i), ==, weights[i]);
}

static void
test_decide_wheel (Fixture       *fixture,
                   gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  guint n = sw_dataset_get_n_criteria (dataset_of (fixture));
  g_autofree double *weights = g_new (double, n);
  GtkWidget *scroller;
  GtkWidget *scale = NULL;
  Scrolled scrolled;
  graphene_rect_t bounds;

  if (!sw_test_input_available ())
    return;

  /* Every slider at 5, so that a change either way would show. */
  for (guint i = 0; i < n; i++)
    gtk_range_set_value (sw_decision_form_get_scale (fixture->form, i), 5.0);
  memcpy (weights, sw_meeting_get_weights (meeting), n * sizeof (double));

  scroller = gtk_widget_get_ancestor (GTK_WIDGET (sw_decision_form_get_scale (fixture->form, 0)),
                                      GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  scrolled.adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_assert_cmpfloat (gtk_adjustment_get_upper (scrolled.adjustment) - gtk_adjustment_get_page_size (scrolled.adjustment), >, 200);

  /* The first slider wholly in view. */
  for (guint i = 0; i < n && scale == NULL; i++)
    {
      GtkWidget *candidate = GTK_WIDGET (sw_decision_form_get_scale (fixture->form, i));

      g_assert_true (gtk_widget_compute_bounds (candidate, scroller, &bounds));
      if (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller))
        scale = candidate;
    }
  g_assert_nonnull (scale);

  /* Down three notches, then up two: the page moves, no slider does. */
  sw_test_input_move_to_centre (scale);
  scrolled.from = gtk_adjustment_get_value (scrolled.adjustment);
  sw_test_input_xdotool ("click", "--repeat", "3", "--delay", "40", "5", NULL);
  g_assert_true (sw_test_wait_until (has_scrolled, &scrolled, 5000));
  g_assert_cmpfloat (gtk_adjustment_get_value (scrolled.adjustment), >, scrolled.from);
  assert_weights_equal (meeting, weights, n);

  scrolled.from = gtk_adjustment_get_value (scrolled.adjustment);
  sw_test_input_xdotool ("click", "--repeat", "2", "--delay", "40", "4", NULL);
  g_assert_true (sw_test_wait_until (has_scrolled, &scrolled, 5000));
  g_assert_cmpfloat (gtk_adjustment_get_value (scrolled.adjustment), <, scrolled.from);
  assert_weights_equal (meeting, weights, n);
  g_assert_false (sw_meeting_can_redo (meeting));

  /* A slider with the focus moves by keys… */
  scale = GTK_WIDGET (sw_decision_form_get_scale (fixture->form, 0));
  gtk_widget_grab_focus (scale);
  sw_test_iterate ();
  sw_test_input_xdotool ("key", "Right", NULL);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, 5.5);

  /* …and by a click, three quarters along. */
  sw_test_iterate ();
  sw_test_input_move_to (scale, gtk_widget_get_width (scale) * 0.75, gtk_widget_get_height (scale) / 2.0);
  sw_test_input_xdotool ("click", "1", NULL);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), >, 6.0);
}

static gboolean
focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Each question of the team's situation is one Tab stop, its choice: Tab
 * goes from one question's choice to the next's, Shift+Tab back, through
 * real key events. */
static void
test_decide_situation_tab (Fixture       *fixture,
                           gconstpointer  data)
{
  SwSituationPanel *panel = SW_SITUATION_PANEL (sw_test_template_child (GTK_WIDGET (fixture->form), SW_TYPE_DECISION_FORM,
                                                                        "situation_panel"));
  GtkWidget *python = GTK_WIDGET (sw_situation_panel_get_skill_choice (panel, 0));
  GtkWidget *nodejs = GTK_WIDGET (sw_situation_panel_get_skill_choice (panel, 1));
  GtkWidget *existing = GTK_WIDGET (sw_situation_panel_get_existing_choice (panel));

  if (!sw_test_input_available ())
    return;

  gtk_widget_grab_focus (python);
  sw_test_iterate ();
  g_assert_true (focus_within (python));
  sw_test_input_xdotool ("key", "Tab", NULL);
  sw_test_iterate ();
  g_assert_true (focus_within (nodejs));
  sw_test_input_xdotool ("key", "Tab", NULL);
  sw_test_iterate ();
  g_assert_true (focus_within (existing));
  sw_test_input_xdotool ("key", "shift+Tab", NULL);
  sw_test_iterate ();
  g_assert_true (focus_within (nodejs));
  sw_test_input_xdotool ("key", "shift+Tab", NULL);
  sw_test_iterate ();
  g_assert_true (focus_within (python));
  sw_test_input_xdotool ("key", "shift+Tab", NULL);
  sw_test_iterate ();
  g_assert_false (focus_within (GTK_WIDGET (panel)));
  /* On past the last question: out of the section, never onto a row. */
  gtk_widget_grab_focus (existing);
  sw_test_iterate ();
  sw_test_input_xdotool ("key", "Tab", NULL);
  sw_test_iterate ();
  g_assert_false (focus_within (GTK_WIDGET (panel)));
}

/* With no weight above 0 the chart says so on lines that fit its width: a
 * narrow chart (a long translation) wraps the sentence onto more lines
 * rather than cutting it off at the edge. */
/* The formula is laid out only while its disclosure is open: opened, it
 * shows the formula of the verdict on screen and follows the sliders;
 * closed, it is hidden once the revealer has closed. */
static gboolean
formula_closed (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static void
test_decide_formula (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *button = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "formula_button");
  GtkWidget *label = sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, "formula_label");
  g_autofree char *expected = NULL;

  g_assert_false (gtk_widget_get_visible (label));

  gtk_adjustment_set_value (adjustment (fixture, "cpu_bound"), 7.0);
  g_assert_true (sw_test_wait_until (sw_test_robustness_settled, fixture->pane, 5000));
  g_assert_false (gtk_widget_get_visible (label));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (gtk_widget_get_visible (label));
  expected = sw_explain_dup_formula (sw_recommendation_pane_get_verdict (fixture->pane));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  g_assert_nonnull (strstr (expected, "7.0"));

  /* Open, it follows the sliders once the estimate is in. */
  gtk_adjustment_set_value (adjustment (fixture, "cpu_bound"), 3.0);
  g_assert_true (sw_test_wait_until (sw_test_robustness_settled, fixture->pane, 5000));
  g_clear_pointer (&expected, g_free);
  expected = sw_explain_dup_formula (sw_recommendation_pane_get_verdict (fixture->pane));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  g_assert_nonnull (strstr (expected, "3.0"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  g_assert_true (sw_test_wait_until (formula_closed, label, 5000));
}

static void
test_chart_empty_wraps (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  double weights[64] = { 0 };
  g_autoptr(SwVerdict) verdict = sw_evaluate_new (dataset, weights);
  GtkWidget *chart = g_object_ref_sink (sw_contribution_chart_new ());
  int narrow, wide, dummy;

  sw_contribution_chart_set_verdict (SW_CONTRIBUTION_CHART (chart), verdict);
  g_assert_cmpint (gtk_widget_get_request_mode (chart), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 1000, &wide, &dummy, NULL, NULL);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 80, &narrow, &dummy, NULL, NULL);
  g_assert_cmpint (narrow, >, wide);
  g_object_unref (chart);
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/decide/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("neutral-start", test_decide_neutral_start);
  ADD ("formula", test_decide_formula);
  ADD ("situation", test_decide_situation);
  ADD ("situation-tab", test_decide_situation_tab);
  ADD ("layout", test_decide_layout);
  ADD ("below-the-fold", test_decide_below_the_fold);
  ADD ("sliders", test_decide_sliders);
  ADD ("presets-action", test_decide_presets_action);
  ADD ("presets-chooser", test_decide_presets_chooser);
  ADD ("preset-toast", test_decide_preset_toast);
  ADD ("undo-redo", test_decide_undo_redo);
  ADD ("persistence", test_decide_persistence);
  ADD ("three-technologies", test_decide_three_technologies);
  ADD ("accessible", test_decide_accessible);
  ADD ("narrow-layout", test_decide_narrow_layout);
  ADD ("tipping-mark-height", test_decide_tipping_mark_height);
  ADD ("tipping-mark-follows", test_decide_tipping_mark_follows);
  ADD ("chart-follows", test_decide_chart_follows);
  ADD ("drag-draws-numbers", test_decide_drag_draws_numbers);
  ADD ("restore-no-save", test_decide_restore_no_save);
  ADD ("robustness-at-rest", test_decide_robustness_at_rest);
  ADD ("wheel", test_decide_wheel);
  g_test_add_func ("/stackwise/decide/chart-empty-wraps", test_chart_empty_wraps);

#undef ADD

  return g_test_run ();
}
