/* sw-window.c — the main window: pages beside the recommendation pane
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window arranges its parts and routes actions. What the meeting does
 * with files and recovery is SwMeetingSession's, exports are sw-export's,
 * Collect Votes is SwVoteCollector's and the type size is SwZoom's; the
 * window shows their questions, choosers and messages.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <string.h>

#include "sw-blind-vote.h"
#include "sw-comparison-page.h"
#include "sw-decision-form.h"
#include "sw-evaluate.h"
#include "sw-export.h"
#include "sw-meeting-file.h"
#include "sw-meeting-session.h"
#include "sw-meeting-settings.h"
#include "sw-page-list.h"
#include "sw-recommendation-pane.h"
#include "sw-recovery-offer.h"
#include "sw-report.h"
#include "sw-robustness.h"
#include "sw-save.h"
#include "sw-tech-style.h"
#include "sw-toast.h"
#include "sw-vote-collector.h"
#include "sw-window.h"
#include "sw-zoom.h"

struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  /* The open meeting, its file, unsaved changes and recovery. */
  SwMeetingSession     *session;
  /* The dataset shown and the session's meeting, as followed by the window. */
  SwDataset            *dataset;
  SwMeeting            *meeting;
  /* One person's weights and the situation, kept between starts. */
  SwMeetingSettings    *meeting_settings;

  /* The verdict on screen (the team's, or one person's) and the team, if any. */
  SwVerdict            *verdict;
  SwTeam               *team;
  /* While a slider moves, the verdict's robustness waits until it rests:
   * the source that estimates it, and when the last change came (µs). */
  guint                 robustness_id;
  gint64                last_change_time;

  /* A file to open once unsaved changes are dealt with. */
  GFile                *pending_open;
  /* Set once the user chose to close without saving, so close-request lets go. */
  gboolean              close_confirmed;

  /* Zoom and present mode: how large the window draws. */
  SwZoom               *zoom;
  gboolean              fullscreen_seen;
  /* Whether the pages' list was shown when present mode began, to show it again after. */
  gboolean              reveal_before_present;

  /* Ballots from the participants' devices. */
  SwVoteCollector      *votes;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  /* The main menu's model: its popover is built when the menu first opens. */
  GMenuModel           *primary_menu;
  GtkToggleButton      *present_button;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  GtkWidget            *sidebar;
  SwPageList           *page_list;
  GtkWidget            *content_box;
  GtkStack             *page_stack;
  SwDecisionForm       *decision_form;
  SwRecommendationPane *recommendation_pane;
};

typedef void (*SwWindowContinuation) (SwWindow *self);

static void update_export_actions (SwWindow *self);

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
  /* Known as a GtkApplication only: the application includes the window. */
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

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

SwMeeting *
sw_window_get_meeting (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->meeting;
}

/* The robustness estimate is the costliest part of a verdict (a Monte Carlo
 * run of some 0.2 ms). While a slider is being dragged, the pane follows
 * every value without it, marking the figure as being recomputed, and the
 * estimate runs once the slider has rested this long. */
#define ROBUSTNESS_REST_MS 120

static void
settle_robustness (SwWindow *self)
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
    settle_robustness (self);

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
  update_export_actions (self);
}


static void
update_history_actions (SwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", sw_meeting_can_undo (self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", sw_meeting_can_redo (self->meeting));
}

