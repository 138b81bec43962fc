/* test-window-meeting.c — the window in a meeting: team votes, blind mode, meeting files, unsaved changes, exports, zoom, present mode
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sw-application.h"
#include "sw-meeting-file.h"
#include "sw-decision-form.h"
#include "sw-recommendation-pane.h"
#include "sw-participant-row.h"
#include "sw-team-panel.h"
#include "sw-test.h"
#include "sw-window.h"

typedef struct
{
  GApplication         *app;
  SwWindow             *window;
  SwDecisionForm       *form;
  SwRecommendationPane *pane;
  SwTeamPanel          *panel;
  char                 *dir;
} Fixture;

static GtkWidget *
pane_child (Fixture    *fixture,
            const char *name)
{
  return sw_test_template_child (fixture->pane, SW_TYPE_RECOMMENDATION_PANE, name);
}

static GtkWidget *
panel_child (Fixture    *fixture,
             const char *name)
{
  return sw_test_template_child (fixture->panel, SW_TYPE_TEAM_PANEL, name);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "weights");
  g_settings_reset (settings, "preset");
  g_settings_reset (settings, "page");
  g_settings_reset (settings, "zoom");
  g_settings_reset (settings, "skills");
  g_settings_reset (settings, "existing");

  fixture->app = sw_test_application_new ();
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1600, 1000);
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  fixture->form = SW_DECISION_FORM (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "decision_form"));
  fixture->pane = SW_RECOMMENDATION_PANE (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "recommendation_pane"));
  fixture->panel = SW_TEAM_PANEL (sw_test_template_child (fixture->form, SW_TYPE_DECISION_FORM, "team_panel"));
  fixture->dir = g_dir_make_tmp ("stackwise-meeting-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sw_test_close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  sw_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static SwMeeting *
meeting_of (Fixture *fixture)
{
  return sw_window_get_meeting (fixture->window);
}

static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
  sw_test_iterate ();
}

/* Three people through the panel's button, each with their own weights on the sliders. */
static void
make_team (Fixture *fixture)
{
  SwMeeting *meeting = meeting_of (fixture);
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  int realtime = sw_dataset_find_criterion (dataset, "realtime");
  int data_ml = sw_dataset_find_criterion (dataset, "data_ml");

  sw_meeting_set_weight (meeting, realtime, 9);
  /* Deciding alone, the team starts with two; then one per click. */
  click (panel_child (fixture, "team_button"));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  click (panel_child (fixture, "add_button"));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ana"));
  g_assert_true (sw_meeting_rename_participant (meeting, 1, "Ben"));
  g_assert_true (sw_meeting_rename_participant (meeting, 2, "Cleo"));

  /* The sliders write into the active participant's weights. */
  sw_meeting_set_active_participant (meeting, 1);
  sw_test_iterate ();
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, data_ml), 10);
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, realtime), 0);
  sw_test_iterate ();
}

static void
test_alone (Fixture       *fixture,
            gconstpointer  data)
{
  /* One person alone sees none of the team machinery. */
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting_of (fixture)), ==, 0);
  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "team_box")));
  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "notice_label")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pane_child (fixture, "caption_label"))), ==, "Recommendation");
  g_assert_true (gtk_widget_get_visible (panel_child (fixture, "alone_label")));
  g_assert_false (gtk_widget_get_visible (panel_child (fixture, "participant_box")));
  g_assert_false (gtk_widget_get_visible (panel_child (fixture, "add_button")));
  g_assert_true (gtk_widget_get_visible (panel_child (fixture, "team_button")));
  g_assert_false (gtk_widget_get_visible (panel_child (fixture, "blind_box")));
}

static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  int data_ml = sw_dataset_find_criterion (dataset, "data_ml");
  g_autoptr(SwTeam) team = NULL;
  g_autofree char *text = NULL;
  g_autofree char *consensus = NULL;
  GtkWidget *grid;
  GtkWidget *list;
  GtkWidget *row;
  guint n_rows = 0;

  make_team (fixture);
  team = sw_meeting_new_team (meeting);

  /* Ben's slider moved Ben's weight only. */
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[data_ml], ==, 10);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 0)[data_ml], ==, SW_MEETING_DEFAULT_WEIGHT);

  /* The pane shows the team's verdict and the team's figures. */
  g_assert_true (gtk_widget_get_visible (pane_child (fixture, "team_box")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pane_child (fixture, "caption_label"))), ==,
                   "Team recommendation · 3 participants");
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (sw_recommendation_pane_get_verdict (fixture->pane), 0),
                                  sw_verdict_get_score (sw_team_get_verdict (team), 0), 1e-9);
  consensus = sw_team_dup_consensus_label (team);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pane_child (fixture, "consensus_label"))), ==, consensus);
  grid = pane_child (fixture, "team_grid");
  text = sw_test_collect_text (grid);
  g_assert_nonnull (strstr (text, "Ana"));
  g_assert_nonnull (strstr (text, "Cleo"));
  g_assert_nonnull (strstr (text, "Without Ben, "));
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL; child = gtk_widget_get_next_sibling (child))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 3 * 3);

  /* The panel lists everyone; choosing a row makes that person's weights the sliders'. */
  list = panel_child (fixture, "participant_list");
  g_assert_true (gtk_widget_get_visible (panel_child (fixture, "participant_box")));
  g_assert_true (gtk_widget_get_visible (panel_child (fixture, "blind_box")));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_signal_emit_by_name (list, "row-activated", row);
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 0);
  g_assert_cmpfloat (gtk_range_get_value (sw_decision_form_get_scale (fixture->form, data_ml)), ==,
                     SW_MEETING_DEFAULT_WEIGHT);

  /* Removing people down to one: back to one person alone. */
  sw_meeting_remove_participant (meeting, 2);
  sw_meeting_remove_participant (meeting, 1);
  sw_test_iterate ();
  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "team_box")));
  g_assert_true (gtk_widget_get_visible (panel_child (fixture, "alone_label")));
}

