/* bench-load.c — how long the largest files that still open take, and how fast a hostile one is refused
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints its figures as TAP lines, so `meson test --benchmark load` shows them
 * (docs/reliability.md quotes them). Each figure is the median of 7 opens of
 * a file on disk, through the loaders every door uses.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sw-dataset.h"
#include "sw-json-check.h"
#include "sw-json-reader.h"
#include "sw-meeting-file.h"

#define RUNS 7

static char *dir;
static guint number;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef gboolean (*OpenFunc) (GFile *file, GError **error);

static SwDataset *shipped;

static gboolean
open_dataset (GFile   *file,
              GError **error)
{
  g_autoptr(SwDataset) dataset = sw_dataset_new_from_file (file, NULL, error);

  return dataset != NULL;
}

static gboolean
open_meeting (GFile   *file,
               GError **error)
{
  g_autoptr(SwMeeting) meeting = sw_meeting_file_read_file (file, shipped, NULL, error);

  return meeting != NULL;
}

static gboolean
too_large (GError     **error,
           const char  *name,
           guint64      size)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "%s: too large", name);
  return FALSE;
}

/* Writes @text as @name, opens it RUNS times, prints the median, and the
 * check's own share of it. */
static void
measure (const char *what,
         const char *name,
         GString    *text,
         OpenFunc    open,
         gboolean    opens)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double open_ms[RUNS], check_ms[RUNS];

  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gboolean opened = open (file, &error);

      open_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (opened != opens)
        g_error ("%s: %s", name, opened ? "opened" : error->message);
      g_clear_error (&error);

      start = g_get_monotonic_time ();
      sw_json_check_text (text->str, text->len, name, G_MAXUINT64, too_large, G_IO_ERROR, 0, &error);
      check_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (open_ms, RUNS, sizeof (double), compare_doubles);
  qsort (check_ms, RUNS, sizeof (double), compare_doubles);

  printf ("ok %u - %s (%" G_GSIZE_FORMAT " bytes): %s in %.1f ms, of which the check before "
          "json-glib %.2f ms\n", ++number, what, text->len, opens ? "opens" : "refused",
          open_ms[RUNS / 2], check_ms[RUNS / 2]);
  g_remove (path);
}

/* @text, ending in "}", gets one more member whose value fills it to @size bytes. */
static void
fill_to (GString    *text,
         gsize       size,
         const char *member,
         gboolean    numbers)
{
  g_string_truncate (text, strrchr (text->str, '}') - text->str);
  g_string_append_printf (text, ", \"%s\": %s", member, numbers ? "[" : "\"");
  if (numbers)
    while (text->len + 8 < size)
      g_string_append (text, "7.5, 10, ");
  else
    while (text->len + 40 < size)
      g_string_append (text, "The team weighed every criterion. Ünï ");
  g_string_append (text, numbers ? "0]" : "\"");
  while (text->len + 1 < size)
    g_string_append_c (text, ' ');
  g_string_append_c (text, '}');
  g_assert_cmpuint (text->len, ==, size);
}

static GString *
shipped_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "python-vs-nodejs.json", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return g_string_new (contents);
}

/* A meeting of 32 people, saved by Stackwise itself. */
static GString *
meeting_text (void)
{
  g_autoptr(SwMeeting) meeting = sw_meeting_new (shipped);
  guint n_criteria = sw_dataset_get_n_criteria (shipped);
  g_autofree double *weights = g_new (double, n_criteria);
  g_autofree char *data = NULL;
  gsize length;

  for (guint p = 0; p < SW_MEETING_FILE_MAX_PARTICIPANTS; p++)
    {
      g_autofree char *name = g_strdup_printf ("Participant %u", p + 1);

      for (guint c = 0; c < n_criteria; c++)
        weights[c] = (p * 7 + c * 3) % 11;
      g_assert_cmpint (sw_meeting_cast_ballot (meeting, name, weights), ==, (int) p);
      sw_meeting_set_participant_voted (meeting, p, p % 2 == 0);
    }
  data = sw_meeting_file_to_data (meeting, &length);

  return g_string_new_len (data, length);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("stackwise-bench-XXXXXX", &error);
  g_assert_no_error (error);
  shipped = sw_dataset_get_default ();
  printf ("1..6\n");

  {
    g_autoptr(GString) text = shipped_text ();

    measure ("the shipped dataset", "python-vs-nodejs.json", text, open_dataset, TRUE);
    fill_to (text, SW_DATASET_MAX_BYTES, "notes", FALSE);
    measure ("the largest dataset, one long text", "largest-text.json", text, open_dataset, TRUE);
  }
  {
    g_autoptr(GString) text = shipped_text ();

    fill_to (text, SW_DATASET_MAX_BYTES, "figures", TRUE);
    measure ("the largest dataset, some 930,000 numbers", "largest-numbers.json", text, open_dataset, TRUE);
  }
  {
    g_autoptr(GString) text = meeting_text ();

    fill_to (text, SW_MEETING_FILE_MAX_BYTES, "notes-archive", FALSE);
    measure ("the largest meeting, 32 people", "largest.stackwise", text, open_meeting, TRUE);
  }
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; i < 100000; i++)
      g_string_append (text, "{\"a\":");
    g_string_append_c (text, '1');
    for (guint i = 0; i < 100000; i++)
      g_string_append_c (text, '}');
    measure ("100,000 nested objects", "deep.stackwise", text, open_meeting, FALSE);
  }
  {
    g_autoptr(GString) text = g_string_new (NULL);

    while (text->len < SW_DATASET_MAX_BYTES - 1)
      g_string_append_c (text, '[');
    g_string_append_c (text, ']');
    measure ("4 MiB of nested lists", "deep.json", text, open_dataset, FALSE);
  }

  g_rmdir (dir);
  g_free (dir);
  return 0;
}
