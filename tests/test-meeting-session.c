/* test-meeting-session.c — the open meeting without a window: files, unsaved changes, titles, recovery
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sw-meeting-session.h"
#include "sw-test.h"

typedef struct
{
  SwDataset        *dataset;
  SwMeetingSession *session;
  char             *dir;
  GFile            *recovery_file;
  guint             titles;
  guint             replacings;
} Fixture;

static void
count_title (Fixture *fixture)
{
  fixture->titles++;
}

static void
count_replacing (Fixture *fixture)
{
  fixture->replacings++;
}

static GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The built-in comparison, as the window opens it. */
  fixture->dataset = sw_dataset_get_default ();
  fixture->dir = g_dir_make_tmp ("stackwise-session-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->recovery_file = file_in (fixture, "recovery.stackwise");
  fixture->session = sw_meeting_session_new (fixture->recovery_file);
  sw_meeting_session_set_dataset (fixture->session, fixture->dataset);
  g_signal_connect_swapped (fixture->session, "notify::title", G_CALLBACK (count_title), fixture);
  g_signal_connect_swapped (fixture->session, "replacing", G_CALLBACK (count_replacing), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  /* A GTask's worker thread lets go of its reference to the session a moment
   * after the result has come back: wait for it, a bounded number of times. */
  g_object_add_weak_pointer (G_OBJECT (fixture->session), (gpointer *) &fixture->session);
  g_object_unref (fixture->session);
  for (guint i = 0; i < 500 && g_atomic_pointer_get (&fixture->session) != NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_null (g_atomic_pointer_get (&fixture->session));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_chmod (path, 0644);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  g_clear_object (&fixture->recovery_file);
  g_clear_object (&fixture->dataset);
}

static SwMeeting *
meeting_of (Fixture *fixture)
{
  return sw_meeting_session_get_meeting (fixture->session);
}

static void
add_team (Fixture *fixture)
{
  guint n = sw_dataset_get_n_criteria (fixture->dataset);
  g_autofree double *ana = g_new0 (double, n);
  g_autofree double *ben = g_new0 (double, n);

  ana[0] = 10.0;
  ben[2] = 7.5;
  sw_test_add_participant (meeting_of (fixture), "Ana", ana, FALSE);
  sw_test_add_participant (meeting_of (fixture), "Ben", ben, FALSE);
}

static void
assert_titles (Fixture    *fixture,
               const char *title,
               const char *window_title)
{
  g_assert_cmpstr (sw_meeting_session_get_title (fixture->session), ==, title);
  g_assert_cmpstr (sw_meeting_session_get_window_title (fixture->session), ==, window_title);
}

/* New, save, change, new, open: the file, the unsaved flag and the titles
 * follow; opening gives back what was saved. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = file_in (fixture, "Team review.stackwise");
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *subtitle = g_strdup_printf ("%s · built-in", sw_dataset_get_title (fixture->dataset));
  SwMeeting *meeting = meeting_of (fixture);

  g_assert_nonnull (meeting);
  g_assert_true (sw_meeting_session_get_dataset (fixture->session) == fixture->dataset);
  g_assert_null (sw_meeting_session_get_file (fixture->session));
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "Stackwise", "Stackwise");
  g_assert_cmpstr (sw_meeting_session_get_subtitle (fixture->session), ==, subtitle);

  /* One person alone: the settings keep their weights, nothing to save. */
  sw_meeting_set_weight (meeting, 0, 8.0);
  g_assert_true (sw_meeting_get_modified (meeting));
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  g_assert_cmpuint (fixture->titles, ==, 0);

  /* A team would be lost without saving. */
  add_team (fixture);
  g_assert_true (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "• Stackwise", "Stackwise");
  g_assert_cmpuint (fixture->titles, ==, 1);

  g_assert_true (sw_meeting_session_save (fixture->session, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (sw_meeting_session_get_file (fixture->session), file));
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "Team review", "Stackwise — Team review");
  saved = sw_meeting_file_to_data (meeting, NULL);

  sw_meeting_set_weight (meeting, 1, 3.0);
  g_assert_true (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "• Team review", "Stackwise — • Team review");

  /* Saving to its own file (NULL) marks it saved again. */
  g_assert_true (sw_meeting_session_save (fixture->session, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  g_clear_pointer (&saved, g_free);
  saved = sw_meeting_file_to_data (meeting, NULL);

  sw_meeting_session_new_meeting (fixture->session);
  g_assert_cmpuint (fixture->replacings, ==, 1);
  g_assert_true (meeting_of (fixture) == meeting);
  g_assert_null (sw_meeting_session_get_file (fixture->session));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "Stackwise", "Stackwise");

  g_assert_true (sw_meeting_session_open (fixture->session, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->replacings, ==, 2);
  g_assert_true (g_file_equal (sw_meeting_session_get_file (fixture->session), file));
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "Team review", "Stackwise — Team review");
  opened = sw_meeting_file_to_data (meeting, NULL);
  g_assert_cmpstr (opened, ==, saved);
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

/* The same through the threads the window uses; a change made while the
 * file is written keeps the meeting unsaved. */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GFile) file = file_in (fixture, "async.stackwise");
  g_autoptr(GAsyncResult) saving = NULL;
  g_autoptr(GAsyncResult) again = NULL;
  g_autoptr(GAsyncResult) opening = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SwMeeting *meeting = meeting_of (fixture);

  add_team (fixture);
  sw_meeting_session_save_async (fixture->session, file, NULL, async_done, &saving);
  g_assert_true (sw_meeting_session_save_finish (fixture->session, wait_for (&saving), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (sw_meeting_session_get_file (fixture->session), file));
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "async", "Stackwise — async");

  sw_meeting_set_weight (meeting, 0, 2.0);
  sw_meeting_session_save_async (fixture->session, NULL, NULL, async_done, &again);
  sw_meeting_set_weight (meeting, 0, 4.0);
  g_assert_true (sw_meeting_session_save_finish (fixture->session, wait_for (&again), &error));
  g_assert_no_error (error);
  g_assert_true (sw_meeting_get_modified (meeting));
  g_assert_true (sw_meeting_session_get_unsaved (fixture->session));

  /* What was written is the meeting as it was when the save began. */
  sw_meeting_session_new_meeting (fixture->session);
  sw_meeting_session_open_async (fixture->session, file, NULL, async_done, &opening);
  g_assert_null (sw_meeting_session_get_file (fixture->session));
  g_assert_true (sw_meeting_session_open_finish (fixture->session, wait_for (&opening), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (sw_meeting_session_get_file (fixture->session), file));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, 2.0);
  g_assert_false (sw_meeting_session_get_unsaved (fixture->session));
}

/* What the session shows, to compare before and after a refusal. */
static char *
state_of (Fixture *fixture)
{
  g_autofree char *data = sw_meeting_file_to_data (meeting_of (fixture), NULL);
  GFile *file = sw_meeting_session_get_file (fixture->session);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  return g_strdup_printf ("file %s\nunsaved %d\nmodified %d\ntitle %s\n%s", path,
                          sw_meeting_session_get_unsaved (fixture->session),
                          sw_meeting_get_modified (meeting_of (fixture)),
                          sw_meeting_session_get_title (fixture->session), data);
}

/* Opening `file` is refused, by both doors, with one line naming it and the
 * problem; the open meeting, its file and its title stay as they were. */
static void
assert_refused (Fixture    *fixture,
                GFile      *file,
                const char *problem)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *before = state_of (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  guint replacings = fixture->replacings;

  g_test_message ("opening %s", name);
  g_assert_false (sw_meeting_session_open (fixture->session, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, name));
  sw_test_assert_contains (error->message, problem);
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);

  sw_meeting_session_open_async (fixture->session, file, NULL, async_done, &result);
  g_assert_false (sw_meeting_session_open_finish (fixture->session, wait_for (&result), &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, name));
  sw_test_assert_contains (error->message, problem);

  {
    g_autofree char *after = state_of (fixture);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_cmpuint (fixture->replacings, ==, replacings);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) own = file_in (fixture, "own.stackwise");
  g_autoptr(GFile) missing = file_in (fixture, "missing.stackwise");
  g_autoptr(GFile) folder = file_in (fixture, "folder.stackwise");
  g_autoptr(GFile) locked = file_in (fixture, "locked.stackwise");
  g_autoptr(GFile) huge = file_in (fixture, "huge.stackwise");
  g_autofree char *not_json = sw_test_data_path ("meetings", "not-json.stackwise", NULL);
  g_autofree char *truncated = sw_test_data_path ("meetings", "truncated.stackwise", NULL);
  g_autofree char *other = sw_test_data_path ("meetings", "team.stackwise", NULL);
  g_autofree char *deep = sw_test_data_path ("hostile", "bad-deep-lists.stackwise", NULL);
  g_autofree char *large = g_strnfill (SW_MEETING_FILE_MAX_BYTES + 1, ' ');
  g_autoptr(GError) error = NULL;
  struct { const char *path; const char *problem; } files[] = {
    { not_json, "" },
    { truncated, "the file ends too early" },
    { other, "is for the dataset “small”" },
    { deep, "nested too deeply" },
  };

  /* An open meeting with a file and unsaved changes, which must survive. */
  add_team (fixture);
  g_assert_true (sw_meeting_session_save (fixture->session, own, NULL, &error));
  sw_meeting_set_weight (meeting_of (fixture), 3, 9.0);
  g_assert_true (sw_meeting_session_get_unsaved (fixture->session));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (files[i].path);
      assert_refused (fixture, file, files[i].problem);
    }

  assert_refused (fixture, missing, "cannot read the file");
  g_assert_cmpint (g_mkdir (g_file_peek_path (folder), 0755), ==, 0);
  assert_refused (fixture, folder, "");
  g_assert_true (g_file_replace_contents (huge, large, strlen (large), NULL, FALSE, 0, NULL, NULL, &error));
  assert_refused (fixture, huge, "");
  g_assert_true (g_file_replace_contents (locked, "{}", 2, NULL, FALSE, 0, NULL, NULL, &error));
  g_chmod (g_file_peek_path (locked), 0);
  if (geteuid () != 0)
    assert_refused (fixture, locked, "permission denied");
  else
    g_test_message ("unreadable files not tried: root reads them anyway");
}