/* A new dataset gets a new meeting from the session: the window follows it. */
static void
follow_meeting (SwWindow *self)
{
  SwMeeting *meeting = sw_meeting_session_get_meeting (self->session);
  gboolean first = self->meeting == NULL;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);

  g_signal_connect_swapped (meeting, "changed", G_CALLBACK (show_meeting), self);
  g_signal_connect_swapped (meeting, "notify::can-undo", G_CALLBACK (update_history_actions), self);
  g_signal_connect_swapped (meeting, "notify::can-redo", G_CALLBACK (update_history_actions), self);

  sw_decision_form_set_meeting (self->decision_form, meeting);
  sw_vote_collector_set_meeting (self->votes, meeting);
  update_history_actions (self);

  /* The first meeting takes one person's weights from the settings, which
   * it shows as a change; another one is shown now. */
  sw_meeting_settings_set_meeting (self->meeting_settings, meeting);
  if (!first)
    show_meeting (self, meeting);
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

  if (index >= 0 && sw_meeting_get_active_sealed (self->meeting))
    {
      guint active = sw_meeting_get_active_participant (self->meeting);

      /* Translators: a toast, "Ben has voted: a preset cannot change a sealed ballot" */
      title = g_strdup_printf (_("%s has voted: a preset cannot change a sealed ballot"),
                               sw_meeting_get_participant_name (self->meeting, active));
      sw_toast_add (self->toast_overlay, adw_toast_new (title));
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
  sw_toast_offer_undo (self->toast_overlay, self->meeting, title);
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
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (SW_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* One comparison page per section, in the technologies' colors. */
  sw_tech_style_apply (GTK_WIDGET (self), dataset);
  sw_comparison_page_fill_stack (self->page_stack, dataset);
  sw_meeting_session_set_dataset (self->session, dataset);
  follow_meeting (self);

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

static void
show_error (SwWindow   *self,
            const char *title,
            const char *message)
{
  /* A save that ends after the window has gone has nobody to tell. */
  if (self->toast_overlay == NULL)
    return;

  if (g_utf8_strlen (message, -1) <= TOAST_MAX_CHARS)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 10);
      sw_toast_add (self->toast_overlay, toast);
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
  show_error (self, _("Could Not Open Comparison"), message);
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

typedef void (*SwWindowFileFunc) (SwWindow *self,
                                  GFile    *file);

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

/* Shows a file chooser, which owns itself until it answers; when the user
 * accepts, on_file gets the chosen file. */
static void
choose_file (SwWindow             *self,
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

  choose_file (self, chooser, sw_window_open_dataset);
}

/* Meeting files: the session reads and writes them; the window asks about
 * unsaved changes, picks files and shows what went wrong. */

SwMeetingSession *
sw_window_get_session (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->session;
}

GFile *
sw_window_get_meeting_file_file (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return sw_meeting_session_get_file (self->session);
}

void
sw_window_new_meeting (SwWindow *self)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  sw_meeting_session_new_meeting (self->session);
}

gboolean
sw_window_load_meeting_file_file (SwWindow  *self,
                                  GFile     *file,
                                  GError   **error)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);

  return sw_meeting_session_open (self->session, file, NULL, error);
}

gboolean
sw_window_save_meeting_file (SwWindow  *self,
                             GFile     *file,
                             GError   **error)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return sw_meeting_session_save (self->session, file, NULL, error);
}

static void
open_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(SwWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (!sw_meeting_session_open_finish (SW_MEETING_SESSION (source), result, &error))
    show_error (self, _("Could Not Open Meeting"), error->message);
}

void
sw_window_open_meeting (SwWindow *self,
                        GFile    *file)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  sw_meeting_session_open_async (self->session, file, NULL, open_done, g_object_ref (self));
}

/* File choosers: native, so that they go through the portal in the sandbox. */

static GtkFileFilter *
meeting_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Stackwise meetings"));
  gtk_file_filter_add_suffix (filter, "stackwise");
  gtk_file_filter_add_mime_type (filter, SW_MEETING_FILE_MIME_TYPE);

  return filter;
}

static GtkFileChooserNative *
new_chooser (SwWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             GtkFileFilter        *filter,
             const char           *suggested_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept,
                                                               _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  if (sw_meeting_session_get_file (self->session) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (sw_meeting_session_get_file (self->session));

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  return chooser;
}

/* The chosen file, with `extension` added when the name has none. */
static GFile *
chosen_file (GtkNativeDialog *chooser,
             const char      *extension)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *basename = NULL;

  if (file == NULL || extension == NULL)
    return g_steal_pointer (&file);

  basename = g_file_get_basename (file);
  if (basename != NULL && strchr (basename, '.') == NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *named = g_strconcat (basename, extension, NULL);

      if (parent != NULL)
        return g_file_get_child (parent, named);
    }

  return g_steal_pointer (&file);
}

/* Saving happens in a thread; `then` runs once saved, and not if it failed. */

typedef struct
{
  SwWindow             *self;
  SwWindowContinuation  then;
} Saving;

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Saving *saving = data;
  g_autoptr(SwWindow) self = saving->self;
  SwWindowContinuation then = saving->then;
  g_autoptr(GError) error = NULL;

  g_free (saving);
  if (!sw_meeting_session_save_finish (SW_MEETING_SESSION (source), result, &error))
    show_error (self, _("Could Not Save"), error->message);
  else if (then != NULL)
    then (self);
}

