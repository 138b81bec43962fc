/* test-meeting-file.c — .stackwise files: round trip, atomic saves that fail safely, every bad file's message
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "sw-meeting-file.h"
#include "sw-test.h"

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "meetings", name, NULL);

  return g_file_new_for_path (path);
}

static SwMeeting *
make_team (SwDataset *dataset)
{
  SwMeeting *meeting = sw_test_new_meeting (dataset, 5.0);
  const double ana[] = { 9, 0, 3 };
  const double ben[] = { 0, 6.5, 2.25 };
  const double cleo[] = { 3, 3, 10 };

  sw_test_add_participant (meeting, "Ana", ana, TRUE);
  sw_test_add_participant (meeting, "Ben \"the data one\" Øst", ben, TRUE);
  sw_test_add_participant (meeting, "Cleo", cleo, FALSE);
  sw_meeting_set_active_participant (meeting, 2);
  sw_meeting_set_blind (meeting, TRUE);
  sw_meeting_set_notes (meeting, "Order tracker backend.\nDecide by Friday; ask ops about “hosting”.");

  return meeting;
}

static void
assert_same_meeting_file (SwMeeting *a,
                      SwMeeting *b)
{
  guint n_criteria = sw_dataset_get_n_criteria (sw_meeting_get_dataset (a));

  g_assert_cmpuint (sw_meeting_get_n_participants (a), ==, sw_meeting_get_n_participants (b));
  for (guint i = 0; i < sw_meeting_get_n_participants (a); i++)
    {
      SwParticipant *pa = sw_meeting_get_participant (a, i);
      SwParticipant *pb = sw_meeting_get_participant (b, i);

      g_assert_cmpstr (sw_participant_get_name (pa), ==, sw_participant_get_name (pb));
      g_assert_cmpint (sw_participant_get_voted (pa), ==, sw_participant_get_voted (pb));
      for (guint c = 0; c < n_criteria; c++)
        g_assert_cmpfloat (sw_participant_get_weight (pa, c), ==, sw_participant_get_weight (pb, c));
    }
  for (guint c = 0; c < n_criteria; c++)
    g_assert_cmpfloat (sw_meeting_get_weight (a, c), ==, sw_meeting_get_weight (b, c));
  g_assert_cmpuint (sw_meeting_get_active_participant (a), ==, sw_meeting_get_active_participant (b));
  g_assert_cmpint (sw_meeting_get_blind (a), ==, sw_meeting_get_blind (b));
  g_assert_cmpstr (sw_meeting_get_preset_id (a), ==, sw_meeting_get_preset_id (b));
  g_assert_cmpstr (sw_meeting_get_notes (a), ==, sw_meeting_get_notes (b));
}

static void
test_round_trip (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = make_team (dataset);
  g_autoptr(SwMeeting) loaded = NULL;
  g_autoptr(SwMeeting) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first_created = NULL;
  g_autofree char *dir = sw_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "meeting.stackwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;

  g_assert_null (sw_meeting_get_created (meeting));
  g_assert_true (sw_meeting_file_save_to_file (meeting, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sw_meeting_get_created (meeting));
  g_assert_nonnull (sw_meeting_get_saved (meeting));
  first_created = g_date_time_ref (sw_meeting_get_created (meeting));

  /* The file says what it is, and nothing the loader would refuse. */
  text = sw_test_read_file (path);
  g_assert_nonnull (strstr (text, "\"kind\" : \"stackwise-scenario\""));
  g_assert_nonnull (strstr (text, "\"dataset\" : \"small\""));
  g_assert_null (strstr (text, "\n  \"weights\""));   /* with participants, no top-level weights */
  g_assert_true (g_str_has_suffix (text, "}\n"));

  loaded = sw_meeting_file_read_file (file, dataset, NULL, &error);
  g_assert_no_error (error);
  assert_same_meeting_file (meeting, loaded);
  g_assert_true (g_date_time_equal (sw_meeting_get_created (loaded), sw_meeting_get_created (meeting)));
  g_assert_true (g_date_time_equal (sw_meeting_get_saved (loaded), sw_meeting_get_saved (meeting)));
  g_assert_cmpfloat (sw_meeting_get_weights (loaded)[2], ==, 10.0);

  /* Saving again keeps the creation time. */
  g_assert_true (sw_meeting_file_save_to_file (loaded, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (sw_meeting_get_created (loaded), first_created));
  reloaded = sw_meeting_file_read_file (file, dataset, NULL, &error);
  g_assert_no_error (error);
  assert_same_meeting_file (meeting, reloaded);

  sw_test_remove_tree (dir);
}

