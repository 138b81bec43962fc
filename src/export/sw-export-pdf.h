/* sw-export-pdf.h — the printable report: verdict, charts, team; cairo and Pango only, no display
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

/* A4 portrait, in PDF points. */
#define SW_EXPORT_PDF_PAGE_WIDTH  595.276
#define SW_EXPORT_PDF_PAGE_HEIGHT 841.890

/* How many pages the report of this meeting has: 1 (the verdict, its scores,
 * reasons, tipping points and robustness), or 2 when there are notes or two or
 * more participants (the context and the team's votes). */
guint     sw_export_pdf_count_pages    (SwMeeting   *meeting);

/* The report as PDF bytes. date NULL means today. The error says why cairo failed. */
GBytes   *sw_export_pdf                (SwMeeting   *meeting,
                                        GDateTime         *date,
                                        GError           **error);
/* Writes it with sw_save_file_contents(): a failed write leaves an earlier file whole. */
gboolean  sw_export_pdf_to_file        (SwMeeting   *meeting,
                                        GDateTime         *date,
                                        GFile             *file,
                                        GCancellable      *cancellable,
                                        GError           **error);

G_END_DECLS