/* In a team, the marks on the active participant's sliders and the pane's
 * tipping sentences say where one of *their* sliders flips the *team's* answer,
 * everyone else held, with everyone's current value beside it. */
static void
test_team_tipping (Fixture       *fixture,
                   gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new (double, 3 * n_criteria);
  const char *names[] = { "Ana", "Ben", "Cleo", NULL };
  g_autoptr(SwTeam) team = NULL;
  g_autoptr(SwVerdict) marks = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *first;
  guint n_marked = 0;

  make_team (fixture);
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);

  /* Whatever Ben's sliders can do, the first sentence says it: his nearest
   * tipping point, or that none of his sliders alone changes the answer. */
  {
    g_autoptr(SwTeam) before = sw_meeting_new_team (meeting);
    g_autoptr(SwVerdict) ben = sw_team_dup_participant_marks (before, 1, sw_meeting_get_participant_weights (meeting, 1));
    const char *shown = gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (pane_child (fixture, "tipping_box"))));

    if (sw_verdict_get_n_tipping_points (ben) == 0)
      g_assert_cmpstr (shown, ==, "None of Ben’s sliders alone changes the team’s answer.");
    else
      g_assert_true (g_str_has_prefix (shown, "Ben’s sliders, everyone else held: "));
  }
  /* Ben puts 4 on data_ml and 6 on code sharing, nothing elsewhere: a mix where
   * his data_ml slider, within its range, decides between the two. */
  for (guint c = 0; c < n_criteria; c++)
    gtk_range_set_value (sw_decision_form_get_scale (fixture->form, c), 0);
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, sw_dataset_find_criterion (dataset, "data_ml")), 4);
  gtk_range_set_value (sw_decision_form_get_scale (fixture->form, sw_dataset_find_criterion (dataset, "code_sharing")), 6);
  sw_test_iterate ();
  for (guint p = 0; p < 3; p++)
    memcpy (weights + p * n_criteria, sw_meeting_get_participant_weights (meeting, p),
            sizeof (double) * n_criteria);
  team = sw_meeting_new_team (meeting);
  marks = sw_team_dup_participant_marks (team, 1, weights + n_criteria);
  g_assert_cmpuint (sw_verdict_get_n_tipping_points (marks), >, 0);
  for (guint i = 0; i < sw_verdict_get_n_tipping_points (marks); i++)
    g_test_message ("Ben: %s at %.3f (share %.3f)",
                    sw_dataset_get_criterion (dataset, sw_verdict_get_tipping_point (marks, i)->criterion)->id,
                    sw_verdict_get_tipping_point (marks, i)->at, sw_verdict_get_tipping_point (marks, i)->share);

  /* The first sentence is Ben's nearest tipping point for the team. */
  expected = sw_team_dup_participant_tipping_sentence (team, marks, 0, 1, weights, names);
  first = gtk_widget_get_first_child (pane_child (fixture, "tipping_box"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==, expected);
  g_assert_true (g_str_has_prefix (expected, "Ben’s sliders, everyone else held: "));
  g_assert_nonnull (strstr (expected, "Now: Ben "));

  /* A slider carries a mark exactly when Ben has a tipping point on it within 0–10. */
  for (guint c = 0; c < n_criteria; c++)
    {
      gboolean has_point = FALSE;

      for (guint i = 0; i < sw_verdict_get_n_tipping_points (marks); i++)
        {
          const SwTippingPoint *point = sw_verdict_get_tipping_point (marks, i);

          has_point |= point->criterion == c && point->at <= 10.0;
        }
      g_assert_cmpint (!gtk_widget_has_css_class (GTK_WIDGET (sw_decision_form_get_scale (fixture->form, c)),
                                                  "no-tipping"), ==, has_point);
      n_marked += has_point;
    }
  g_assert_cmpuint (n_marked, >, 0);
}