static void
test_round_trip_alone (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 5.0);
  g_autoptr(SwMeeting) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *data;
  gsize length;

  sw_meeting_set_weight (meeting, 1, 7.5);
  data = sw_meeting_file_to_data (meeting, &length);
  g_assert_cmpuint (strlen (data), ==, length);
  /* One person alone: no participants, the weights at the top level. */
  g_assert_nonnull (strstr (data, "\"participants\" : [],"));
  g_assert_nonnull (strstr (data, "\"data_ml\" : 7.5"));
  g_assert_nonnull (strstr (data, "\"realtime\" : 5,"));
  g_assert_null (strstr (data, "\"active\""));
  bytes = g_bytes_new_take (data, length);

  loaded = sw_meeting_file_read_bytes (bytes, "alone.stackwise", dataset, &error);
  g_assert_no_error (error);
  assert_same_meeting_file (meeting, loaded);
  g_assert_null (sw_meeting_get_created (loaded));
  g_assert_false (sw_meeting_get_modified (loaded));
}

/* Weights so small that their shortest text has no point (1e-300): json-glib
 * 1.6 alone would write "1e-300.0", which does not load. Each is saved as a
 * number that loads, within one unit in the last place, and the second save
 * is the same text. (Skill levels are tenths.) */
static void
test_round_trip_tiny_numbers (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 5.0);
  const double tiny[] = { 1e-300, 1e-7, 5e-324 };

  for (guint i = 0; i < G_N_ELEMENTS (tiny); i++)
    {
      g_autoptr(SwMeeting) loaded = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *again = NULL;
      char *data;
      gsize length, length_again;

      sw_meeting_set_weight (meeting, 1, tiny[i]);
      data = sw_meeting_file_to_data (meeting, &length);
      g_assert_null (strstr (data, "e-300.0"));
      bytes = g_bytes_new_take (data, length);

      loaded = sw_meeting_file_read_bytes (bytes, "tiny.stackwise", dataset, &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (sw_meeting_get_weights (loaded)[1], <=, tiny[i]);
      g_assert_cmpfloat (sw_meeting_get_weights (loaded)[1], >=, nextafter (tiny[i], 0.0));

      again = sw_meeting_file_to_data (loaded, &length_again);
      g_assert_cmpstr (again, ==, g_bytes_get_data (bytes, NULL));
    }
}

static void
test_fixtures (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(GFile) team_file = fixture ("team.stackwise");
  g_autoptr(GFile) alone_file = fixture ("alone.stackwise");
  g_autoptr(SwMeeting) team = NULL;
  g_autoptr(SwMeeting) alone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *created = NULL;

  team = sw_meeting_file_read_file (team_file, dataset, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_meeting_get_n_participants (team), ==, 3);
  g_assert_cmpstr (sw_meeting_get_participant_name (team, 2), ==, "Cleo");
  g_assert_false (sw_meeting_get_participant_voted (team, 2));
  g_assert_cmpfloat (sw_meeting_get_participant_weights (team, 1)[1], ==, 9.0);
  g_assert_cmpuint (sw_meeting_get_active_participant (team), ==, 1);
  g_assert_true (sw_meeting_get_blind (team));
  g_assert_null (sw_meeting_get_preset_id (team));
  g_assert_cmpstr (sw_meeting_get_notes (team), ==, "Choosing the backend for the order tracker.");
  created = g_date_time_format_iso8601 (sw_meeting_get_created (team));
  g_assert_cmpstr (created, ==, "2026-03-14T09:30:00Z");

  alone = sw_meeting_file_read_file (alone_file, dataset, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_meeting_get_n_participants (alone), ==, 0);
  g_assert_cmpfloat (sw_meeting_get_weight (alone, 0), ==, 10.0);
  g_assert_cmpstr (sw_meeting_get_preset_id (alone), ==, "live-app");
  g_assert_cmpstr (sw_meeting_get_notes (alone), ==, "");
  g_assert_false (sw_meeting_get_blind (alone));
}

