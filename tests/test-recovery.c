/* test-recovery.c — the meeting kept on disk as it changes, and offered back after a crash
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sw-application.h"
#include "sw-recovery.h"
#include "sw-test.h"
#include "sw-window.h"

typedef struct
{
  GApplication *app;
  SwWindow     *window;
  GFile        *file;
  char         *dir;
} Fixture;

static char *state_dir;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *stackwise_state = g_build_filename (state_dir, "stackwise", NULL);

  sw_test_remove_tree (stackwise_state);
  fixture->app = sw_test_application_new ();
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  fixture->file = g_object_ref (sw_recovery_get_file (sw_window_get_recovery (fixture->window)));
  fixture->dir = g_dir_make_tmp ("stackwise-recovery-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sw_test_close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->file);
  sw_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (G_FILE (data), NULL);
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_query_exists (G_FILE (data), NULL);
}

static char *
file_text (GFile *file)
{
  char *text = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL));
  return text;
}

/* The file sits in the user's state folder. */
static void
test_location (void)
{
  g_autoptr(GFile) file = sw_recovery_dup_default_file ();
  g_autofree char *expected = g_build_filename (state_dir, "stackwise", "recovery.stackwise", NULL);

  g_assert_cmpstr (g_file_peek_path (file), ==, expected);
}

/* A change in the window reaches the file within the delay; each later change too. */
static void
test_follows_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  g_autoptr(SwRecovered) recovered = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* One person's weights alone live in the settings: no file for them. */
  sw_meeting_set_weight (meeting, 0, 7.0);
  sw_test_iterate ();
  g_usleep ((SW_RECOVERY_DELAY_MS + 100) * 1000);
  sw_test_iterate ();
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  /* A team: kept. Bounded wait (the file comes about half a second later). */
  g_assert_cmpint (sw_meeting_add_participant (meeting, "Ana"), ==, 1);
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ben"));
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  text = file_text (fixture->file);
  g_assert_nonnull (strstr (text, "\"kind\" : \"stackwise-scenario\""));
  g_assert_nonnull (strstr (text, "\"recovery\""));
  g_assert_nonnull (strstr (text, "\"Ben\""));

  /* A later change: the file follows. */
  sw_meeting_set_weight (meeting, 2, 9.5);
  sw_meeting_set_notes (meeting, "Budget review on Friday");
  g_assert_true (sw_recovery_flush (sw_window_get_recovery (fixture->window), &error));
  g_assert_no_error (error);
  recovered = sw_recovery_read (fixture->file, sw_window_get_dataset (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered);
  g_assert_cmpuint (sw_meeting_get_n_participants (recovered->meeting), ==, 2);
  g_assert_cmpfloat (sw_meeting_get_weights (recovered->meeting)[2], ==, 9.5);
  g_assert_cmpstr (sw_meeting_get_notes (recovered->meeting), ==, "Budget review on Friday");
  g_assert_null (recovered->origin);
  g_assert_nonnull (recovered->changed);
  {
    g_autofree char *name = sw_recovered_dup_name (recovered);
    g_assert_cmpstr (name, ==, "Ben and Ana");
  }
}

/* Saving, an explicit discard and a clean quit remove the file. */
static void
test_removed (Fixture       *fixture,
              gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "review.stackwise", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (path);
  g_autoptr(SwRecovered) recovered = NULL;
  g_autoptr(GError) error = NULL;

  sw_meeting_add_participant (meeting, "Ana");
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  g_assert_true (sw_window_save_meeting_file (fixture->window, saved, &error));
  g_assert_no_error (error);
  g_assert_true (sw_test_wait_until (file_gone, fixture->file, 5000));

  /* A change to a saved meeting: kept, with the meeting's own file named. */
  sw_meeting_set_weight (meeting, 1, 3.0);
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  recovered = sw_recovery_read (fixture->file, sw_window_get_dataset (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered->origin);
  g_assert_true (g_file_equal (recovered->origin, saved));
  {
    g_autofree char *name = sw_recovered_dup_name (recovered);
    g_assert_cmpstr (name, ==, "review");
  }

  sw_recovery_discard (sw_window_get_recovery (fixture->window));
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  /* A clean quit: the window asks about the unsaved change; "discard" closes it. */
  sw_meeting_set_weight (meeting, 1, 4.0);
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  sw_window_new_meeting (fixture->window);
  sw_test_iterate ();
  g_assert_false (g_file_query_exists (fixture->file, NULL));

  sw_meeting_add_participant (meeting, "Ben");
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  sw_test_iterate ();
  {
    GList *toplevels = gtk_window_list_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "discard");
  }
  sw_test_iterate ();
  g_assert_null (fixture->window);
  g_assert_false (g_file_query_exists (fixture->file, NULL));
}

/* The offer at start names the meeting and when it changed; Restore brings it back,
 * unsaved, with its own file. */