static void
test_blind (Fixture       *fixture,
            gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  GtkWidget *notice = pane_child (fixture, "notice_label");
  AdwHeaderBar *header = ADW_HEADER_BAR (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "header_bar"));
  GtkWidget *copy_button = gtk_button_new_with_label ("Copy");
  GtkWidget *pdf_button = gtk_button_new_with_label ("PDF");
  GtkWidget *png_button = gtk_button_new_with_label ("PNG");
  g_autofree char *summary = NULL;
  guint active;

  /* Buttons show whether their actions are enabled. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy_button), "win.copy-summary");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (pdf_button), "win.export-pdf");
  adw_header_bar_pack_start (header, copy_button);
  adw_header_bar_pack_start (header, pdf_button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (png_button), "win.export-png");
  adw_header_bar_pack_start (header, png_button);

  make_team (fixture);
  sw_test_iterate ();
  g_assert_true (gtk_widget_get_sensitive (copy_button));
  gtk_switch_set_active (GTK_SWITCH (panel_child (fixture, "blind_switch")), TRUE);
  sw_test_iterate ();
  g_assert_true (sw_meeting_get_blind (meeting));

  /* Until everyone has voted: the active person's own verdict while they set
   * their weights, no team; the record, the report and the summary say how far
   * the vote has come, and the image of the pane waits. */
  g_assert_true (gtk_widget_get_visible (notice));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (notice)), ==,
                   "Blind vote: 0 of 3 have voted. The team’s result appears when everyone has.");
  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "team_box")));
  g_assert_false (sw_decision_form_get_sealed (fixture->form));
  g_assert_false (sw_recommendation_pane_get_sealed (fixture->pane));
  sw_test_iterate ();
  g_assert_true (gtk_widget_get_sensitive (copy_button));
  g_assert_true (gtk_widget_get_sensitive (pdf_button));
  g_assert_false (gtk_widget_get_sensitive (png_button));
  summary = sw_window_dup_summary (fixture->window);
  g_assert_cmpstr (summary, ==, "blind vote: 0 of 3 have voted; the result stays hidden until everyone has\n");
  g_clear_pointer (&summary, g_free);

  /* Once the active participant has voted, nobody sees their sliders or verdict. */
  active = sw_meeting_get_active_participant (meeting);
  sw_meeting_set_participant_voted (meeting, active, TRUE);
  sw_test_iterate ();
  g_assert_true (sw_decision_form_get_sealed (fixture->form));
  g_assert_true (sw_recommendation_pane_get_sealed (fixture->pane));
  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "verdict_label")));
  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "details_scroller")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (notice)), ==,
                   "Blind vote: 1 of 3 has voted. The team’s result appears when everyone has.");

  /* The next person sets theirs; choosing the one who voted again shows nothing. */
  sw_meeting_set_active_participant (meeting, (active + 1) % 3);
  sw_test_iterate ();
  g_assert_false (sw_decision_form_get_sealed (fixture->form));
  g_assert_true (gtk_widget_get_visible (pane_child (fixture, "verdict_label")));
  sw_meeting_set_active_participant (meeting, active);
  sw_test_iterate ();
  g_assert_true (sw_decision_form_get_sealed (fixture->form));
  g_assert_true (sw_recommendation_pane_get_sealed (fixture->pane));

  for (guint p = 0; p < 3; p++)
    sw_meeting_set_participant_voted (meeting, p, TRUE);
  sw_test_iterate ();
  g_assert_false (gtk_widget_get_visible (notice));
  g_assert_true (gtk_widget_get_visible (pane_child (fixture, "team_box")));
  g_assert_false (sw_decision_form_get_sealed (fixture->form));
  g_assert_false (sw_recommendation_pane_get_sealed (fixture->pane));
  g_assert_true (gtk_widget_get_visible (pane_child (fixture, "verdict_label")));
  g_assert_true (gtk_widget_get_sensitive (copy_button));
  g_assert_true (gtk_widget_get_sensitive (pdf_button));
  g_assert_true (gtk_widget_get_sensitive (png_button));
  summary = sw_window_dup_summary (fixture->window);
  g_assert_null (strstr (summary, "blind vote"));
}

/* The "Voted" boxes of the participant list, in the participants' order. */
static GtkCheckButton *
voted_box (Fixture *fixture,
           guint    participant)
{
  GtkWidget *list = panel_child (fixture, "participant_list");
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  g_ptr_array_add (pending, list);
  while (pending->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (pending, 0);
      GPtrArray *children = g_ptr_array_new ();

      if (GTK_IS_CHECK_BUTTON (widget) &&
          g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), "_Voted") == 0)
        g_ptr_array_add (found, widget);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (children, child);
      /* Depth first, so that the rows keep their order. */
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_insert (pending, 0, children->pdata[i - 1]);
      g_ptr_array_unref (children);
    }
  g_assert_cmpuint (participant, <, found->len);
  return found->pdata[participant];
}

