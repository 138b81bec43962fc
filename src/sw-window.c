/* sw-window.c — the main window: pages beside the recommendation pane
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-blind-vote.h"
#include "sw-comparison-page.h"
#include "sw-decision-form.h"
#include "sw-evaluate.h"
#include "sw-recommendation-pane.h"
#include "sw-report.h"
#include "sw-robustness.h"
#include "sw-tech-style.h"
#include "sw-window-private.h"

G_DEFINE_FINAL_TYPE (SwWindow, sw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SwWindow *
sw_window_new (SwApplication *application)
{
  g_return_val_if_fail (SW_IS_APPLICATION (application), NULL);

  return g_object_new (SW_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

SwDataset *
sw_window_get_dataset (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->dataset;
}

/* The decision: the window owns it, evaluates it once per change and hands
 * the verdict to the pane and to the form's tipping marks. */

/* Settings are written a moment after the last change, not on every frame of a drag. */
#define SAVE_DECISION_DELAY_MS 300

SwMeeting *
sw_window_get_meeting (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->meeting;
}

static void
save_situation (SwWindow *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  const SwSituation *situation = sw_meeting_get_situation (self->meeting);

  for (guint t = 0; t < sw_dataset_get_n_technologies (self->dataset); t++)
    if (situation->skills[t] >= 0.0)
      g_variant_builder_add (&builder, "{sd}", sw_dataset_get_technology (self->dataset, t)->id,
                             situation->skills[t]);
  g_settings_set_value (self->settings, "skills", g_variant_builder_end (&builder));
  g_settings_set_string (self->settings, "existing",
                         situation->existing >= 0
                         ? sw_dataset_get_technology (self->dataset, situation->existing)->id
                         : situation->existing == SW_EXISTING_NONE ? "none" : "");
}

static gboolean
save_meeting (gpointer user_data)
{
  SwWindow *self = user_data;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  const char *preset_id;

  self->save_meeting_id = 0;

  /* The settings remember one person's weights; a team lives in its meeting file. */
  if (self->meeting == NULL || sw_meeting_get_n_participants (self->meeting) > 0)
    return G_SOURCE_REMOVE;

  for (guint i = 0; i < sw_dataset_get_n_criteria (self->dataset); i++)
    g_variant_builder_add (&builder, "{sd}",
                           sw_dataset_get_criterion (self->dataset, i)->id,
                           sw_meeting_get_weight (self->meeting, i));

  preset_id = sw_meeting_get_preset_id (self->meeting);
  g_settings_set_value (self->settings, "weights", g_variant_builder_end (&builder));
  g_settings_set_string (self->settings, "preset", preset_id != NULL ? preset_id : "");
  save_situation (self);

  return G_SOURCE_REMOVE;
}

/* The situation from the settings: unknown technologies and levels outside
 * 0–10 are dropped (not stated). */
static void
restore_situation (SwWindow *self)
{
  g_autoptr(GVariant) skills = g_settings_get_value (self->settings, "skills");
  g_autofree char *existing = g_settings_get_string (self->settings, "existing");
  SwSituation situation;
  GVariantIter iter;
  const char *id;
  double level;

  sw_situation_init (&situation);
  g_variant_iter_init (&iter, skills);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &level))
    {
      int t = sw_dataset_find_technology (self->dataset, id);

      if (t >= 0 && level >= 0.0 && level <= 10.0)
        situation.skills[t] = level;
    }
  if (g_str_equal (existing, "none"))
    situation.existing = SW_EXISTING_NONE;
  else if (existing[0] != '\0' && sw_dataset_find_technology (self->dataset, existing) >= 0)
    situation.existing = sw_dataset_find_technology (self->dataset, existing);

  if (!sw_situation_is_empty (&situation))
    sw_meeting_restore_situation (self->meeting, &situation);
}

/* Weights from the settings, checked: an unknown criterion is ignored, a value
 * that is not a finite number leaves the default, the rest is clamped. A known
 * preset brings its own weights, so the two can never disagree. */