/* To `file`, or to the meeting's own file when NULL. */
static void
save_to (SwWindow             *self,
         GFile                *file,
         SwWindowContinuation  then)
{
  Saving *saving = g_new0 (Saving, 1);

  saving->self = g_object_ref (self);
  saving->then = then;
  sw_meeting_session_save_async (self->session, file, NULL, save_done, saving);
}

static void
save_as_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  SwWindow *self = user_data;
  SwWindowContinuation then = g_object_get_data (G_OBJECT (chooser), "sw-then");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = chosen_file (chooser, SW_MEETING_FILE_EXTENSION);

      if (file != NULL)
        save_to (self, file, then);
    }

  g_object_unref (chooser);
}

static void
save_as (SwWindow             *self,
         SwWindowContinuation  then)
{
  g_autofree char *name = sw_meeting_session_dup_name (self->session);
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *chooser;

  /* Translators: the file name a new meeting file is offered under */
  suggested = g_strconcat (name != NULL ? name : _("meeting"), SW_MEETING_FILE_EXTENSION, NULL);
  chooser = new_chooser (self, _("Save Meeting"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                         meeting_file_filter (), suggested);
  g_object_set_data (G_OBJECT (chooser), "sw-then", then);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_as_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Saves to the open file, or asks for one. */
static void
save (SwWindow             *self,
      SwWindowContinuation  then)
{
  if (sw_meeting_session_get_file (self->session) == NULL)
    save_as (self, then);
  else
    save_to (self, NULL, then);
}

typedef struct
{
  SwWindow             *self;
  SwWindowContinuation  then;
  gboolean              save_first;
} Pending;

static gboolean
run_pending (gpointer data)
{
  Pending *pending = data;

  if (pending->save_first)
    save (pending->self, pending->then);
  else
    pending->then (pending->self);

  g_object_unref (pending->self);
  g_free (pending);

  return G_SOURCE_REMOVE;
}

/* Asks before unsaved work would be lost: Save, Discard or Cancel. What follows
 * runs once the dialog is gone: closing the window from inside the dialog's
 * response would pull its parent away while it still closes itself. */
static void
confirm_response (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  Pending *pending;

  if (!g_str_equal (response, "save") && !g_str_equal (response, "discard"))
    return;

  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (SW_WINDOW (user_data));
  pending->then = g_object_get_data (G_OBJECT (dialog), "sw-then");
  pending->save_first = g_str_equal (response, "save");
  g_idle_add (run_pending, pending);
}

static void
confirm_then (SwWindow             *self,
              SwWindowContinuation  then)
{
  g_autofree char *name = sw_meeting_session_dup_name (self->session);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* The session knows whether anything would be lost. */
  if (!sw_meeting_session_get_unsaved (self->session))
    {
      then (self);
      return;
    }

  if (name != NULL)
    /* Translators: "Save Changes to “meeting”?" */
    heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  else
    heading = g_strdup (_("Save the Meeting?"));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The participants, their weights and the notes are not saved yet. "
                                     "Without saving, these changes are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "sw-then", then);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_now (SwWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sw_window_close_request (GtkWindow *window)
{
  SwWindow *self = SW_WINDOW (window);
  GtkWindowClass *parent_class = g_type_class_peek (ADW_TYPE_APPLICATION_WINDOW);

  if (!self->close_confirmed && sw_meeting_session_get_unsaved (self->session))
    {
      confirm_then (self, close_now);
      return TRUE;
    }

  /* A clean quit: nothing is left to recover. */
  sw_meeting_session_discard_recovery (self->session);
  return parent_class->close_request (window);
}

static void
new_meeting_now (SwWindow *self)
{
  sw_window_new_meeting (self);
}

static void
new_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  confirm_then (SW_WINDOW (widget), new_meeting_now);
}

static void
open_now (SwWindow *self)
{
  GtkFileChooserNative *chooser = new_chooser (self, _("Open Meeting"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), meeting_file_filter (), NULL);

  choose_file (self, chooser, sw_window_open_meeting);
}

static void
open_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  confirm_then (SW_WINDOW (widget), open_now);
}

static void
open_pending_now (SwWindow *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_open);

  if (file != NULL)
    sw_window_open_meeting (self, file);
}

void
sw_window_request_open_meeting (SwWindow *self,
                                 GFile    *file)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->pending_open, file);
  confirm_then (self, open_pending_now);
}

static void
save_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  save (SW_WINDOW (widget), NULL);
}

static void
save_meeting_as_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  save_as (SW_WINDOW (widget), NULL);
}

