/* sw-export.h — every export of a meeting: the decision record, the PDF report, the image of the pane, the summary
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One door for what leaves the app, given what each export needs: the meeting,
 * the verdict and team on screen, the widget drawn for the image. It knows no
 * window; the window asks it what to offer and hands it a chosen file.
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-meeting.h"
#include "sw-team.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

typedef enum
{
  SW_EXPORT_RECORD,  /* the decision record, Markdown in the MADR layout (sw-export-markdown) */
  SW_EXPORT_PDF,     /* the printable report (sw-export-pdf) */
  SW_EXPORT_IMAGE,   /* the recommendation pane as drawn, PNG */
} SwExportFormat;

#define SW_EXPORT_N_FORMATS (SW_EXPORT_IMAGE + 1)

/* What a file chooser offers for a format; the texts are translated. */
typedef struct
{
  const char *title;        /* "Export PDF Report" */
  const char *file_stem;    /* the name offered when the meeting has none: "decision-report" */
  const char *extension;    /* with its dot: ".pdf" */
  const char *mime_type;
  const char *filter_name;  /* "PDF documents" */
} SwExportInfo;

/* What an export is made of. The image draws `pane` (on the background of the
 * window it is in), which must be on screen; the summary says `verdict` and,
 * with `show_team`, `team` (both as shown, may be NULL). */
typedef struct
{
  SwMeeting  *meeting;
  SwVerdict  *verdict;
  SwTeam     *team;
  gboolean    show_team;
  GtkWidget  *pane;
} SwExportSource;

void                sw_export_get_info        (SwExportFormat        format,
                                               SwExportInfo         *info);

/* Whether the format may be exported now: the record, the report and the
 * summary say how far a blind vote has come, but an image of the pane would
 * show nothing but that, so it waits while the result is hidden. */
gboolean            sw_export_is_available    (SwExportFormat        format,
                                               SwMeeting            *meeting);

/* Writes the format to `file` atomically (sw-save). On failure the error names
 * the file and the problem, and an earlier file stays whole. */
gboolean            sw_export_to_file         (SwExportFormat        format,
                                               const SwExportSource *source,
                                               GFile                *file,
                                               GError              **error);

/* The verdict as plain text, and the team's part, as Copy Summary gives it;
 * during a blind vote still open, only how far it has come. */
char               *sw_export_dup_summary     (const SwExportSource *source);
/* Puts the summary on `clipboard`. */
void                sw_export_copy_summary    (const SwExportSource *source,
                                               GdkClipboard         *clipboard);

G_END_DECLS
