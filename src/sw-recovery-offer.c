/* sw-recovery-offer.c — the question, at start, whether to restore a meeting left by a crash
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writing and reading live in the core (sw-recovery.c), restoring in the
 * meeting session; this is only the question.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-recovery-offer.h"

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

GtkWidget *
sw_recovery_offer_new (GtkWindow         *parent,
                       const SwRecovered *recovered)
{
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (recovered != NULL, NULL);

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

  dialog = adw_message_dialog_new (parent, _("Restore Unsaved Meeting?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape keeps the meeting: nothing is lost without a choice to lose it. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "restore");

  return dialog;
}