static void
restore_meeting (SwWindow *self)
{
  g_autoptr(GVariant) weights = g_settings_get_value (self->settings, "weights");
  g_autofree char *preset_id = g_settings_get_string (self->settings, "preset");
  guint n = sw_dataset_get_n_criteria (self->dataset);
  g_autofree double *values = g_new (double, MAX (n, 1));
  GVariantIter iter;
  const char *id;
  double value;
  int preset;

  if (preset_id[0] != '\0' && (preset = sw_dataset_find_preset (self->dataset, preset_id)) >= 0)
    {
      sw_meeting_restore (self->meeting, sw_dataset_get_preset (self->dataset, preset)->weights, preset_id);
      return;
    }

  for (guint i = 0; i < n; i++)
    values[i] = sw_meeting_get_weight (self->meeting, i);

  g_variant_iter_init (&iter, weights);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &value))
    {
      int criterion = sw_dataset_find_criterion (self->dataset, id);

      if (criterion >= 0 && isfinite (value))
        values[criterion] = sw_weight_clamp (value);
    }

  sw_meeting_restore (self->meeting, values, NULL);
}

/* The robustness estimate is the costliest part of a verdict (a Monte Carlo
 * run of some 0.2 ms). While a slider is being dragged, the pane follows
 * every value without it, marking the figure as being recomputed, and the
 * estimate runs once the slider has rested this long. */
#define ROBUSTNESS_REST_MS 120

void
sw_window_settle_robustness (SwWindow *self)
{
  g_clear_handle_id (&self->robustness_id, g_source_remove);

  if (self->verdict == NULL || !sw_recommendation_pane_get_robustness_pending (self->recommendation_pane))
    return;

  sw_verdict_estimate_robustness (self->verdict);
  sw_recommendation_pane_update_robustness (self->recommendation_pane);
}

static gboolean
robustness_rest_timeout (gpointer user_data)
{
  SwWindow *self = user_data;
  gint64 rested_ms = (g_get_monotonic_time () - self->last_change_time) / 1000;

  self->robustness_id = 0;
  /* One source for the whole drag: it looks again when the slider moved meanwhile. */
  if (rested_ms < ROBUSTNESS_REST_MS)
    self->robustness_id = g_timeout_add (ROBUSTNESS_REST_MS - rested_ms, robustness_rest_timeout, self);
  else
    sw_window_settle_robustness (self);

  return G_SOURCE_REMOVE;
}

/* With a team, the pane shows the team's verdict and each person's, and the
 * sliders' marks show where one of the active participant's sliders (the
 * weights the sliders hold) would change the team's answer, everyone else
 * held. A blind vote shows only the active participant's own verdict, with
 * its own marks, until everyone has voted. */