/* Exports: sw-export makes them from what the window shows. */

static SwExportSource
export_source (SwWindow *self)
{
  /* What is exported is complete: no robustness left waiting for a slider. */
  settle_robustness (self);

  return (SwExportSource) {
    .meeting = self->meeting,
    .verdict = self->verdict,
    .team = self->team,
    .show_team = gtk_widget_get_visible (GTK_WIDGET (self->recommendation_pane)),
    .pane = GTK_WIDGET (self->recommendation_pane),
  };
}

static gboolean
export_file (SwWindow        *self,
             SwExportFormat   format,
             GFile           *file,
             GError         **error)
{
  SwExportSource source;

  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  source = export_source (self);
  return sw_export_to_file (format, &source, file, error);
}

gboolean
sw_window_export_record_file (SwWindow  *self,
                              GFile     *file,
                              GError   **error)
{
  return export_file (self, SW_EXPORT_RECORD, file, error);
}

gboolean
sw_window_export_pdf_file (SwWindow  *self,
                           GFile     *file,
                           GError   **error)
{
  return export_file (self, SW_EXPORT_PDF, file, error);
}

gboolean
sw_window_export_png_file (SwWindow  *self,
                           GFile     *file,
                           GError   **error)
{
  return export_file (self, SW_EXPORT_IMAGE, file, error);
}

char *
sw_window_dup_summary (SwWindow *self)
{
  SwExportSource source;

  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  source = export_source (self);
  return sw_export_dup_summary (&source);
}

void
sw_window_copy_summary (SwWindow *self)
{
  SwExportSource source;

  g_return_if_fail (SW_IS_WINDOW (self));

  source = export_source (self);
  sw_export_copy_summary (&source, gtk_widget_get_clipboard (GTK_WIDGET (self)));
  sw_toast_add (self->toast_overlay, adw_toast_new (_("Summary copied")));
}

static void
export_response (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  SwWindow *self = user_data;
  SwExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "sw-format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      SwExportInfo info;

      sw_export_get_info (format, &info);
      file = chosen_file (chooser, info.extension);

      if (file != NULL && !export_file (self, format, file, &error))
        show_error (self, _("Could Not Export"), error->message);
      else if (file != NULL)
        {
          g_autofree char *name = sw_save_dup_display_name (file);
          /* Translators: a toast, "Saved decision.md" */
          g_autofree char *message = g_strdup_printf (_("Saved %s"), name);

          sw_toast_add (self->toast_overlay, adw_toast_new (message));
        }
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  SwExportFormat format = g_str_equal (action_name, "win.export-record") ? SW_EXPORT_RECORD
                          : g_str_equal (action_name, "win.export-pdf") ? SW_EXPORT_PDF
                          : SW_EXPORT_IMAGE;
  SwExportInfo info;
  g_autofree char *name = sw_meeting_session_dup_name (self->session);
  g_autofree char *suggested = NULL;
  GtkFileFilter *filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  sw_export_get_info (format, &info);
  gtk_file_filter_set_name (filter, info.filter_name);
  gtk_file_filter_add_suffix (filter, info.extension + 1);
  gtk_file_filter_add_mime_type (filter, info.mime_type);

  suggested = g_strconcat (name != NULL ? name : info.file_stem, info.extension, NULL);
  chooser = new_chooser (self, info.title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), filter, suggested);
  g_object_set_data (G_OBJECT (chooser), "sw-format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sw_window_copy_summary (SW_WINDOW (widget));
}

