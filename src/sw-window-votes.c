/* sw-window-votes.c — the window collecting votes from the participants' devices, and clearing a sealed ballot
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Collect Votes adds a "collect" page to the window's pages, an SwCollectView
 * made then and removed when the collection stops: nothing of it exists at
 * start-up, and nothing listens once it stops, the meeting closes or the
 * window goes. docs/ballots.md.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-ballot.h"
#include "sw-collect-view.h"
#include "sw-window-private.h"

/* Where to listen instead of the local network: "127.0.0.1:0" for the
 * tests and for trying the page on this computer (docs/ballots.md). */
#define LISTEN_ENV "STACKWISE_LISTEN"
#define COLLECT_PAGE "collect"

static const char *
listen_override (void)
{
  const char *listen = g_getenv (LISTEN_ENV);

  return listen != NULL && listen[0] != '\0' ? listen : NULL;
}

static GtkWidget *
collect_page (SwWindow *self)
{
  return gtk_stack_get_child_by_name (self->page_stack, COLLECT_PAGE);
}

/* In a meeting where someone has still to vote. */
static void
update_collect_action (SwWindow *self)
{
  gboolean possible = self->meeting != NULL &&
                      sw_meeting_get_n_participants (self->meeting) > 0 &&
                      !sw_meeting_get_everyone_voted (self->meeting);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.collect-votes", possible || self->collection != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-collecting", self->collection != NULL);
}

void
sw_window_stop_collecting (SwWindow *self)
{
  g_autoptr(SwVoteCollection) collection = g_steal_pointer (&self->collection);
  GtkWidget *page = collect_page (self);

  if (collection != NULL)
    {
      g_signal_handlers_disconnect_by_data (collection, self);
      sw_ballot ()->collection_stop (collection);
    }
  if (page != NULL)
    {
      if (gtk_stack_get_visible_child (self->page_stack) == page)
        gtk_stack_set_visible_child_name (self->page_stack, "decide");
      gtk_stack_remove (self->page_stack, page);
    }
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    update_collect_action (self);
}

/* Stopped by itself: everyone has voted. */
static void
collection_running_changed (SwWindow         *self,
                            GParamSpec       *pspec,
                            SwVoteCollection *collection)
{
  if (sw_ballot ()->collection_get_running (collection))
    return;

  sw_window_stop_collecting (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Everyone has voted: ballots are closed")));
}

static void
collect_votes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->collection == NULL)
    {
      const SwBallotFunctions *ballot = sw_ballot_load (&error);
      GtkWidget *view;
      GtkStackPage *page;

      if (ballot == NULL)
        {
          sw_window_show_error (self, _("Could Not Collect Votes"), error->message);
          return;
        }
      self->collection = ballot->collection_new (self->meeting);
      view = sw_collect_view_new (self->collection);
      page = gtk_stack_add_titled (self->page_stack, view, COLLECT_PAGE, _("Votes"));
      gtk_stack_page_set_icon_name (page, "phone-symbolic");
      if (!sw_collect_view_start (SW_COLLECT_VIEW (view), listen_override (), &error))
        {
          sw_window_stop_collecting (self);
          sw_window_show_error (self, _("Could Not Collect Votes"), error->message);
          return;
        }
      g_signal_connect_object (self->collection, "notify::running", G_CALLBACK (collection_running_changed),
                               self, G_CONNECT_SWAPPED);
      update_collect_action (self);
    }

  gtk_stack_set_visible_child_name (self->page_stack, COLLECT_PAGE);
}

static void
stop_collecting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sw_window_stop_collecting (SW_WINDOW (widget));
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

void
sw_window_votes_meeting_replaced (SwWindow *self)
{
  sw_window_stop_collecting (self);
  g_signal_connect_object (self->meeting, "participants-changed", G_CALLBACK (update_collect_action), self,
                           G_CONNECT_SWAPPED);
  update_collect_action (self);
}

void
sw_window_class_init_votes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.collect-votes", NULL, collect_votes_action);
  gtk_widget_class_install_action (widget_class, "win.stop-collecting", NULL, stop_collecting_action);
  gtk_widget_class_install_action (widget_class, "win.clear-ballot", "s", clear_ballot_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.collect-votes", NULL);
}

void
sw_window_dispose_votes (SwWindow *self)
{
  g_autoptr(SwVoteCollection) collection = g_steal_pointer (&self->collection);

  /* The server stops with the window, whatever else holds the collection. */
  if (collection != NULL)
    {
      g_signal_handlers_disconnect_by_data (collection, self);
      sw_ballot ()->collection_stop (collection);
    }
}