static void
show_meeting (SwWindow   *self,
               SwMeeting *meeting)
{
  g_autoptr(SwTeam) team = sw_meeting_new_team (meeting);
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwVerdict) team_marks = NULL;
  g_auto(GStrv) tipping = NULL;
  SwVerdict *marks;
  SwBlindVote blind;
  gboolean sealed_pane = FALSE;

  /* Every door asks the same rule what a blind vote lets it show. */
  sw_blind_vote_init_from_meeting (&blind, meeting);
  sw_decision_form_set_sealed (self->decision_form, NULL);

  if (team == NULL)
    {
      verdict = sw_evaluate_new (sw_meeting_get_situated_dataset (meeting),
                                 sw_meeting_get_weights (meeting));
      marks = verdict;
      sw_recommendation_pane_set_team (self->recommendation_pane, NULL, NULL);
      sw_recommendation_pane_set_team_tipping (self->recommendation_pane, NULL);
      sw_recommendation_pane_set_notice (self->recommendation_pane, NULL);
      sw_recommendation_pane_set_caption (self->recommendation_pane, NULL);
    }
  else
    {
      guint n = sw_meeting_get_n_participants (meeting);
      guint active = sw_meeting_get_active_participant (meeting);
      const char *active_name = sw_meeting_get_participant_name (meeting, active);
      g_autofree const char **names = g_new0 (const char *, n + 1);
      g_autofree char *caption = NULL;

      for (guint p = 0; p < n; p++)
        names[p] = sw_meeting_get_participant_name (meeting, p);
      marks = sw_team_get_participant_verdict (team, active);

      if (blind.hidden)
        {
          g_autofree char *notice = NULL;
          gboolean shown = sw_blind_vote_shows_participant (&blind, sw_meeting_get_participant_voted (meeting, active));

          verdict = sw_verdict_ref (marks);
          if (shown)
            /* Translators: the pane's caption in a blind vote, "Ana's own verdict" */
            caption = g_strdup_printf (_("%s’s own verdict"), active_name);
          else
            {
              g_autofree char *sealed = NULL;

              caption = g_strdup (_("Blind vote"));
              /* Translators: replaces the sliders of someone who has voted in a blind vote, "Ana has voted. …" */
              sealed = g_strdup_printf (_("%s has voted. Their priorities stay hidden until everyone has voted."),
                                        active_name);
              sw_decision_form_set_sealed (self->decision_form, sealed);
            }
          /* Translators: "Blind vote: 1 of 3 have voted. The team’s result appears when everyone has." */
          notice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Blind vote: %u of %u has voted. The team’s result appears when everyone has.",
                                                 "Blind vote: %u of %u have voted. The team’s result appears when everyone has.",
                                                 blind.voted),
                                    blind.voted, blind.of);
          sw_recommendation_pane_set_team (self->recommendation_pane, NULL, NULL);
          sw_recommendation_pane_set_team_tipping (self->recommendation_pane, NULL);
          sw_recommendation_pane_set_notice (self->recommendation_pane, notice);
          sealed_pane = !shown;
        }
      else
        {
          verdict = sw_verdict_ref (sw_team_get_verdict (team));
          /* Translators: the pane's caption for a team, "Team recommendation · 3 participants" */
          caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Team recommendation · %u participant",
                                                  "Team recommendation · %u participants", n),
                                     n);
          /* The marks on the active participant's sliders, and the pane's
           * sentences, say where one of their sliders flips the team's answer
           * with everyone else held. */
          team_marks = sw_team_dup_participant_marks (team, active,
                                                      sw_meeting_get_participant_weights (meeting, active));
          marks = team_marks;
          tipping = sw_report_dup_team_tipping (meeting, team, team_marks);

          sw_recommendation_pane_set_team (self->recommendation_pane, team, names);
          sw_recommendation_pane_set_team_tipping (self->recommendation_pane, (const char * const *) tipping);
          sw_recommendation_pane_set_notice (self->recommendation_pane, NULL);
        }
      sw_recommendation_pane_set_caption (self->recommendation_pane, caption);
    }

  /* A weighted question about the situation with no answer yet: ask it. */
  if (team == NULL || !sw_meeting_get_blind (meeting) || sw_meeting_get_everyone_voted (meeting))
    {
      g_autofree char *question = sw_situation_dup_question (sw_meeting_get_situated_dataset (meeting),
                                                             sw_meeting_get_weights (meeting));

      sw_recommendation_pane_set_notice (self->recommendation_pane, question);
    }

  /* In the middle of a drag, the robustness waits for the slider to rest;
   * any other change (a click, a key, a preset, a file) shows it at once. */
  if (sw_meeting_is_changing (meeting))
    {
      self->last_change_time = g_get_monotonic_time ();
      if (self->robustness_id == 0)
        self->robustness_id = g_timeout_add (ROBUSTNESS_REST_MS, robustness_rest_timeout, self);
    }
  else
    {
      g_clear_handle_id (&self->robustness_id, g_source_remove);
      sw_verdict_estimate_robustness (verdict);
    }

  sw_recommendation_pane_set_verdict (self->recommendation_pane, verdict);
  sw_recommendation_pane_set_sealed (self->recommendation_pane, sealed_pane);
  sw_decision_form_set_verdict (self->decision_form, marks);

  g_clear_pointer (&self->verdict, sw_verdict_unref);
  self->verdict = g_steal_pointer (&verdict);
  g_clear_pointer (&self->team, sw_team_unref);
  self->team = g_steal_pointer (&team);
  sw_window_update_export_actions (self);
}

static void
meeting_changed (SwWindow   *self,
                  SwMeeting *meeting)
{
  show_meeting (self, meeting);

  if (self->save_meeting_id == 0)
    self->save_meeting_id = g_timeout_add (SAVE_DECISION_DELAY_MS, save_meeting, self);
}