static const struct {
  const char *file;
  SwMeetingFileError code;
  const char *message;
} bad_files[] = {
  { "empty.stackwise", SW_MEETING_FILE_ERROR_NOT_JSON,
    "empty.stackwise: the file is empty; a meeting is a JSON object" },
  { "not-json.stackwise", SW_MEETING_FILE_ERROR_NOT_JSON,
    "not-json.stackwise:4:21: not valid JSON: unexpected character “,”, expected string constant" },
  { "not-utf8.stackwise", SW_MEETING_FILE_ERROR_NOT_JSON,
    "not-utf8.stackwise:5:16: the file is not UTF-8 text; save it with the UTF-8 encoding" },
  { "truncated.stackwise", SW_MEETING_FILE_ERROR_TRUNCATED,
    "truncated.stackwise: the file ends too early; it may have been cut off while it was saved or copied" },
  { "not-an-object.stackwise", SW_MEETING_FILE_ERROR_NOT_MEETING,
    "not-an-object.stackwise: not a Stackwise meeting: expected a JSON object, found a list" },
  { "wrong-kind.stackwise", SW_MEETING_FILE_ERROR_NOT_MEETING,
    "wrong-kind.stackwise: not a Stackwise meeting (a meeting has \"kind\": \"stackwise-scenario\")" },
  { "newer-format.stackwise", SW_MEETING_FILE_ERROR_NEWER_FORMAT,
    "newer-format.stackwise: made for a newer version of Stackwise (format 3; this version reads format 2)" },
  { "other-dataset.stackwise", SW_MEETING_FILE_ERROR_OTHER_DATASET,
    "other-dataset.stackwise: this meeting is for the dataset “go-vs-rust”, but the open dataset is "
    "“small”; open that dataset first" },
  { "wrong-shape.stackwise", SW_MEETING_FILE_ERROR_SHAPE,
    "wrong-shape.stackwise: at participants: expected a list, found an object" },
  { "weight-out-of-range.stackwise", SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
    "weight-out-of-range.stackwise: at participants[1].weights.data_ml: the weight must be between 0 and 10, not 12" },
  { "weight-not-a-number.stackwise", SW_MEETING_FILE_ERROR_SHAPE,
    "weight-not-a-number.stackwise: at weights.realtime: expected a number, found text" },
  { "unknown-criterion.stackwise", SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE,
    "unknown-criterion.stackwise: at weights: criterion “speed” is not one of this dataset's criteria "
    "(realtime, data_ml, learning)" },
  { "missing-weight.stackwise", SW_MEETING_FILE_ERROR_MISSING_FIELD,
    "missing-weight.stackwise: at weights: the weight for criterion “data_ml” is missing" },
  { "no-weights.stackwise", SW_MEETING_FILE_ERROR_MISSING_FIELD,
    "no-weights.stackwise: there are no participants and no “weights”; a meeting needs one or the other" },
  { "both-weights.stackwise", SW_MEETING_FILE_ERROR_SHAPE,
    "both-weights.stackwise: the file has both “weights” and participants; with participants, each "
    "participant's weights are used, so remove “weights”" },
  { "bad-active.stackwise", SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
    "bad-active.stackwise: at active: there are 2 participants, so “active” must be from 0 to 1, not 2" },
  { "duplicate-name.stackwise", SW_MEETING_FILE_ERROR_DUPLICATE_NAME,
    "duplicate-name.stackwise: at participants[1].name: the name “Ana” is used twice (also at participants[0])" },
  { "empty-name.stackwise", SW_MEETING_FILE_ERROR_SHAPE,
    "empty-name.stackwise: at participants[0].name: the name is empty" },
  { "bad-date.stackwise", SW_MEETING_FILE_ERROR_SHAPE,
    "bad-date.stackwise: at created: “yesterday” is not a date and time; write it in ISO 8601, "
    "e.g. 2026-03-14T09:30:00Z" },
  { "unknown-preset.stackwise", SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE,
    "unknown-preset.stackwise: at preset: preset “dead-app” is not one of this dataset's presets" },
};

static void
test_bad_files (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(GFile) file = fixture (bad_files[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(SwMeeting) meeting = NULL;

      g_test_message ("%s", bad_files[i].file);
      meeting = sw_meeting_file_read_file (file, dataset, NULL, &error);
      g_assert_null (meeting);
      g_assert_error (error, SW_MEETING_FILE_ERROR, (int) bad_files[i].code);
      g_assert_cmpstr (error->message, ==, bad_files[i].message);
      /* One line, for a toast or the command line. */
      g_assert_null (strchr (error->message, '\n'));
    }
}

static void
test_dataset_is_not_a_meeting_file (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwMeeting) meeting = sw_meeting_file_read_file (file, dataset, NULL, &error);

  g_assert_null (meeting);
  g_assert_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_NOT_MEETING);
  g_assert_cmpstr (error->message, ==,
                   "minimal.json: this is a comparison dataset, not a meeting; open it as a dataset instead");
}

