/* sw-window-recovery.c — the window's side of crash recovery: keeping the meeting, offering it back
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writing and reading live in the core (sw-recovery.c); the window hands
 * it the decision and the meeting's file, and offers a recovered meeting at
 * start.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-recovery.h"
#include "sw-window-private.h"

static void
recovery_write_failed (SwWindow     *self,
                       const GError *error)
{
  sw_window_show_error (self, _("Could Not Keep the Meeting for Recovery"), error->message);
}

void
sw_window_init_recovery (SwWindow *self)
{
  g_autoptr(GFile) file = sw_recovery_dup_default_file ();

  self->recovery = sw_recovery_new (file);
  g_signal_connect_object (self->recovery, "write-failed", G_CALLBACK (recovery_write_failed), self,
                           G_CONNECT_SWAPPED);
}

SwRecovery *
sw_window_get_recovery (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->recovery;
}

/* "today at 14:32", "yesterday at 09:05", "on 2026-12-01 at 17:40" */
static char *
dup_when (GDateTime *changed)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format (changed, "%H:%M");
  g_autofree char *day = NULL;
  int days = g_date_time_get_day_of_year (now) - g_date_time_get_day_of_year (changed);

  if (g_date_time_get_year (now) == g_date_time_get_year (changed) && days == 0)
    /* Translators: when a meeting was last changed, "today at 14:32" */
    return g_strdup_printf (_("today at %s"), time);
  if (g_date_time_get_year (now) == g_date_time_get_year (changed) && days == 1)
    /* Translators: when a meeting was last changed, "yesterday at 14:32" */
    return g_strdup_printf (_("yesterday at %s"), time);

  day = g_date_time_format (changed, "%Y-%m-%d");
  /* Translators: when a meeting was last changed, "on 2026-12-01 at 14:32" */
  return g_strdup_printf (_("on %s at %s"), day, time);
}

static void
restore (SwWindow    *self,
         SwRecovered *recovered)
{
  g_autoptr(GError) error = NULL;

  sw_meeting_replace (self->meeting, recovered->meeting);
  sw_window_set_meeting_file_file (self, recovered->origin);
  /* Not saved: the title says so, closing asks, and the file is kept again. */
  sw_meeting_set_modified (self->meeting, TRUE);
  if (!sw_recovery_flush (self->recovery, &error))
    sw_window_show_error (self, _("Could Not Keep the Meeting for Recovery"), error->message);
}

static void
offer_response (AdwMessageDialog *dialog,
                const char       *response,
                SwWindow         *self)
{
  SwRecovered *recovered = g_object_get_data (G_OBJECT (dialog), "sw-recovered");

  if (g_strcmp0 (response, "restore") == 0)
    restore (self, recovered);
  else
    sw_recovery_discard (self->recovery);
}

static void
set_aside (SwWindow     *self,
           GFile        *file,
           const GError *error)
{
  g_autoptr(GError) aside_error = NULL;

  /* Kept for whoever wants to look at it, but offered no more. */
  if (!sw_recovery_set_aside (file, &aside_error))
    g_file_delete (file, NULL, NULL);
  sw_window_show_error (self, _("Could Not Restore the Meeting"), error->message);
}

/* Called once, for the window an application opens at start. */
GtkWidget *
sw_window_offer_recovery (SwWindow *self)
{
  g_autoptr(SwRecovered) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GFile *file;
  GtkWidget *dialog;

  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  file = sw_recovery_get_file (self->recovery);
  recovered = sw_recovery_read (file, self->dataset, &error);
  if (recovered == NULL)
    {
      if (error != NULL)
        set_aside (self, file, error);
      return NULL;
    }

  name = sw_recovered_dup_name (recovered);
  when = dup_when (recovered->changed);
  if (recovered->origin != NULL)
    /* Translators: “Team review” was last changed today at 14:32 … */
    body = g_strdup_printf (_("“%s” was last changed %s and was not saved when Stackwise stopped. "
                              "Restore it, or discard these changes?"), name, when);
  else if (name[0] != '\0')
    /* Translators: The meeting with Ana, Ben and 3 more was last changed today at 14:32 … */
    body = g_strdup_printf (_("The meeting with %s was last changed %s and was never saved. "
                              "Restore it, or discard it?"), name, when);
  else
    body = g_strdup_printf (_("A meeting that was never saved was last changed %s, before Stackwise "
                              "stopped. Restore it, or discard it?"), when);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Meeting?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape keeps the meeting: nothing is lost without a choice to lose it. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_object_set_data_full (G_OBJECT (dialog), "sw-recovered", g_steal_pointer (&recovered),
                          (GDestroyNotify) sw_recovered_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (offer_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}