static AdwMessageDialog *
open_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* On the shared screen, neither unticking "Voted" nor Undo shows a sealed ballot. */
static void
test_blind_sealed (Fixture       *fixture,
                   gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  GtkRange *data_ml = sw_decision_form_get_scale (fixture->form, sw_dataset_find_criterion (dataset, "data_ml"));
  AdwMessageDialog *dialog;

  make_team (fixture);
  gtk_switch_set_active (GTK_SWITCH (panel_child (fixture, "blind_switch")), TRUE);
  sw_test_iterate ();
  /* Ben set Data & ML to 10 on the sliders; he ticks Voted and they go. */
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  g_assert_cmpfloat (gtk_range_get_value (data_ml), ==, 10);
  gtk_check_button_set_active (voted_box (fixture, 1), TRUE);
  sw_test_iterate ();
  g_assert_true (sw_meeting_get_participant_voted (meeting, 1));
  g_assert_true (sw_decision_form_get_sealed (fixture->form));
  g_assert_true (sw_recommendation_pane_get_sealed (fixture->pane));

  /* Undo, from the keyboard's action, does not bring his sliders back. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL) &&
                  !sw_decision_form_get_sealed (fixture->form));
  sw_test_iterate ();
  g_assert_true (sw_meeting_get_participant_voted (meeting, 1));
  g_assert_true (sw_decision_form_get_sealed (fixture->form));

  /* A preset from a comparison page's table, or Reset from its shortcut,
   * would change his sealed ballot unseen: both leave it as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-preset", "s",
                                             "enterprise-traffic"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reset-weights", NULL));
  sw_test_iterate ();
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[sw_dataset_find_criterion (dataset, "data_ml")],
                     ==, 10);
  g_assert_true (sw_decision_form_get_sealed (fixture->form));

  /* Unticking asks first; the box stays ticked and the ballot sealed meanwhile. */
  gtk_check_button_set_active (voted_box (fixture, 1), FALSE);
  sw_test_iterate ();
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Clear Ben’s Ballot?");
  g_assert_true (gtk_check_button_get_active (voted_box (fixture, 1)));
  g_assert_true (sw_decision_form_get_sealed (fixture->form));
  adw_message_dialog_response (dialog, "cancel");
  sw_test_iterate ();
  g_assert_true (sw_meeting_get_participant_voted (meeting, 1));
  g_assert_true (sw_decision_form_get_sealed (fixture->form));

  /* Clearing it: he votes again from sliders at zero; his old ones never show. */
  gtk_check_button_set_active (voted_box (fixture, 1), FALSE);
  sw_test_iterate ();
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "clear");
  sw_test_close_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (sw_meeting_get_participant_voted (meeting, 1));
  g_assert_false (gtk_check_button_get_active (voted_box (fixture, 1)));
  g_assert_false (sw_decision_form_get_sealed (fixture->form));
  g_assert_cmpfloat (gtk_range_get_value (data_ml), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL) &&
                  gtk_range_get_value (data_ml) != 0);
  sw_test_iterate ();
  g_assert_cmpfloat (gtk_range_get_value (data_ml), ==, 0);
  g_assert_false (sw_meeting_get_participant_voted (meeting, 1));
}

static void
test_save_open (Fixture       *fixture,
                gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "meeting.stackwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "meetings", "truncated.stackwise", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  AdwWindowTitle *title = ADW_WINDOW_TITLE (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "window_title"));
  GtkTextView *notes;

  /* The notes' editor is built when they first open. */
  g_assert_null (sw_team_panel_get_notes_view (SW_TEAM_PANEL (fixture->panel)));
  click (panel_child (fixture, "notes_button"));
  notes = GTK_TEXT_VIEW (sw_test_find_descendant (GTK_WIDGET (fixture->panel), GTK_TYPE_TEXT_VIEW, NULL));
  g_assert_nonnull (notes);
  gtk_test_accessible_assert_property (notes, GTK_ACCESSIBLE_PROPERTY_LABEL, "Notes");
  g_assert_true (notes == sw_team_panel_get_notes_view (SW_TEAM_PANEL (fixture->panel)));

  make_team (fixture);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Order tracker backend.", -1);
  g_assert_cmpstr (sw_meeting_get_notes (meeting), ==, "Order tracker backend.");
  g_assert_true (g_str_has_prefix (adw_window_title_get_title (title), "• "));

  g_assert_true (sw_window_save_meeting_file (fixture->window, file, &error));
  g_assert_no_error (error);
  g_assert_false (sw_meeting_get_modified (meeting));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "meeting");
  g_assert_true (g_file_equal (sw_window_get_meeting_file_file (fixture->window), file));

  /* A change marks it unsaved. */
  sw_meeting_set_weight (meeting, 0, 1);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "• meeting");

  /* New: one person alone, no file, no notes. */
  sw_window_new_meeting (fixture->window);
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  g_assert_null (sw_window_get_meeting_file_file (fixture->window));
  g_assert_cmpstr (sw_meeting_get_notes (meeting), ==, "");

  /* Open brings the team back, with its notes in the panel. */
  g_assert_true (sw_window_load_meeting_file_file (fixture->window, file, &error));
  g_assert_no_error (error);
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 2), ==, "Cleo");
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (notes), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (notes), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Order tracker backend.");
  }
  g_assert_true (gtk_widget_get_visible (pane_child (fixture, "team_box")));

  /* A bad file says why and changes nothing. */
  g_assert_false (sw_window_load_meeting_file_file (fixture->window, bad, &error));
  g_assert_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_TRUNCATED);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_true (g_file_equal (sw_window_get_meeting_file_file (fixture->window), file));
}

