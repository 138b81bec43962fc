/* sw-test-core.c — fixtures the core tests share: the shipped dataset, tests/data, meeting files
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-test-core.h"

SwDataset *
sw_test_load_dataset (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_str_equal (name, "shipped")
    ? g_test_build_filename (G_TEST_DIST, "..", "data", "datasets", "python-vs-nodejs.json", NULL)
    : g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  SwDataset *dataset = sw_dataset_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

SwMeeting *
sw_test_load_meeting_file (SwDataset  *dataset,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "meetings", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwMeeting *meeting = sw_meeting_file_read_file (file, dataset, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

SwMeeting *
sw_test_new_meeting (SwDataset *dataset,
                     double     weight)
{
  SwMeeting *meeting = sw_meeting_new (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new (double, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    weights[c] = weight;
  sw_meeting_restore (meeting, weights, NULL);

  return meeting;
}

void
sw_test_add_participant (SwMeeting   *meeting,
                         const char   *name,
                         const double *weights,
                         gboolean      voted)
{
  int index = sw_meeting_cast_ballot (meeting, name, weights);

  g_assert_cmpint (index, >=, 0);
  if (!voted)
    sw_meeting_set_participant_voted (meeting, index, FALSE);
}

void
sw_test_assert_contains (const char *text,
                         const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text != NULL ? text : "(null)");
}

char *
sw_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}