/* Saving where it cannot: the meeting stays unsaved, with its own file. */
static void
test_save_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) nowhere = file_in (fixture, "no-such-folder/meeting.stackwise");
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  add_team (fixture);
  g_assert_false (sw_meeting_session_save (fixture->session, nowhere, NULL, &error));
  g_assert_nonnull (error);
  sw_test_assert_contains (error->message, "meeting.stackwise: cannot save");
  g_clear_error (&error);
  sw_meeting_session_save_async (fixture->session, nowhere, NULL, async_done, &result);
  g_assert_false (sw_meeting_session_save_finish (fixture->session, wait_for (&result), &error));
  sw_test_assert_contains (error->message, "meeting.stackwise: cannot save");
  g_assert_null (sw_meeting_session_get_file (fixture->session));
  g_assert_true (sw_meeting_session_get_unsaved (fixture->session));
  assert_titles (fixture, "• Stackwise", "Stackwise");
}

/* The recovery file is written while there is unsaved work, removed by a
 * save or a discard; another session reads it back and restores it, unsaved. */
static void
test_recovery (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = file_in (fixture, "kept.stackwise");
  g_autoptr(GError) error = NULL;
  g_autoptr(SwMeetingSession) next = NULL;
  g_autoptr(SwRecovered) recovered = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SwRecovery *recovery = sw_meeting_session_get_recovery (fixture->session);

  g_assert_true (g_file_equal (sw_recovery_get_file (recovery), fixture->recovery_file));
  add_team (fixture);
  g_assert_true (sw_recovery_flush (recovery, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (fixture->recovery_file, NULL));

  g_assert_true (sw_meeting_session_save (fixture->session, file, NULL, &error));
  g_assert_false (g_file_query_exists (fixture->recovery_file, NULL));

  sw_meeting_set_weight (meeting_of (fixture), 4, 6.5);
  g_assert_true (sw_recovery_flush (recovery, &error));
  g_assert_true (g_file_query_exists (fixture->recovery_file, NULL));
  before = sw_meeting_file_to_data (meeting_of (fixture), NULL);

  /* As at the next start. */
  next = sw_meeting_session_new (fixture->recovery_file);
  sw_meeting_session_set_dataset (next, fixture->dataset);
  recovered = sw_meeting_session_read_recovery (next, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered);
  g_assert_true (g_file_equal (recovered->origin, file));
  g_assert_true (sw_meeting_session_restore (next, recovered, &error));
  g_assert_no_error (error);
  g_assert_true (sw_meeting_session_get_unsaved (next));
  g_assert_cmpstr (sw_meeting_session_get_title (next), ==, "• kept");
  g_assert_cmpuint (sw_meeting_get_n_participants (sw_meeting_session_get_meeting (next)), ==, 2);
  g_assert_cmpfloat (sw_meeting_get_weight (sw_meeting_session_get_meeting (next), 4), ==, 6.5);

  /* A clean quit leaves nothing to recover. */
  sw_meeting_session_discard_recovery (next);
  g_assert_false (g_file_query_exists (fixture->recovery_file, NULL));
  g_clear_object (&next);
  sw_meeting_session_discard_recovery (fixture->session);
  g_assert_false (g_file_query_exists (fixture->recovery_file, NULL));

  /* Nothing there: nothing offered, no error. */
  next = sw_meeting_session_new (fixture->recovery_file);
  sw_meeting_session_set_dataset (next, fixture->dataset);
  g_clear_pointer (&recovered, sw_recovered_free);
  recovered = sw_meeting_session_read_recovery (next, &error);
  g_assert_null (recovered);
  g_assert_no_error (error);

  /* A file that cannot be used is set aside and named in the error. */
  g_assert_true (g_file_replace_contents (fixture->recovery_file, "{", 1, NULL, FALSE, 0, NULL, NULL, &error));
  recovered = sw_meeting_session_read_recovery (next, &error);
  g_assert_null (recovered);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "recovery.stackwise"));
  g_assert_false (g_file_query_exists (fixture->recovery_file, NULL));
  {
    g_autoptr(GFile) aside = file_in (fixture, "recovery.stackwise.unreadable");
    g_assert_true (g_file_query_exists (aside, NULL));
  }
  after = sw_meeting_file_to_data (meeting_of (fixture), NULL);
  g_assert_cmpstr (before, ==, after);
}