static void
update_history_actions (SwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", sw_meeting_can_undo (self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", sw_meeting_can_redo (self->meeting));
}

/* A new dataset gets a new decision: the weights of criteria it shares with
 * the previous one carry over; the first one comes from the settings. */
static void
sw_window_replace_meeting (SwWindow  *self,
                            SwDataset *dataset)
{
  g_autoptr(SwMeeting) meeting = sw_meeting_new_from (dataset, self->meeting);
  gboolean first = self->meeting == NULL;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);
  sw_recovery_set_meeting (self->recovery, meeting);

  g_signal_connect_swapped (meeting, "changed", G_CALLBACK (meeting_changed), self);
  g_signal_connect_swapped (meeting, "notify::can-undo", G_CALLBACK (update_history_actions), self);
  g_signal_connect_swapped (meeting, "notify::can-redo", G_CALLBACK (update_history_actions), self);
  /* The title marks unsaved work, which depends on the team and the notes too. */
  g_signal_connect_swapped (meeting, "notify::modified", G_CALLBACK (sw_window_update_title), self);
  g_signal_connect_swapped (meeting, "participants-changed", G_CALLBACK (sw_window_update_title), self);
  g_signal_connect_swapped (meeting, "notify::notes", G_CALLBACK (sw_window_update_title), self);

  sw_decision_form_set_meeting (self->decision_form, meeting);
  sw_window_votes_meeting_replaced (self);
  update_history_actions (self);

  if (first)
    {
      restore_meeting (self);
      restore_situation (self);
      /* The settings already hold what was restored: writing it back would
       * only start the settings service at every launch. */
      g_clear_handle_id (&self->save_meeting_id, g_source_remove);
    }
  else
    meeting_changed (self, meeting);
  sw_window_update_title (self);
}

static void
apply_preset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  int index = sw_dataset_find_preset (self->dataset, id);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (index >= 0 && sw_meeting_get_active_sealed (self->meeting))
    {
      guint active = sw_meeting_get_active_participant (self->meeting);

      /* Translators: a toast, "Ben has voted: a preset cannot change a sealed ballot" */
      title = g_strdup_printf (_("%s has voted: a preset cannot change a sealed ballot"),
                               sw_meeting_get_participant_name (self->meeting, active));
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
      return;
    }

  if (index < 0 || !sw_meeting_apply_preset (self->meeting, id))
    return;

  /* From a comparison page the sliders are out of sight: the pane shows the
   * result, and a toast says what changed and offers the way back. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "decide") == 0)
    return;

  /* Translators: a toast, "Preset applied: Validate ideas quickly" */
  title = g_strdup_printf (_("Preset applied: %s"), sw_dataset_get_preset (self->dataset, index)->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  sw_meeting_undo (SW_WINDOW (widget)->meeting);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  sw_meeting_redo (SW_WINDOW (widget)->meeting);
}

static void
reset_weights_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sw_meeting_reset (SW_WINDOW (widget)->meeting);
}