static void
test_unsaved_guard (Fixture       *fixture,
                    gconstpointer  data)
{
  SwWindow *window = fixture->window;
  AdwMessageDialog *dialog = NULL;

  /* One person's weights alone are kept in the settings: closing just closes. */
  sw_meeting_set_weight (meeting_of (fixture), 0, 2);

  make_team (fixture);

  /* Closing with an unsaved team asks first; Cancel keeps everything. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = sw_test_wait_for_message_dialog (5000);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Meeting?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sw_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting_of (fixture)), ==, 3);

  /* New asks too; Discard goes ahead. */
  dialog = NULL;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-meeting", NULL));
  dialog = sw_test_wait_for_message_dialog (5000);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting_of (fixture)), ==, 0);

  /* Nothing unsaved is left: closing closes. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (window));
  sw_test_iterate ();
  g_assert_null (fixture->window);
}

static void
test_unsaved_guard_discard_on_close (Fixture       *fixture,
                                     gconstpointer  data)
{
  AdwMessageDialog *dialog = NULL;

  make_team (fixture);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  dialog = sw_test_wait_for_message_dialog (5000);
  g_assert_nonnull (dialog);
  g_assert_nonnull (fixture->window);
  adw_message_dialog_response (dialog, "discard");
  sw_test_iterate ();
  g_assert_null (fixture->window);
}

static gboolean
is_gone (gpointer data)
{
  return *(SwWindow **) data == NULL;
}

/* Save in the question on closing: the file is written (in a thread), then
 * the window closes; the file holds the change made last. */
static void
test_unsaved_guard_save_on_close (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Team review.stackwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwMeeting) reopened = NULL;
  g_autoptr(SwDataset) dataset = g_object_ref (sw_window_get_dataset (fixture->window));
  AdwMessageDialog *dialog = NULL;

  make_team (fixture);
  g_assert_true (sw_window_save_meeting_file (fixture->window, file, &error));
  g_assert_no_error (error);
  sw_meeting_set_weight (meeting_of (fixture), 0, 9.5);
  g_assert_true (sw_meeting_session_get_unsaved (sw_window_get_session (fixture->window)));

  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  dialog = sw_test_wait_for_message_dialog (5000);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes to “Team review”?");
  adw_message_dialog_response (dialog, "save");
  g_assert_true (sw_test_wait_until (is_gone, &fixture->window, 5000));

  reopened = sw_meeting_file_read_file (file, dataset, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sw_meeting_get_weight (reopened, 0), ==, 9.5);
}

/* Styles apply at the next frame: measure after one. */
static double
natural_height (GtkWidget *widget)
{
  int minimum, natural;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (widget)));

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 400, &minimum, &natural, NULL, NULL);

  return natural;
}

static gboolean
has_class (gpointer data)
{
  return gtk_widget_has_css_class (GTK_WIDGET (data), "sw-scaled");
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *verdict = pane_child (fixture, "verdict_label");
  GtkWidget *window = GTK_WIDGET (fixture->window);
  double before = natural_height (verdict);
  double zoomed;

  g_assert_cmpfloat (sw_window_get_scale (fixture->window), ==, 1.0);
  g_assert_false (gtk_widget_has_css_class (window, "sw-scaled"));

  g_assert_true (gtk_widget_activate_action (window, "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.zoom-in", NULL));
  sw_test_iterate ();
  /* Remembered for the next start. */
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 1.25);
  g_assert_cmpfloat (sw_window_get_scale (fixture->window), ==, 1.25);
  g_assert_true (sw_test_wait_until (has_class, window, 1000));
  zoomed = natural_height (verdict);
  /* The text really is larger: by about the zoom. */
  g_assert_cmpfloat (zoomed, >, before * 1.15);

  g_assert_true (gtk_widget_activate_action (window, "win.zoom-out", NULL));
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 1.1);
  g_assert_true (gtk_widget_activate_action (window, "win.zoom-reset", NULL));
  sw_test_iterate ();
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 1.0);
  g_assert_false (gtk_widget_has_css_class (window, "sw-scaled"));
  g_assert_cmpfloat_with_epsilon (natural_height (verdict), before, 0.5);

  /* The smallest step ends zooming out. */
  for (guint i = 0; i < 10; i++)
    gtk_widget_activate_action (window, "win.zoom-out", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 0.5);
  g_settings_reset (settings, "zoom");
}

