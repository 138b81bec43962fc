/* test-export.c — every export of a meeting through one door, without a window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-export.h"
#include "sw-test.h"

typedef struct
{
  SwDataset *dataset;
  char      *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dataset = sw_test_load_dataset ("shipped");
  fixture->dir = g_dir_make_tmp ("stackwise-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sw_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->dataset);
}

static GFile *
file_in (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

/* Each format names a file type a chooser can filter on. */
static void
test_info (Fixture       *fixture,
           gconstpointer  data)
{
  const char *extensions[] = { ".md", ".pdf", ".png" };

  for (guint format = 0; format < SW_EXPORT_N_FORMATS; format++)
    {
      SwExportInfo info;

      sw_export_get_info (format, &info);
      g_assert_cmpstr (info.extension, ==, extensions[format]);
      g_assert_nonnull (info.title);
      g_assert_nonnull (info.file_stem);
      g_assert_nonnull (strchr (info.mime_type, '/'));
      g_assert_nonnull (info.filter_name);
    }
}

/* The record and the report of one person alone, to files. */
static void
test_documents (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (fixture->dataset, 5.0);
  g_autoptr(GFile) md = file_in (fixture, "decision.md");
  g_autoptr(GFile) pdf = file_in (fixture, "report.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;
  SwExportSource source = { .meeting = meeting };

  g_assert_true (sw_export_is_available (SW_EXPORT_RECORD, meeting));
  g_assert_true (sw_export_is_available (SW_EXPORT_PDF, meeting));
  g_assert_true (sw_export_to_file (SW_EXPORT_RECORD, &source, md, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (md, NULL, &text, &length, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "# "));
  g_clear_pointer (&text, g_free);

  g_assert_true (sw_export_to_file (SW_EXPORT_PDF, &source, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (pdf, NULL, &text, &length, NULL, &error));
  g_assert_true (length > 5 && memcmp (text, "%PDF-", 5) == 0);
}

/* A blind vote still open: the image waits and writes nothing, the summary
 * says how far the vote has come and nothing more, the documents are made. */
static void
test_blind (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (fixture->dataset, "blind-open.stackwise");
  g_autoptr(SwVerdict) verdict = sw_meeting_evaluate (meeting, NULL);
  g_autoptr(SwTeam) team = sw_meeting_new_team (meeting);
  g_autoptr(GFile) png = file_in (fixture, "vote.png");
  g_autoptr(GFile) md = file_in (fixture, "vote.md");
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *pane = gtk_label_new ("pane");
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  SwExportSource source = { meeting, verdict, team, TRUE, pane };

  gtk_window_set_child (window, pane);
  sw_test_present_and_wait (window);

  g_assert_false (sw_export_is_available (SW_EXPORT_IMAGE, meeting));
  g_assert_true (sw_export_is_available (SW_EXPORT_RECORD, meeting));
  g_assert_true (sw_export_is_available (SW_EXPORT_PDF, meeting));
  g_assert_false (sw_export_to_file (SW_EXPORT_IMAGE, &source, png, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==,
                   "cannot write vote.png: blind vote: 2 of 3 have voted; the result stays hidden until everyone has");
  g_assert_false (g_file_query_exists (png, NULL));
  g_clear_error (&error);

  summary = sw_export_dup_summary (&source);
  g_assert_cmpstr (summary, ==, "blind vote: 2 of 3 have voted; the result stays hidden until everyone has\n");
  g_clear_pointer (&summary, g_free);
  g_assert_true (sw_export_to_file (SW_EXPORT_RECORD, &source, md, &error));
  g_assert_no_error (error);

  /* The last vote reveals the result: the image is made. */
  sw_meeting_set_participant_voted (meeting, 2, TRUE);
  g_assert_true (sw_export_is_available (SW_EXPORT_IMAGE, meeting));
  g_assert_true (sw_export_to_file (SW_EXPORT_IMAGE, &source, png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (png, NULL));

  gtk_window_destroy (window);
}

/* The image is the widget as drawn, at its size; a widget not on screen
 * gives a message naming the file instead. */
static void
test_image (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (fixture->dataset, 5.0);
  g_autoptr(GFile) png = file_in (fixture, "pane.png");
  g_autoptr(GFile) hidden = file_in (fixture, "hidden.png");
  g_autoptr(GdkTexture) image = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *pane = gtk_label_new ("The recommendation, as drawn");
  GtkWidget *offscreen = g_object_ref_sink (gtk_label_new ("not shown"));
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  SwExportSource source = { .meeting = meeting, .pane = pane };
  SwExportSource nowhere = { .meeting = meeting, .pane = offscreen };

  gtk_window_set_child (window, pane);
  sw_test_present_and_wait (window);

  g_assert_true (sw_export_to_file (SW_EXPORT_IMAGE, &source, png, &error));
  g_assert_no_error (error);
  image = gdk_texture_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (image), ==, gtk_widget_get_width (pane) * gtk_widget_get_scale_factor (pane));
  g_assert_cmpint (gdk_texture_get_height (image), ==, gtk_widget_get_height (pane) * gtk_widget_get_scale_factor (pane));

  g_assert_false (sw_export_to_file (SW_EXPORT_IMAGE, &nowhere, hidden, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "hidden.png: cannot save the image: the recommendation is not on screen");
  g_assert_false (g_file_query_exists (hidden, NULL));

  gtk_window_destroy (window);
  g_object_unref (offscreen);
}

/* The summary: the verdict in words and whose weights they are; the team's
 * part only when the team is shown. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (fixture->dataset, 0.0);
  g_autoptr(SwTeam) team = NULL;
  g_autoptr(SwVerdict) verdict = NULL;
  g_autofree double *ana = g_new0 (double, sw_dataset_get_n_criteria (fixture->dataset));
  g_autofree double *ben = g_new0 (double, sw_dataset_get_n_criteria (fixture->dataset));
  g_autofree char *with_team = NULL;
  g_autofree char *without_team = NULL;
  g_autofree char *empty = NULL;
  SwExportSource source = { .meeting = meeting, .show_team = TRUE };
  SwExportSource nothing = { .meeting = meeting };

  ana[0] = 10.0;
  ben[2] = 10.0;
  sw_test_add_participant (meeting, "Ana", ana, FALSE);
  sw_test_add_participant (meeting, "Ben", ben, FALSE);
  team = sw_meeting_new_team (meeting);
  g_assert_nonnull (team);
  source.team = team;
  verdict = sw_verdict_ref (sw_team_get_verdict (team));
  source.verdict = verdict;

  with_team = sw_export_dup_summary (&source);
  sw_test_assert_contains (with_team, "Scores out of 100: ");
  sw_test_assert_contains (with_team, "\nPriorities overlap ");
  source.show_team = FALSE;
  without_team = sw_export_dup_summary (&source);
  sw_test_assert_contains (without_team, "Scores out of 100: ");
  g_assert_null (strstr (without_team, "\nPriorities overlap "));
  g_assert_true (g_str_has_prefix (with_team, without_team));

  /* Nothing evaluated yet: nothing to say. */
  empty = sw_export_dup_summary (&nothing);
  g_assert_cmpstr (empty, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("info", test_info);
  ADD ("documents", test_documents);
  ADD ("blind", test_blind);
  ADD ("image", test_image);
  ADD ("summary", test_summary);

  return g_test_run ();
}
