/* sw-export.c — every export of a meeting: the decision record, the PDF report, the image of the pane, the summary
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-blind-vote.h"
#include "sw-export.h"
#include "sw-export-markdown.h"
#include "sw-export-pdf.h"
#include "sw-report.h"
#include "sw-save.h"
#include "sw-weights-source.h"

static const SwExportInfo infos[SW_EXPORT_N_FORMATS] = {
  [SW_EXPORT_RECORD] = {
    N_("Export Decision Record"),
    /* Translators: the file name a decision record is offered under, without extension */
    N_("decision-record"),
    ".md", "text/markdown", N_("Markdown documents"),
  },
  [SW_EXPORT_PDF] = {
    N_("Export PDF Report"),
    /* Translators: the file name a PDF report is offered under, without extension */
    N_("decision-report"),
    ".pdf", "application/pdf", N_("PDF documents"),
  },
  [SW_EXPORT_IMAGE] = {
    N_("Export Image of the Recommendation"),
    /* Translators: the file name the image is offered under, without extension */
    N_("recommendation"),
    ".png", "image/png", N_("PNG images"),
  },
};

void
sw_export_get_info (SwExportFormat  format,
                    SwExportInfo   *info)
{
  g_return_if_fail (format < SW_EXPORT_N_FORMATS);
  g_return_if_fail (info != NULL);

  *info = infos[format];
  info->title = _(info->title);
  info->file_stem = _(info->file_stem);
  info->filter_name = _(info->filter_name);
}

gboolean
sw_export_is_available (SwExportFormat  format,
                        SwMeeting      *meeting)
{
  SwBlindVote blind = { 0, };

  g_return_val_if_fail (format < SW_EXPORT_N_FORMATS, FALSE);
  g_return_val_if_fail (meeting == NULL || SW_IS_MEETING (meeting), FALSE);

  if (format != SW_EXPORT_IMAGE)
    return TRUE;

  if (meeting != NULL)
    sw_blind_vote_init_from_meeting (&blind, meeting);

  return !blind.hidden;
}

/* The pane as it is on screen, on its window's background, at its size in
 * pixels (times the scale of a HiDPI screen). */
static gboolean
export_image (const SwExportSource  *source,
              GFile                 *file,
              GError               **error)
{
  GtkWidget *pane = source->pane;
  GtkWidget *root;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;
  GskRenderer *renderer;
  GdkRGBA background;
  int width, height, scale;
  SwBlindVote blind;

  g_return_val_if_fail (GTK_IS_WIDGET (pane), FALSE);

  sw_blind_vote_init_from_meeting (&blind, source->meeting);
  if (blind.hidden)
    {
      g_autofree char *status = sw_blind_vote_dup_status (&blind);
      g_autofree char *name = sw_save_dup_display_name (file);

      /* Translators: "cannot write vote.png: blind vote: 2 of 3 have voted; …" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, _("cannot write %s: %s"), name, status);
      return FALSE;
    }

  width = gtk_widget_get_width (pane);
  height = gtk_widget_get_height (pane);
  renderer = gtk_widget_get_native (pane) != NULL ? gtk_native_get_renderer (gtk_widget_get_native (pane)) : NULL;
  if (width <= 0 || height <= 0 || renderer == NULL || !gtk_widget_get_mapped (pane))
    {
      g_autofree char *name = sw_save_dup_display_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s: cannot save the image: the recommendation is not on screen"), name);
      return FALSE;
    }

  scale = gtk_widget_get_scale_factor (pane);
  paintable = gtk_widget_paintable_new (pane);
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_scale (snapshot, scale, scale);

  /* The pane draws no background of its own: its window's goes behind it. */
  root = GTK_WIDGET (gtk_widget_get_root (pane));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (root), "window_bg_color", &background))
    background = (GdkRGBA) { 1, 1, 1, 1 };
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width * scale, height * scale));
  png = gdk_texture_save_to_png_bytes (texture);

  return sw_save_file_contents (file, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL, error);
}

gboolean
sw_export_to_file (SwExportFormat         format,
                   const SwExportSource  *source,
                   GFile                 *file,
                   GError               **error)
{
  g_return_val_if_fail (format < SW_EXPORT_N_FORMATS, FALSE);
  g_return_val_if_fail (source != NULL && SW_IS_MEETING (source->meeting), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The record and the report evaluate the meeting themselves, through the blind rule. */
  switch (format)
    {
    case SW_EXPORT_RECORD:
      return sw_export_markdown_to_file (source->meeting, NULL, file, NULL, error);
    case SW_EXPORT_PDF:
      return sw_export_pdf_to_file (source->meeting, NULL, file, NULL, error);
    case SW_EXPORT_IMAGE:
      return export_image (source, file, error);
    default:
      g_assert_not_reached ();
    }
}

char *
sw_export_dup_summary (const SwExportSource *source)
{
  g_autofree char *text = NULL;
  g_autofree char *team_text = NULL;
  g_autofree char *weights_source = NULL;
  g_autofree const char **names = NULL;
  g_auto(GStrv) tipping = NULL;
  g_autoptr(GString) out = NULL;
  SwMeeting *meeting;
  SwBlindVote blind;
  guint n;

  g_return_val_if_fail (source != NULL, NULL);

  meeting = source->meeting;
  if (source->verdict == NULL || meeting == NULL)
    return g_strdup ("");

  /* A blind vote still open: how far it has come, nothing more. */
  sw_blind_vote_init_from_meeting (&blind, meeting);
  if (blind.hidden)
    {
      g_autofree char *status = sw_blind_vote_dup_status (&blind);
      return g_strconcat (status, "\n", NULL);
    }

  /* A team's tipping points in terms someone can move: the active
   * participant's sliders, everyone else held. */
  if (source->team != NULL)
    tipping = sw_report_dup_team_tipping (meeting, source->team, NULL);
  text = sw_report_format_text_with_tipping (source->verdict, (const char * const *) tipping);
  /* Whose weights these are: a preset, someone's own, the team's mean. */
  weights_source = sw_weights_source_dup_sentence (meeting, &blind);
  out = g_string_new (NULL);
  g_string_append_printf (out, "%s%s\n", text, weights_source);
  if (source->team == NULL || !source->show_team)
    return g_string_free (g_steal_pointer (&out), FALSE);

  n = sw_meeting_get_n_participants (meeting);
  names = g_new0 (const char *, n + 1);
  for (guint p = 0; p < n; p++)
    names[p] = sw_meeting_get_participant_name (meeting, p);
  team_text = sw_team_format_text (source->team, names);
  g_string_append (out, team_text);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
sw_export_copy_summary (const SwExportSource *source,
                        GdkClipboard         *clipboard)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));

  summary = sw_export_dup_summary (source);
  gdk_clipboard_set_text (clipboard, summary);
}