static void
test_present (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *verdict = pane_child (fixture, "verdict_label");
  AdwFlap *flap = ADW_FLAP (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "flap"));
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (sw_test_template_child (fixture->window, SW_TYPE_WINDOW, "present_button"));
  double before = natural_height (verdict);

  g_assert_false (sw_window_get_presenting (fixture->window));
  g_assert_true (gtk_widget_activate_action (window, "win.present", NULL));
  sw_test_iterate ();

  g_assert_true (sw_window_get_presenting (fixture->window));
  g_assert_true (gtk_widget_has_css_class (window, "present"));
  g_assert_true (gtk_toggle_button_get_active (button));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  /* A 1600-pixel window: 1600/1370 of the full 1.4 of a 1920 screen. */
  g_assert_cmpfloat_with_epsilon (sw_window_get_scale (fixture->window), 1600.0 / 1370.0, 0.02);
  /* The verdict is much larger: the scale and present mode's own size. */
  g_assert_cmpfloat (natural_height (verdict), >, before * 1.4);

  /* F11 again (the same action), or Escape, leaves it. */
  g_assert_true (gtk_widget_activate_action (window, "win.leave-present", NULL));
  sw_test_iterate ();
  g_assert_false (sw_window_get_presenting (fixture->window));
  g_assert_false (gtk_widget_has_css_class (window, "present"));
  g_assert_false (gtk_toggle_button_get_active (button));
  g_assert_cmpfloat_with_epsilon (natural_height (verdict), before, 0.5);
}

static void
read_text_done (GObject      *clipboard,
                GAsyncResult *result,
                gpointer      data)
{
  char **out = data;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*out == NULL)
    *out = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_exports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *md_path = g_build_filename (fixture->dir, "record.md", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *png_path = g_build_filename (fixture->dir, "pane.png", NULL);
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *clipboard_text = NULL;
  g_autoptr(GdkTexture) image = NULL;
  gsize length;

  make_team (fixture);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->pane));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->pane));

  g_assert_true (sw_window_export_record_file (fixture->window, md, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md_path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\n## Decision Outcome\n"));
  g_assert_nonnull (strstr (text, "\n* Deciders: Ana, Ben, Cleo\n"));
  g_clear_pointer (&text, g_free);

  g_assert_true (sw_window_export_pdf_file (fixture->window, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &text, &length, NULL));
  g_assert_true (length > 5 && memcmp (text, "%PDF-", 5) == 0);

  /* The pane as drawn, at its size. */
  g_assert_true (sw_window_export_png_file (fixture->window, png, &error));
  g_assert_no_error (error);
  image = gdk_texture_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (image), ==,
                   gtk_widget_get_width (GTK_WIDGET (fixture->pane)) * gtk_widget_get_scale_factor (GTK_WIDGET (fixture->pane)));
  g_assert_cmpint (gdk_texture_get_height (image), >, 200);

  /* Copy Summary: the verdict in words, then the team. */
  summary = sw_window_dup_summary (fixture->window);
  g_assert_nonnull (strstr (summary, "Scores out of 100: "));
  g_assert_nonnull (strstr (summary, "\nPriorities overlap "));
  g_assert_nonnull (strstr (summary, "\nBen: "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.copy-summary", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), NULL,
                                 read_text_done, &clipboard_text);
  g_assert_true (sw_test_wait_until (is_set, &clipboard_text, 5000));
  g_assert_cmpstr (clipboard_text, ==, summary);
}

/* A meeting on one screen, with real input events through the X server:
 * renaming, adding, removing and switching participants quickly, by mouse
 * and by keyboard. Each name is kept on Enter, Tab and a click elsewhere,
 * Escape gives the old one back, and no row is rebuilt under an editing
 * name (a GTK critical or warning would end the test). */

static SwParticipantRow *
row_at (Fixture *fixture,
        guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (panel_child (fixture, "participant_list")), index);

  g_assert_nonnull (row);
  return SW_PARTICIPANT_ROW (row);
}

static GtkWidget *
name_label_of (SwParticipantRow *row)
{
  GtkWidget *label = sw_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL);

  g_assert_nonnull (label);
  return label;
}

static void
real_click (GtkWidget  *widget,
            const char *repeat)
{
  sw_test_input_move_to_centre (widget);
  sw_test_input_xdotool ("click", "--repeat", repeat, "--delay", "80", "1", NULL);
}

static void
type_text (const char *text)
{
  sw_test_input_xdotool ("type", "--delay", "15", text, NULL);
}

static void
key (const char *keys)
{
  sw_test_input_xdotool ("key", "--delay", "20", keys, NULL);
}

static const char *
name_of (Fixture *fixture,
         guint    index)
{
  return sw_meeting_get_participant_name (meeting_of (fixture), index);
}

