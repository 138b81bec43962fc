/* test-export-pdf.c — the PDF report: a valid PDF of the expected page count, with no display
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <unistd.h>

#include "sw-export-pdf.h"
#include "sw-test.h"

/* memmem() is a GNU extension; PDF data holds NUL bytes, so strstr() will not do. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle,
            gsize       needle_length)
{
  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (data + i, needle, needle_length) == 0)
      return data + i;

  return NULL;
}

/* Pages are the objects "/Type /Page"; "/Type /Pages" is their parent. */
static guint
count_pages (const char *data,
             gsize       length)
{
  static const char needle[] = "/Type /Page";
  guint n = 0;

  for (const char *p = data; p != NULL && p < data + length; p++)
    {
      p = find_bytes (p, data + length - p, needle, strlen (needle));
      if (p == NULL)
        break;
      if (p + strlen (needle) < data + length && p[strlen (needle)] != 's')
        n++;
    }

  return n;
}

static void
assert_valid_pdf (GBytes *bytes,
                  guint   expected_pages)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *tail;

  g_assert_cmpuint (length, >, 1000);
  g_assert_true (length > 5 && memcmp (data, "%PDF-", 5) == 0);
  /* The end-of-file marker closes the file, give or take a line break. */
  tail = data + length - MIN (length, 16);
  g_assert_nonnull (find_bytes (tail, data + length - tail, "%%EOF", 5));
  g_assert_nonnull (find_bytes (data, length, "startxref", 9));
  g_assert_cmpuint (count_pages (data, length), ==, expected_pages);
}

static void
test_alone (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(GError) error = NULL;

  /* Every preset, and nothing set at all: one page each. */
  for (int i = -1; i < (int) sw_dataset_get_n_presets (dataset); i++)
    {
      g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 0.0);
      g_autoptr(GBytes) pdf = NULL;

      if (i >= 0)
        sw_meeting_restore (meeting, sw_dataset_get_preset (dataset, i)->weights, NULL);

      g_assert_cmpuint (sw_export_pdf_count_pages (meeting), ==, 1);
      pdf = sw_export_pdf (meeting, day, &error);
      g_assert_no_error (error);
      assert_valid_pdf (pdf, 1);
    }
}

static void
test_notes_make_two_pages (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 5.0);
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GString) long_notes = g_string_new (NULL);

  /* Notes far longer than a page are cut, never a third page. */
  for (guint i = 0; i < 400; i++)
    g_string_append (long_notes, "The order tracker needs live updates and a forecast. ");
  sw_meeting_set_notes (meeting, long_notes->str);

  g_assert_cmpuint (sw_export_pdf_count_pages (meeting), ==, 2);
  pdf = sw_export_pdf (meeting, day, &error);
  g_assert_no_error (error);
  assert_valid_pdf (pdf, 2);
}

/* Text of a PDF through pdftotext (poppler-utils), or NULL when it is missing. */
static char *
pdf_text (GBytes *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", NULL, "-", NULL };
  int fd;

  if (program == NULL)
    return NULL;
  fd = g_file_open_tmp ("stackwise-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  argv[0] = program;
  argv[1] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &text, NULL, NULL, &error));
  g_assert_no_error (error);
  g_unlink (path);

  return g_steal_pointer (&text);
}

/* A blind vote still open: one page that says so and names no option. */
static void
test_blind_open (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "blind-open.stackwise");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (sw_export_pdf_count_pages (meeting), ==, 1);
  pdf = sw_export_pdf (meeting, day, &error);
  g_assert_no_error (error);
  assert_valid_pdf (pdf, 1);

  text = pdf_text (pdf);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "The vote is still"));
  g_assert_nonnull (strstr (text, "2 of 3 participants have voted"));
  g_assert_null (strstr (text, "Chosen"));
  g_assert_null (strstr (text, "weight"));
  g_assert_null (strstr (text, "better fit"));
  g_assert_null (strstr (text, "Consensus"));
}

static void
test_team (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "meeting.stackwise");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpuint (sw_export_pdf_count_pages (meeting), ==, 2);
  pdf = sw_export_pdf (meeting, day, &error);
  g_assert_no_error (error);
  assert_valid_pdf (pdf, 2);

  /* The title is in the document's metadata. */
  g_assert_nonnull (find_bytes (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), "/Title", 6));

  /* Whose weights: the mean of the three named, each of whom set their own. */
  text = pdf_text (pdf);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  lines = g_strsplit (text, "\n", -1);
  flat = g_strjoinv (" ", lines);
  g_assert_nonnull (strstr (flat, "The weights are the mean of the weights of Ana, Ben and Cleo"));
  g_assert_null (strstr (flat, "those of the preset"));
}

static void
test_big_team_three_technologies (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("three-technologies.json");
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 5.0);
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new (double, n_criteria);

  /* As many people as a meeting file can hold still fit on two pages. */
  for (guint p = 0; p < SW_MEETING_FILE_MAX_PARTICIPANTS; p++)
    {
      g_autofree char *name = g_strdup_printf ("Participant with a long name number %u", p + 1);

      for (guint c = 0; c < n_criteria; c++)
        weights[c] = (double) ((p * 7 + c * 3) % 11);
      sw_test_add_participant (meeting, name, weights, p % 3 != 0);
    }

  pdf = sw_export_pdf (meeting, day, &error);
  g_assert_no_error (error);
  assert_valid_pdf (pdf, 2);
}

static void
test_to_file (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "meeting.stackwise");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackwise-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) written = NULL;
  char *contents;
  gsize length;

  g_assert_true (sw_export_pdf_to_file (meeting, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  written = g_bytes_new_take (contents, length);
  assert_valid_pdf (written, 2);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/export-pdf/alone", test_alone);
  g_test_add_func ("/stackwise/export-pdf/notes-make-two-pages", test_notes_make_two_pages);
  g_test_add_func ("/stackwise/export-pdf/team", test_team);
  g_test_add_func ("/stackwise/export-pdf/blind-open", test_blind_open);
  g_test_add_func ("/stackwise/export-pdf/big-team-three-technologies", test_big_team_three_technologies);
  g_test_add_func ("/stackwise/export-pdf/to-file", test_to_file);

  return g_test_run ();
}
