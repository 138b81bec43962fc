/* test-corpus.c — the hostile files in tests/data/hostile/ through both loaders: a clean load or one clean line
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/fuzz/make-corpus.py writes the files (and the fuzzers' larger seeds):
 * deep nesting, huge and strange numbers, long strings, many keys, duplicate
 * keys, every Unicode edge. A name that starts with "ok-" must load through
 * its own door (.stackwise as a meeting file for tests/data/minimal.json, .json
 * as a dataset); every other file must be refused there. Through the other
 * door, and for the shipped dataset, either is fine, but never a crash.
 */

#include "config.h"

#include <string.h>

#include "sw-test.h"

/* A refusal is one line of UTF-8 that names the file. */
static void
assert_clean_refusal (const GError *error,
                      GQuark        domain,
                      const char   *name)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == domain);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
}

/* Saved again, a loaded meeting file loads again. */
static void
assert_saves_and_loads (SwMeeting *meeting)
{
  gsize length = 0;
  g_autofree char *saved = sw_meeting_file_to_data (meeting, &length);
  g_autoptr(GBytes) bytes = g_bytes_new (saved, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwMeeting) again = sw_meeting_file_read_bytes (bytes, "again.stackwise", sw_meeting_get_dataset (meeting), &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
}

/* Returns whether it loaded. */
static gboolean
try_as_meeting_file (GFile      *file,
                 GBytes     *bytes,
                 const char *name,
                 SwDataset  *dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) bytes_error = NULL;
  g_autoptr(SwMeeting) meeting = sw_meeting_file_read_file (file, dataset, NULL, &error);
  g_autoptr(SwMeeting) from_bytes = sw_meeting_file_read_bytes (bytes, name, dataset, &bytes_error);

  /* Both ways in say the same. */
  g_assert_true ((meeting == NULL) == (from_bytes == NULL));
  if (meeting == NULL)
    {
      assert_clean_refusal (error, SW_MEETING_FILE_ERROR, name);
      assert_clean_refusal (bytes_error, SW_MEETING_FILE_ERROR, name);
      g_assert_cmpstr (error->message, ==, bytes_error->message);
      g_test_message ("  scenario for %s: %s", sw_dataset_get_id (dataset), error->message);
      return FALSE;
    }

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (sw_meeting_get_notes (meeting), -1, NULL));
  for (guint i = 0; i < sw_meeting_get_n_participants (meeting); i++)
    g_assert_true (g_utf8_validate (sw_meeting_get_participant_name (meeting, i), -1, NULL));
  assert_saves_and_loads (meeting);
  g_test_message ("  scenario for %s: loads", sw_dataset_get_id (dataset));
  return TRUE;
}

static gboolean
try_as_dataset (GFile      *file,
                GBytes     *bytes,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) bytes_error = NULL;
  g_autoptr(SwDataset) dataset = sw_dataset_new_from_file (file, NULL, &error);
  g_autoptr(SwDataset) from_bytes = sw_dataset_new_from_bytes (bytes, name, &bytes_error);

  g_assert_true ((dataset == NULL) == (from_bytes == NULL));
  if (dataset == NULL)
    {
      assert_clean_refusal (error, SW_DATASET_ERROR, name);
      assert_clean_refusal (bytes_error, SW_DATASET_ERROR, name);
      g_assert_cmpstr (error->message, ==, bytes_error->message);
      g_test_message ("  dataset: %s", error->message);
      return FALSE;
    }

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (sw_dataset_get_title (dataset), -1, NULL));
  g_test_message ("  dataset: loads");
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(SwDataset) small = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwDataset) shipped = sw_test_load_dataset ("shipped");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_loaded = 0;

  g_assert_nonnull (dir);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL; )
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GBytes) bytes = NULL;
      gboolean must_load = g_str_has_prefix (name, "ok-");
      gboolean is_meeting_file = g_str_has_suffix (name, ".stackwise");
      gboolean as_meeting_file, as_dataset;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

      g_test_message ("%s (%" G_GSIZE_FORMAT " bytes)", name, length);
      as_meeting_file = try_as_meeting_file (file, bytes, name, small);
      try_as_meeting_file (file, bytes, name, shipped);
      as_dataset = try_as_dataset (file, bytes, name);

      if ((is_meeting_file ? as_meeting_file : as_dataset) != must_load)
        g_error ("%s: %s as a %s", name, must_load ? "refused" : "loaded",
                 is_meeting_file ? "scenario" : "dataset");
      n_loaded += must_load;
    }

  g_assert_cmpuint (names->len, >=, 60);
  g_assert_cmpuint (n_loaded, >=, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/corpus/hostile-files", test_corpus);

  return g_test_run ();
}