static void
test_rename_real_input (Fixture       *fixture,
                        gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  GListModel *participants = sw_meeting_get_participants (meeting);
  GtkWidget *elsewhere;

  if (!sw_test_input_available ())
    return;

  /* Deciding alone, the team starts with two; the newcomer's name is ready. */
  real_click (panel_child (fixture, "team_button"), "1");
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_true (sw_participant_row_get_editing (row_at (fixture, 1)));
  type_text ("Ben");
  key ("Return");
  g_assert_cmpstr (name_of (fixture, 1), ==, "Ben");
  g_assert_false (sw_participant_row_get_editing (row_at (fixture, 1)));

  /* One click, one participant; Tab keeps the name. */
  real_click (panel_child (fixture, "add_button"), "1");
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 3);
  g_assert_true (sw_participant_row_get_editing (row_at (fixture, 2)));
  type_text ("Cleo");
  key ("Tab");
  g_assert_cmpstr (name_of (fixture, 2), ==, "Cleo");

  /* A double-click on a row that was not chosen renames it; a click on
   * something that takes no focus keeps the name. */
  real_click (name_label_of (row_at (fixture, 0)), "2");
  g_assert_true (sw_participant_row_get_editing (row_at (fixture, 0)));
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 0);
  type_text ("Ana");
  elsewhere = sw_test_template_child (fixture->form, SW_TYPE_DECISION_FORM, "preset_title");
  real_click (elsewhere, "1");
  g_assert_cmpstr (name_of (fixture, 0), ==, "Ana");

  /* Escape gives the old name back. */
  real_click (name_label_of (row_at (fixture, 1)), "2");
  type_text ("Xavier");
  key ("Escape");
  g_assert_cmpstr (name_of (fixture, 1), ==, "Ben");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name_label_of (row_at (fixture, 1)))), ==, "Ben");

  /* Quickly, one after the other: rename, Enter, and the next at once. */
  for (guint round = 0; round < 2; round++)
    for (guint p = 0; p < 3; p++)
      {
        g_autofree char *name = g_strdup_printf ("%s%u", (const char *[]) { "Ana", "Ben", "Cleo" }[p], round);

        real_click (name_label_of (row_at (fixture, p)), "2");
        g_assert_true (sw_participant_row_get_editing (row_at (fixture, p)));
        type_text (name);
        key ("Return");
        g_assert_cmpstr (name_of (fixture, p), ==, name);
        g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, p);
      }

  /* Removing while another name is being edited: the edit is kept, the
   * row goes, and Undo brings it back. */
  real_click (name_label_of (row_at (fixture, 0)), "2");
  type_text ("Anna");
  /* The row's last control is its remove button. */
  real_click (gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (row_at (fixture, 2)))), "1");
  g_assert_cmpstr (name_of (fixture, 0), ==, "Anna");
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_cmpstr (name_of (fixture, 2), ==, "Cleo1");

  /* By keyboard: the arrows and Enter choose, F2 renames, Delete removes. */
  gtk_widget_grab_focus (GTK_WIDGET (row_at (fixture, 0)));
  sw_test_iterate ();
  key ("Down");
  key ("Return");
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  key ("F2");
  g_assert_true (sw_participant_row_get_editing (row_at (fixture, 1)));
  type_text ("Bea");
  key ("Return");
  g_assert_cmpstr (name_of (fixture, 1), ==, "Bea");
  key ("Down");
  key ("Delete");
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  key ("ctrl+z");
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_cmpstr (name_of (fixture, 2), ==, "Cleo1");

  /* Rows keep their accessible names. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_at (fixture, 1)), GTK_ACCESSIBLE_PROPERTY_LABEL, "Bea");
}

/* Thirty-two people with names of sixty-four characters (the file format's
 * limits): the list scrolls within a limited height, and the first slider
 * stays near the top of the form. */
static void
test_large_meeting (Fixture       *fixture,
                    gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  GtkWidget *box;
  graphene_rect_t bounds;

  /* The first brings the one person deciding alone in as well. */
  for (guint p = 0; sw_meeting_get_n_participants (meeting) < 32; p++)
    {
      g_autofree char *name = g_strdup_printf ("Participant with a rather long name: one of thirty-two, number%02u", p);

      g_assert_cmpint (g_utf8_strlen (name, -1), ==, 64);
      g_assert_cmpint (sw_meeting_add_participant (meeting, name), >=, 0);
    }
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 32);
  g_assert_false (gtk_widget_get_sensitive (panel_child (fixture, "add_button")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  sw_test_iterate ();

  box = panel_child (fixture, "participant_box");
  g_assert_cmpint (gtk_widget_get_height (box), <=, 250);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (sw_decision_form_get_scale (fixture->form, 0)),
                                            GTK_WIDGET (fixture->form), &bounds));
  /* The first priority's slider is on the first screen of the form. */
  g_assert_cmpfloat (bounds.origin.y, <, gtk_widget_get_height (GTK_WIDGET (fixture->form)));
}

/* 32 participants with names of 64 characters, the file format's limits: the pane's
 * team section counts and names who decides alone, not a sentence per person. */