static void
update_export_actions (SwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-record",
                                 sw_export_is_available (SW_EXPORT_RECORD, self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf",
                                 sw_export_is_available (SW_EXPORT_PDF, self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-png",
                                 sw_export_is_available (SW_EXPORT_IMAGE, self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-summary", TRUE);
}

/* Present mode and zoom: SwZoom scales the window; the window arranges itself. */

double
sw_window_get_scale (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), 1.0);

  return self->zoom != NULL ? sw_zoom_get_scale (self->zoom) : 1.0;
}

static void
scale_changed (SwWindow *self)
{
  sw_recommendation_pane_set_scale (self->recommendation_pane, sw_zoom_get_scale (self->zoom));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", sw_zoom_can_step (self->zoom, 1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", sw_zoom_can_step (self->zoom, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", sw_zoom_can_step (self->zoom, 0));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sw_zoom_step (SW_WINDOW (widget)->zoom, 1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sw_zoom_step (SW_WINDOW (widget)->zoom, -1);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sw_zoom_step (SW_WINDOW (widget)->zoom, 0);
}

gboolean
sw_window_get_presenting (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);

  /* The "presenting" property is read before the window has its zoom, and after. */
  return self->zoom != NULL && sw_zoom_get_presenting (self->zoom);
}

/* Full screen, the pages' list folded away, everything larger. */
void
sw_window_set_presenting (SwWindow *self,
                          gboolean  presenting)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  presenting = !!presenting;
  if (self->zoom == NULL || sw_zoom_get_presenting (self->zoom) == presenting)
    return;

  sw_zoom_set_presenting (self->zoom, presenting);
  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "present");
      self->reveal_before_present = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "present");
      /* The layout as it was: the pages' list comes back if it was there. */
      adw_flap_set_reveal_flap (self->flap, self->reveal_before_present);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-present", presenting);

  g_object_notify (G_OBJECT (self), "presenting");
}

static void
leave_present_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sw_window_set_presenting (SW_WINDOW (widget), FALSE);
}

/* Leaving full screen another way (the window manager's key) leaves present mode. */
static void
fullscreened_changed (SwWindow *self)
{
  if (sw_window_get_presenting (self) && !gtk_window_is_fullscreen (GTK_WINDOW (self)) &&
      gtk_widget_get_mapped (GTK_WIDGET (self)) && self->fullscreen_seen)
    sw_window_set_presenting (self, FALSE);
  self->fullscreen_seen = gtk_window_is_fullscreen (GTK_WINDOW (self));
}

/* The window's size decides how much larger present mode draws. */
static void
sw_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  GtkWidgetClass *parent_class = g_type_class_peek (ADW_TYPE_APPLICATION_WINDOW);

  parent_class->size_allocate (widget, width, height, baseline);
  if (SW_WINDOW (widget)->zoom != NULL)
    sw_zoom_set_width (SW_WINDOW (widget)->zoom, width);
}

/* Collect Votes: SwVoteCollector runs it; the window enables the actions
 * and says what happened. */

static void
update_collect_actions (SwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.collect-votes",
                                 sw_vote_collector_get_can_collect (self->votes));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-collecting",
                                 sw_vote_collector_get_collecting (self->votes));
}

static void
votes_closed (SwWindow *self)
{
  sw_toast_add (self->toast_overlay,
                adw_toast_new (_("Everyone has voted: ballots are closed")));
}

static void
collect_votes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sw_vote_collector_start (self->votes, &error))
    show_error (self, _("Could Not Collect Votes"), error->message);
}

static void
stop_collecting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sw_vote_collector_stop (SW_WINDOW (widget)->votes);
}

/* Clearing a sealed ballot: the participant votes again, and nobody sees the
 * weights they voted with. Asked first, since it cannot be undone. */

static void
clear_ballot_response (AdwMessageDialog *dialog,
                       const char       *response,
                       SwWindow         *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "sw-name");
  guint n = sw_meeting_get_n_participants (self->meeting);

  if (!g_str_equal (response, "clear"))
    return;

  /* By name: the list may have changed while the dialog was open. */
  for (guint p = 0; p < n; p++)
    if (g_strcmp0 (sw_meeting_get_participant_name (self->meeting, p), name) == 0)
      {
        sw_meeting_set_participant_voted (self->meeting, p, FALSE);
        break;
      }
}