/* Another comparison: a new meeting object, the file of the other dataset
 * forgotten, the subtitle naming the new one. */
static void
test_dataset (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SwDataset) small = sw_test_load_dataset ("minimal.json");
  g_autoptr(GFile) file = file_in (fixture, "shipped.stackwise");
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  SwMeeting *before = meeting_of (fixture);

  add_team (fixture);
  g_assert_true (sw_meeting_session_save (fixture->session, file, NULL, &error));
  g_assert_nonnull (sw_meeting_session_get_file (fixture->session));

  sw_meeting_session_set_dataset (fixture->session, small);
  g_assert_true (sw_meeting_session_get_dataset (fixture->session) == small);
  g_assert_true (meeting_of (fixture) != before);
  g_assert_true (sw_meeting_get_dataset (meeting_of (fixture)) == small);
  g_assert_null (sw_meeting_session_get_file (fixture->session));
  assert_titles (fixture, "Stackwise", "Stackwise");
  subtitle = g_strdup_printf ("%s · minimal.json", sw_dataset_get_title (small));
  g_assert_cmpstr (sw_meeting_session_get_subtitle (fixture->session), ==, subtitle);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/stackwise/meeting-session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("async", test_async);
  ADD ("refused", test_refused);
  ADD ("save-refused", test_save_refused);
  ADD ("recovery", test_recovery);
  ADD ("dataset", test_dataset);

  return g_test_run ();
}