void
sw_window_set_dataset (SwWindow  *self,
                       SwDataset *dataset)
{
  g_autofree char *subtitle = NULL;
  const char *origin;

  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (SW_IS_DATASET (dataset));

  if (self->dataset != NULL && self->meeting_file_file != NULL &&
      g_strcmp0 (sw_dataset_get_id (self->dataset), sw_dataset_get_id (dataset)) != 0)
    {
      /* The meeting file belongs to the other dataset: saving asks for a new name. */
      g_clear_object (&self->meeting_file_file);
    }

  if (!g_set_object (&self->dataset, dataset))
    return;

  origin = sw_dataset_get_origin (dataset);
  if (g_strcmp0 (origin, SW_DATASET_ORIGIN_BUILT_IN) == 0)
    /* Translators: in the window subtitle, where a file name would be: the
     * comparison that comes with the app */
    origin = C_("dataset origin", "built-in");

  /* Translators: the window subtitle, "<dataset title> · <file name or built-in>" */
  subtitle = g_strdup_printf (_("%s · %s"), sw_dataset_get_title (dataset), origin);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* One comparison page per section, in the technologies' colors. */
  sw_tech_style_apply (GTK_WIDGET (self), dataset);
  sw_comparison_page_fill_stack (self->page_stack, dataset);
  sw_window_replace_meeting (self, dataset);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* Opening another comparison: a file, then the window's pages follow it. */

gboolean
sw_window_load_dataset_file (SwWindow  *self,
                             GFile     *file,
                             GError   **error)
{
  g_autoptr(SwDataset) dataset = NULL;

  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Nothing changes unless the whole file is good. */
  dataset = sw_dataset_new_from_file (file, NULL, error);
  if (dataset == NULL)
    return FALSE;

  sw_window_set_dataset (self, dataset);
  return TRUE;
}

/* Short messages fit a toast; longer ones get a dialog so nothing is cut off. */
#define TOAST_MAX_CHARS 72

void
sw_window_show_error (SwWindow   *self,
                      const char *title,
                      const char *message)
{
  if (g_utf8_strlen (message, -1) <= TOAST_MAX_CHARS)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
sw_window_show_load_error (SwWindow   *self,
                           const char *message)
{
  sw_window_show_error (self, _("Could Not Open Comparison"), message);
}

void
sw_window_open_dataset (SwWindow *self,
                        GFile    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!sw_window_load_dataset_file (self, file, &error))
    sw_window_show_load_error (self, error->message);
}

/* A file dropped on the window goes through the same doors as File → Open:
 * a meeting (.stackwise) asks first when there is unsaved work, anything else
 * is read as a comparison; either refuses a bad file with a message and keeps
 * what is open. */
static gboolean
window_drop (GtkDropTarget *target,
             const GValue  *value,
             double         x,
             double         y,
             SwWindow      *self)
{
  GSList *files;
  GFile *file;
  g_autofree char *basename = NULL;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  file = files->data;
  basename = g_file_get_basename (file);
  if (basename != NULL && g_str_has_suffix (basename, ".stackwise"))
    sw_window_request_open_meeting (self, file);
  else
    sw_window_open_dataset (self, file);
  return TRUE;
}

static void
choose_file_response (GtkNativeDialog *chooser,
                      int              response,
                      gpointer         user_data)
{
  SwWindow *self = user_data;
  SwWindowFileFunc on_file = g_object_get_data (G_OBJECT (chooser), "sw-on-file");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        on_file (self, file);
    }

  g_object_unref (chooser);
}

void
sw_window_choose_file (SwWindow             *self,
                       GtkFileChooserNative *chooser,
                       SwWindowFileFunc      on_file)
{
  g_object_set_data (G_OBJECT (chooser), "sw-on-file", on_file);
  /* The handler goes with the window. */
  g_signal_connect_object (chooser, "response", G_CALLBACK (choose_file_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_dataset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Comparison"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (json_filter, _("Comparison datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter);
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);

  sw_window_choose_file (self, chooser, sw_window_open_dataset);
}

/* A page chosen in the folded sidebar: the sidebar makes way for it. */
static void
page_list_activated (SwWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* F6 and Shift+F6 take the focus round the window's regions: the pages'
 * list (when it is shown), the page, the recommendation pane. */
static gboolean
focus_region (SwWindow  *self,
              GtkWidget *region)
{
  if (!gtk_widget_get_mapped (region))
    return FALSE;

  if (region == self->sidebar)
    {
      GtkListBoxRow *row = sw_page_list_get_selected_row (self->page_list);

      if (!adw_flap_get_reveal_flap (self->flap))
        return FALSE;
      if (row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row)))
        return TRUE;
    }

  return gtk_widget_child_focus (region, GTK_DIR_TAB_FORWARD);
}

static void
focus_region_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1;
  GtkWidget *regions[] = { self->sidebar, GTK_WIDGET (self->page_stack), GTK_WIDGET (self->recommendation_pane) };
  int n = G_N_ELEMENTS (regions);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int current = step > 0 ? -1 : n;

  for (int i = 0; i < n; i++)
    if (focus != NULL && (focus == regions[i] || gtk_widget_is_ancestor (focus, regions[i])))
      current = i;

  for (int k = 1; k <= n; k++)
    {
      int next = ((current + k * step) % n + n) % n;

      if (next != current && focus_region (self, regions[next]))
        return;
    }
}