static void
clear_ballot_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: a dialog's heading, "Clear Ana’s Ballot?" */
  heading = g_strdup_printf (_("Clear %s’s Ballot?"), name);
  /* Translators: the dialog that clears a ballot in a blind vote, "Ana votes again …" */
  body = g_strdup_printf (_("%s votes again, from sliders at zero. The priorities of the ballot "
                            "they cast stay hidden and are discarded; this cannot be undone."), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "clear", _("C_lear Ballot"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "clear", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sw-name", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (clear_ballot_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Crash recovery: the session keeps the meeting on disk as it changes and
 * restores it; the window asks. */

static void
recovery_write_failed (SwWindow     *self,
                       const GError *error)
{
  show_error (self, _("Could Not Keep the Meeting for Recovery"), error->message);
}

SwRecovery *
sw_window_get_recovery (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return sw_meeting_session_get_recovery (self->session);
}

static void
offer_response (AdwMessageDialog *dialog,
                const char       *response,
                SwWindow         *self)
{
  SwRecovered *recovered = g_object_get_data (G_OBJECT (dialog), "sw-recovered");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") != 0)
    sw_meeting_session_discard_recovery (self->session);
  else if (!sw_meeting_session_restore (self->session, recovered, &error))
    show_error (self, _("Could Not Keep the Meeting for Recovery"), error->message);
}

/* Called once, for the window an application opens at start. */
GtkWidget *
sw_window_offer_recovery (SwWindow *self)
{
  g_autoptr(SwRecovered) recovered = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  recovered = sw_meeting_session_read_recovery (self->session, &error);
  if (recovered == NULL)
    {
      if (error != NULL)
        show_error (self, _("Could Not Restore the Meeting"), error->message);
      return NULL;
    }

  dialog = sw_recovery_offer_new (GTK_WINDOW (self), recovered);
  g_object_set_data_full (G_OBJECT (dialog), "sw-recovered", g_steal_pointer (&recovered),
                          (GDestroyNotify) sw_recovered_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (offer_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
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
  /* The server stops with the window, whatever else holds the collection. */
  if (self->votes != NULL)
    g_signal_handlers_disconnect_by_data (self->votes, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self->votes);
  g_clear_object (&self->votes);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_WINDOW);

  /* The weights of the last moment are kept for the next start. */
  g_clear_object (&self->meeting_settings);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_handle_id (&self->robustness_id, g_source_remove);
  g_clear_object (&self->zoom);
  g_clear_object (&self->session);
  g_clear_object (&self->pending_open);
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

  /* Ctrl+O opens a meeting file (win.open-meeting), as in any document app. */
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

  GTK_WINDOW_CLASS (klass)->close_request = sw_window_close_request;
  widget_class->size_allocate = sw_window_size_allocate;

  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.open-meeting", NULL, open_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.save-meeting", NULL, save_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.save-meeting-as", NULL, save_meeting_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-meeting-as", NULL);

  gtk_widget_class_install_action (widget_class, "win.export-record", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-png", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-summary", NULL, copy_summary_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-summary", NULL);

  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.leave-present", NULL, leave_present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-present", NULL);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);

  gtk_widget_class_install_action (widget_class, "win.collect-votes", NULL, collect_votes_action);
  gtk_widget_class_install_action (widget_class, "win.stop-collecting", NULL, stop_collecting_action);
  gtk_widget_class_install_action (widget_class, "win.clear-ballot", "s", clear_ballot_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.collect-votes", NULL);

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
  g_autoptr(GFile) recovery_file = NULL;
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

  self->zoom = sw_zoom_new (GTK_WIDGET (self), self->settings);
  g_signal_connect_object (self->zoom, "notify::scale", G_CALLBACK (scale_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self, "notify::fullscreened", G_CALLBACK (fullscreened_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-present", FALSE);
  scale_changed (self);

  self->meeting_settings = sw_meeting_settings_new (self->settings);
  recovery_file = sw_recovery_dup_default_file ();
  self->session = sw_meeting_session_new (recovery_file);
  g_signal_connect_object (sw_meeting_session_get_recovery (self->session), "write-failed",
                           G_CALLBACK (recovery_write_failed), self, G_CONNECT_SWAPPED);

  self->votes = sw_vote_collector_new (self->page_stack);
  g_signal_connect_swapped (self->votes, "notify::can-collect", G_CALLBACK (update_collect_actions), self);
  g_signal_connect_swapped (self->votes, "notify::collecting", G_CALLBACK (update_collect_actions), self);
  g_signal_connect_swapped (self->votes, "closed", G_CALLBACK (votes_closed), self);
  /* Whatever is being collected stops when the meeting takes another's content. */
  g_signal_connect_swapped (self->session, "replacing", G_CALLBACK (sw_vote_collector_stop), self->votes);
  update_collect_actions (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (window_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  dataset = sw_dataset_get_default ();
  sw_window_set_dataset (self, dataset);

  /* The title follows the meeting's file and its unsaved changes. */
  g_object_bind_property (self->session, "title", self->window_title, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "subtitle", self->window_title, "subtitle", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session, "window-title", self, "title", G_BINDING_SYNC_CREATE);

  /* After the pages exist, so that the remembered one can be shown. */
  g_settings_bind_with_mapping (self->settings, "page", self->page_stack, "visible-child-name",
                                G_SETTINGS_BIND_DEFAULT, page_from_setting, page_to_setting,
                                self->page_stack, NULL);
}