static void
test_large_team (Fixture       *fixture,
                 gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  guint n_criteria = sw_dataset_get_n_criteria (sw_meeting_get_dataset (meeting));
  GtkWidget *summary = pane_child (fixture, "team_summary_label");
  g_autofree char *text = NULL;
  const char *shown;
  guint sentences = 0;

  /* The first one added makes the person alone participant 0, named after. */
  for (guint p = 0; p < SW_TEAM_MAX_PARTICIPANTS; p++)
    {
      g_autofree char *name = g_strdup_printf ("Participant with a long name for the size limit, number %02u, here", p);

      g_assert_cmpuint (g_utf8_strlen (name, -1), ==, SW_MEETING_FILE_MAX_NAME_LENGTH);
      if (p == 0)
        continue;
      g_assert_cmpint (sw_meeting_add_participant (meeting, name), ==, (int) p);
      if (p == 1)
        g_assert_true (sw_meeting_rename_participant (meeting, 0, "Participant with a long name for the size limit, number 00, here"));
    }
  for (guint p = 0; p < SW_TEAM_MAX_PARTICIPANTS; p++)
    {
      sw_meeting_set_active_participant (meeting, p);
      for (guint c = 0; c < n_criteria; c++)
        sw_meeting_set_weight (meeting, c, (double) ((p * 7 + c * 3) % 11));
    }
  sw_test_iterate ();
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, SW_TEAM_MAX_PARTICIPANTS);

  g_assert_false (gtk_widget_get_visible (pane_child (fixture, "team_grid")));
  g_assert_true (gtk_widget_get_visible (summary));
  shown = gtk_label_get_text (GTK_LABEL (summary));
  g_test_message ("%s", shown);
  g_assert_true (g_str_has_prefix (shown, "Each person’s own verdict: "));
  g_assert_true (strstr (shown, "Nobody decides the answer alone") != NULL ||
                 strstr (shown, "Without Participant with a long name") != NULL);
  /* How many agree, and where the team disagrees, stay above and below. */
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (pane_child (fixture, "agreement_label"))),
                                   "participants reach the team's verdict on their own."));

  /* Not a sentence per person: at most the few who decide alone are named. */
  text = sw_test_collect_text (GTK_WIDGET (fixture->pane));
  for (const char *at = text; (at = strstr (at, "Without Participant")) != NULL; at++)
    sentences++;
  g_assert_cmpuint (sentences, <=, 3);

  /* Back to three: a row each again. */
  while (sw_meeting_get_n_participants (meeting) > 3)
    sw_meeting_remove_participant (meeting, 0);
  sw_test_iterate ();
  g_assert_true (gtk_widget_get_visible (pane_child (fixture, "team_grid")));
  g_assert_false (gtk_widget_get_visible (summary));
}

/* Where the weights came from, at every door: the team's mean of three named
 * people, and the preset only for the one who took it. */
static void
test_weights_source (Fixture       *fixture,
                     gconstpointer  data)
{
  SwMeeting *meeting = meeting_of (fixture);
  g_autofree char *md_path = g_build_filename (fixture->dir, "record.md", NULL);
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *record = NULL;
  g_autofree char *summary = NULL;
  const char *mean = "The weights are the mean of the weights of Ana, Ben and Cleo, each taken as shares "
                     "of their own total. Ana took the preset “Data-driven products” (Startups) unchanged. "
                     "Ben and Cleo set their own weights.";

  make_team (fixture);
  sw_meeting_set_active_participant (meeting, 0);
  g_assert_true (sw_meeting_apply_preset (meeting, "startup-data"));
  sw_test_iterate ();

  g_assert_true (sw_window_export_record_file (fixture->window, md, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md_path, &record, NULL, NULL));
  g_assert_nonnull (strstr (record, mean));
  g_assert_null (strstr (record, "The weights are those of the preset"));

  summary = sw_window_dup_summary (fixture->window);
  g_assert_nonnull (strstr (summary, mean));
  g_assert_null (strstr (summary, "The weights are those of the preset"));
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/meeting/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("alone", test_alone);
  ADD ("team", test_team);
  ADD ("team-tipping", test_team_tipping);
  ADD ("blind", test_blind);
  ADD ("blind-sealed", test_blind_sealed);
  ADD ("save-open", test_save_open);
  ADD ("unsaved-guard", test_unsaved_guard);
  ADD ("unsaved-guard-discard-on-close", test_unsaved_guard_discard_on_close);
  ADD ("unsaved-guard-save-on-close", test_unsaved_guard_save_on_close);
  ADD ("zoom", test_zoom);
  ADD ("present", test_present);
  ADD ("exports", test_exports);
  ADD ("rename-real-input", test_rename_real_input);
  ADD ("large-meeting", test_large_meeting);
  ADD ("large-team", test_large_team);
  ADD ("weights-source", test_weights_source);

#undef ADD

  {
    int status = g_test_run ();

    /* GTK's worker threads (icons, fonts) may still be busy when the last
     * window is gone; leaving in the middle of their work reads as a leak to
     * LeakSanitizer (docs/reliability.md). Let them finish. */
    g_usleep (500 * 1000);
    sw_test_iterate ();

    return status;
  }
}
