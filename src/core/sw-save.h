/* sw-save.h — writing a file so that a failed write leaves the previous version whole
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replaces the file's contents atomically (a temporary file renamed over the old
 * one), for meeting files and exports. On failure the error keeps GIO's domain and code
 * (G_IO_ERROR_PERMISSION_DENIED, G_IO_ERROR_NO_SPACE, …) and its message is one line
 * that names the file and says why: "meeting.stackwise: cannot save (the disk is
 * full); the previous version is unchanged". Cancellation stays G_IO_ERROR_CANCELLED. */
gboolean  sw_save_file_contents   (GFile         *file,
                                   const char    *data,
                                   gsize          length,
                                   GCancellable  *cancellable,
                                   GError       **error);

/* The file's name for messages: its basename, readable. */
char     *sw_save_dup_display_name (GFile        *file);

G_END_DECLS
