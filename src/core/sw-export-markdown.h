/* sw-export-markdown.h — the decision record: a meeting's verdict as Markdown in the MADR layout
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

/* A decision record in the MADR layout (https://adr.github.io/madr/): title, status,
 * date, deciders, context and problem statement (the notes), decision drivers (the
 * weighted criteria), considered options, decision outcome (the verdict, its reasons,
 * tipping points, robustness, and each participant's verdict), and the options' pros
 * and cons from the dataset. date NULL means today. */
char       *sw_export_markdown              (SwMeeting   *meeting,
                                             GDateTime         *date);
/* Writes it with sw_save_file_contents(). */
gboolean    sw_export_markdown_to_file      (SwMeeting   *meeting,
                                             GDateTime         *date,
                                             GFile             *file,
                                             GCancellable      *cancellable,
                                             GError           **error);

G_END_DECLS