static void
test_missing_and_too_large (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(GFile) missing = fixture ("no-such-file.stackwise");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) big = NULL;
  char *data;

  g_assert_null (sw_meeting_file_read_file (missing, dataset, NULL, &error));
  g_assert_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "no-such-file.stackwise: cannot read the file (it does not exist)");
  g_clear_error (&error);

  data = g_malloc (SW_MEETING_FILE_MAX_BYTES + 1);
  memset (data, ' ', SW_MEETING_FILE_MAX_BYTES + 1);
  big = g_bytes_new_take (data, SW_MEETING_FILE_MAX_BYTES + 1);
  g_assert_null (sw_meeting_file_read_bytes (big, "big.stackwise", dataset, &error));
  g_assert_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_TOO_LARGE);
}

/* The old file's bytes, then a save that must fail, then the same bytes. */
static void
write_old_file (SwDataset  *dataset,
                const char *path)
{
  g_autoptr(SwMeeting) old = sw_test_new_meeting (dataset, 1.0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_meeting_file_save_to_file (old, file, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
folder_stops_writes (const char *dir)
{
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  gboolean written = g_file_set_contents (probe, "x", 1, NULL);

  g_remove (probe);

  return !written;
}

static void
assert_only_file (const char *dir,
                  const char *name)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *entry;

  /* No temporary file is left behind. */
  while ((entry = g_dir_read_name (handle)) != NULL)
    g_assert_cmpstr (entry, ==, name);
}

static void
test_save_fails_unwritable_folder (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = make_team (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sw_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "meeting.stackwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_old_file (dataset, path);
  before = sw_test_read_file (path);

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  if (!folder_stops_writes (dir))
    {
      /* root ignores folder permissions; /stackwise/meeting file/save-fails-midway
       * makes the same point in a way that holds for root too. */
      sw_test_remove_tree (dir);
      g_test_skip ("folder permissions do not stop this user (root) from writing");
      return;
    }

  g_assert_false (sw_meeting_file_save_to_file (meeting, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==,
                   "meeting.stackwise: cannot save (permission denied: you cannot write in this folder); "
                   "the previous version is unchanged");
  /* Times are only updated by a save that worked. */
  g_assert_null (sw_meeting_get_saved (meeting));

  after = sw_test_read_file (path);
  g_assert_cmpstr (before, ==, after);
  assert_only_file (dir, "meeting.stackwise");

  sw_test_remove_tree (dir);
}

/* A write that fails halfway, for any user: a file size limit makes write() fail
 * with EFBIG after the first bytes of the new content are out. The old file must
 * come through whole, because the new content goes to a temporary file first. */
static void
test_save_fails_midway (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = make_team (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sw_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "meeting.stackwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *new_data = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gsize new_length;
  gboolean saved_ok;

  write_old_file (dataset, path);
  before = sw_test_read_file (path);
  new_data = sw_meeting_file_to_data (meeting, &new_length);
  g_assert_cmpuint (new_length, >, 200);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 100;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  saved_ok = sw_meeting_file_save_to_file (meeting, file, NULL, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (saved_ok);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "meeting.stackwise: cannot save ("));
  g_assert_true (g_str_has_suffix (error->message, "); the previous version is unchanged"));
  g_assert_null (sw_meeting_get_saved (meeting));

  after = sw_test_read_file (path);
  g_assert_cmpstr (before, ==, after);
  assert_only_file (dir, "meeting.stackwise");

  sw_test_remove_tree (dir);
}

static void
test_save_fails_no_folder (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = make_team (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sw_test_make_temp_dir ();
  g_autofree char *gone = g_build_filename (dir, "gone", "meeting.stackwise", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *under_file = g_build_filename (plain, "meeting.stackwise", NULL);
  g_autoptr(GFile) gone_file = g_file_new_for_path (gone);
  g_autoptr(GFile) under_file_file = g_file_new_for_path (under_file);

  /* The folder was removed (a USB stick pulled out, say). */
  g_assert_false (sw_meeting_file_save_to_file (meeting, gone_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "meeting.stackwise: cannot save (the folder does not exist)");
  g_clear_error (&error);

  /* A file where the folder should be. */
  g_assert_true (g_file_set_contents (plain, "", 0, NULL));
  g_assert_false (sw_meeting_file_save_to_file (meeting, under_file_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpstr (error->message, ==,
                   "meeting.stackwise: cannot save (a part of the path is a file, not a folder)");

  sw_test_remove_tree (dir);
}

/* A format 1 meeting from before the team's situation still opens: "js_team"
 * becomes "team_skills", "concurrency" joins "realtime" (the larger weight),
 * "existing_systems" starts at 0 and nothing is stated about the situation. */
static void
test_old_format (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "meeting.stackwise");
  const double *ana = sw_meeting_get_participant_weights (meeting, 0);
  const double *ben = sw_meeting_get_participant_weights (meeting, 1);
  g_autofree char *saved = NULL;

  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_cmpfloat (ana[sw_dataset_find_criterion (dataset, "team_skills")], ==, 8);
  g_assert_cmpfloat (ana[sw_dataset_find_criterion (dataset, "realtime")], ==, 9);
  g_assert_cmpfloat (ben[sw_dataset_find_criterion (dataset, "realtime")], ==, 3);
  g_assert_cmpfloat (ana[sw_dataset_find_criterion (dataset, "existing_systems")], ==, 0);
  g_assert_cmpfloat (ana[sw_dataset_find_criterion (dataset, "data_ml")], ==, 1);
  g_assert_true (sw_situation_is_empty (sw_meeting_get_situation (meeting)));

  /* Saved again, it is format 2 with the new ids only. */
  saved = sw_meeting_file_to_data (meeting, NULL);
  g_assert_nonnull (strstr (saved, "\"format\" : 2"));
  g_assert_null (strstr (saved, "js_team"));
  g_assert_null (strstr (saved, "concurrency"));
  g_assert_nonnull (strstr (saved, "\"situation\""));
}

/* Format 2 keeps the situation; a bad one is refused in one line. */
static void
test_situation (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "situation.stackwise");
  g_autoptr(SwMeeting) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bad = fixture ("bad-situation.stackwise");
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[0], ==, 8.5);
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[1], ==, SW_SKILL_NOT_STATED);
  g_assert_cmpint (sw_meeting_get_situation (meeting)->existing, ==, 0);

  data = sw_meeting_file_to_data (meeting, &length);
  bytes = g_bytes_new (data, length);
  again = sw_meeting_file_read_bytes (bytes, "again.stackwise", dataset, &error);
  g_assert_no_error (error);
  g_assert_true (sw_situation_equal (sw_meeting_get_situation (again), sw_meeting_get_situation (meeting)));

  g_clear_pointer (&again, g_object_unref);
  again = sw_meeting_file_read_file (bad, dataset, NULL, &error);
  g_assert_null (again);
  g_assert_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE);
  g_assert_cmpstr (error->message, ==,
                   "bad-situation.stackwise: at situation.existing: technology “cobol” is not one "
                   "of this dataset's technologies (python, nodejs, none)");
}

/* The preset is the active participant's, and only while their weights still equal it. */
static void
test_preset (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = make_team (dataset);
  g_autoptr(SwMeeting) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *data;
  gsize length;

  g_assert_true (sw_meeting_apply_preset (meeting, "live-app"));
  data = sw_meeting_file_to_data (meeting, &length);
  g_assert_nonnull (strstr (data, "\"preset\" : \"live-app\""));
  bytes = g_bytes_new_take (data, length);
  loaded = sw_meeting_file_read_bytes (bytes, "preset.stackwise", dataset, &error);
  g_assert_no_error (error);
  assert_same_meeting_file (meeting, loaded);
  g_assert_cmpstr (sw_meeting_get_preset_id (loaded), ==, "live-app");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/scenario/round-trip", test_round_trip);
  g_test_add_func ("/stackwise/scenario/round-trip-alone", test_round_trip_alone);
  g_test_add_func ("/stackwise/scenario/round-trip-tiny-numbers", test_round_trip_tiny_numbers);
  g_test_add_func ("/stackwise/scenario/fixtures", test_fixtures);
  g_test_add_func ("/stackwise/scenario/bad-files", test_bad_files);
  g_test_add_func ("/stackwise/scenario/dataset-is-not-a-scenario", test_dataset_is_not_a_meeting_file);
  g_test_add_func ("/stackwise/scenario/missing-and-too-large", test_missing_and_too_large);
  g_test_add_func ("/stackwise/scenario/save-fails-unwritable-folder", test_save_fails_unwritable_folder);
  g_test_add_func ("/stackwise/scenario/save-fails-midway", test_save_fails_midway);
  g_test_add_func ("/stackwise/scenario/save-fails-no-folder", test_save_fails_no_folder);
  g_test_add_func ("/stackwise/scenario/preset", test_preset);
  g_test_add_func ("/stackwise/scenario/old-format", test_old_format);
  g_test_add_func ("/stackwise/scenario/situation", test_situation);

  return g_test_run ();
}