static void
test_offer_restore (Fixture       *fixture,
                    gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "Team review.stackwise", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  const char *body;

  sw_meeting_add_participant (meeting, "Ana");
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ben"));
  g_assert_true (sw_window_save_meeting_file (fixture->window, saved, &error));
  sw_meeting_set_active_participant (meeting, 1);
  sw_meeting_set_weight (meeting, 4, 8.5);
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));

  /* As after a crash: the next window starts with nothing and is offered the meeting. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sw_test_iterate ();
  g_assert_true (g_file_query_exists (fixture->file, NULL));
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  meeting = sw_window_get_meeting (fixture->window);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);

  dialog = sw_window_offer_recovery (fixture->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Restore Unsaved Meeting?");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "“Team review” was last changed today at "));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  sw_test_iterate ();

  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 1), ==, "Ana");
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[4], ==, 8.5);
  g_assert_true (sw_meeting_get_modified (meeting));
  g_assert_true (g_file_equal (sw_window_get_meeting_file_file (fixture->window), saved));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Stackwise — • Team review");
  /* Still kept: it is still not saved. */
  g_assert_true (g_file_query_exists (fixture->file, NULL));
}

/* Discard removes the file and leaves the window as it started. */
static void
test_offer_discard (Fixture       *fixture,
                    gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  GtkWidget *dialog;

  sw_meeting_add_participant (meeting, "Ana");
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  sw_meeting_set_modified (meeting, FALSE);
  sw_test_iterate ();
  g_assert_false (g_file_query_exists (fixture->file, NULL));
  sw_meeting_set_modified (meeting, TRUE);
  g_assert_true (sw_test_wait_until (file_exists, fixture->file, 5000));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sw_test_iterate ();

  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  dialog = sw_window_offer_recovery (fixture->window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "The meeting with Participant 1 and Ana was last changed today at "));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  sw_test_iterate ();
  g_assert_false (g_file_query_exists (fixture->file, NULL));
  g_assert_cmpuint (sw_meeting_get_n_participants (sw_window_get_meeting (fixture->window)), ==, 0);

  /* Nothing to offer now. */
  g_assert_null (sw_window_offer_recovery (fixture->window));
}

/* A corrupt or hostile file: one line in the window, set aside, never offered again. */
static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  static const struct { const char *contents; const char *message; } cases[] = {
    { "{\"kind\": \"stackwise-scenario\", \"format\": 2, \"dataset\": ", "recovery.stackwise:" },
    { "\xff\xfe not text", "recovery.stackwise:" },
    { "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
      "recovery.stackwise:" },
    { "{\"kind\": \"stackwise-scenario\", \"format\": 2, \"dataset\": \"python-vs-nodejs\", "
      "\"participants\": [{\"name\": \"Ana\", \"weights\": {\"realtime\": 1e308}}], "
      "\"recovery\": {\"file\": 7}}", "recovery.stackwise:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *aside = g_strconcat (g_file_peek_path (fixture->file), ".unreadable", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (fixture->file);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_mkdir_with_parents (g_file_peek_path (parent), 0700) == 0);
      g_assert_true (g_file_set_contents (g_file_peek_path (fixture->file), cases[i].contents, -1, &error));

      /* The reason, in one line naming the file. */
      g_assert_null (sw_recovery_read (fixture->file, sw_window_get_dataset (fixture->window), &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_assert_null (strchr (error->message, '\n'));

      g_assert_null (sw_window_offer_recovery (fixture->window));
      g_assert_false (g_file_query_exists (fixture->file, NULL));
      g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
      g_assert_true (sw_test_wait_for_message (GTK_WIDGET (fixture->window), error->message, 5000));
      sw_test_close_toasts (GTK_WIDGET (fixture->window));
      sw_test_close_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);

      /* Nothing in the window changed. */
      g_assert_cmpuint (sw_meeting_get_n_participants (sw_window_get_meeting (fixture->window)), ==, 0);
    }
}

/* A state folder that cannot be written: told once, the window goes on. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  SwMeeting *meeting = sw_window_get_meeting (fixture->window);
  g_autoptr(GFile) parent = g_file_get_parent (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;

  /* A plain file where the folder should be. */
  g_assert_true (g_file_set_contents (g_file_peek_path (parent), "", 0, &error));
  sw_meeting_add_participant (meeting, "Ana");
  g_assert_false (sw_recovery_flush (sw_window_get_recovery (fixture->window), &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "recovery.stackwise: cannot keep the meeting for recovery"));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_remove (g_file_peek_path (parent));
}

int
main (int   argc,
      char *argv[])
{
  /* A state folder of its own, before GLib reads the variable. */
  state_dir = g_dir_make_tmp ("stackwise-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/recovery/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/stackwise/recovery/location", test_location);
  ADD ("follows-changes", test_follows_changes);
  ADD ("removed", test_removed);
  ADD ("offer-restore", test_offer_restore);
  ADD ("offer-discard", test_offer_discard);
  ADD ("unreadable", test_unreadable);
  ADD ("unwritable", test_unwritable);

#undef ADD

  {
    int status = g_test_run ();

    sw_test_remove_tree (state_dir);
    g_free (state_dir);
    g_usleep (500 * 1000);
    sw_test_iterate ();

    return status;
  }
}