/* The remembered page may belong to another dataset: then the page stays as it is. */
static gboolean
page_from_setting (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  GtkStack *stack = user_data;
  const char *name = g_variant_get_string (variant, NULL);

  if (gtk_stack_get_child_by_name (stack, name) == NULL)
    name = gtk_stack_get_visible_child_name (stack);
  if (name == NULL)
    return FALSE;

  g_value_set_string (value, name);
  return TRUE;
}

static GVariant *
page_to_setting (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char *name = g_value_get_string (value);

  return name != NULL ? g_variant_new_string (name) : NULL;
}

/* The Keyboard Shortcuts window (Ctrl+?), built the first time it is asked
 * for rather than with every window. GtkApplicationWindow then keeps it
 * (hidden on close), shows the accelerators of its actions and destroys it
 * with the window. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *help_overlay = gtk_application_window_get_help_overlay (window);

  if (help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/help-overlay.ui");

      help_overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, help_overlay);
    }

  gtk_window_present (GTK_WINDOW (help_overlay));
}

/* The main menu's hundred widgets are built when it first opens (a click,
 * F10), not with the window. */
static void
primary_menu_create_popup (GtkMenuButton *button,
                           gpointer       user_data)
{
  SwWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
sw_window_dispose (GObject *object)
{
  SwWindow *self = (SwWindow *)object;

  /* Tearing the stack down must not overwrite the remembered page. */
  if (self->page_stack != NULL)
    g_settings_unbind (self->page_stack, "visible-child-name");
  sw_window_dispose_votes (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_WINDOW);

  /* The weights of the last moment are kept for the next start. */
  if (self->save_meeting_id != 0)
    {
      g_clear_handle_id (&self->save_meeting_id, g_source_remove);
      save_meeting (self);
    }
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_handle_id (&self->robustness_id, g_source_remove);
  sw_window_dispose_meeting (self);
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  g_clear_pointer (&self->team, sw_team_unref);
  g_clear_object (&self->meeting);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sw_window_parent_class)->dispose (object);
}

static void
sw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, sw_window_get_presenting (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      sw_window_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_PRESENTING:
      sw_window_set_presenting (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_class_init (SwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_window_dispose;
  object_class->get_property = sw_window_get_property;
  object_class->set_property = sw_window_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SW_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Ctrl+O opens a meeting file (sw-window-meeting.c), as in any document app. */
  gtk_widget_class_install_action (widget_class, "win.open-dataset", NULL, open_dataset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-dataset", NULL);

  gtk_widget_class_install_action (widget_class, "win.apply-preset", "s", apply_preset_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.reset-weights", NULL, reset_weights_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.focus-region", "i", focus_region_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.focus-region", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.focus-region", "i", -1);
  /* Its Ctrl+? is the application's accelerator (sw-application.c). */
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  sw_window_class_init_meeting (widget_class);
  sw_window_class_init_votes (widget_class);

  g_type_ensure (SW_TYPE_DECISION_FORM);
  g_type_ensure (SW_TYPE_PAGE_LIST);
  g_type_ensure (SW_TYPE_RECOMMENDATION_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, flap);
  /* Not kept, but the tests look for it. */
  gtk_widget_class_bind_template_child_full (widget_class, "sidebar_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, page_list);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, decision_form);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, recommendation_pane);
}

static void
sw_window_init (SwWindow *self)
{
  g_autoptr(SwDataset) dataset = NULL;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, primary_menu_create_popup, self, NULL);
  g_signal_connect_object (self->page_list, "activated", G_CALLBACK (page_list_activated), self,
                           G_CONNECT_SWAPPED);
  /* A stop for F6 and Tab, named for a screen reader, even where it holds
   * nothing else that takes the focus. */
  gtk_widget_set_focusable (GTK_WIDGET (self->recommendation_pane), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->recommendation_pane),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recommendation"), -1);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  sw_window_init_meeting (self);
  sw_window_init_recovery (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (window_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  dataset = sw_dataset_get_default ();
  sw_window_set_dataset (self, dataset);

  /* After the pages exist, so that the remembered one can be shown. */
  g_settings_bind_with_mapping (self->settings, "page", self->page_stack, "visible-child-name",
                                G_SETTINGS_BIND_DEFAULT, page_from_setting, page_to_setting,
                                self->page_stack, NULL);
}
