/* sw-save.c — writing a file so that a failed write leaves the previous version whole
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-save.h"

char *
sw_save_dup_display_name (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

/* Like g_file_replace_contents (no backup, G_FILE_CREATE_REPLACE_DESTINATION), but
 * safe when a write fails halfway. For an existing file GIO writes a temporary file
 * next to it and renames it over the old one on close. g_file_replace_contents()
 * (GLib 2.74) drops the stream after a failed write without cancelling it, and
 * closing then renames the partial file over the old one: a full disk would
 * destroy the previous version. Closing with a cancelled cancellable makes GIO
 * delete the temporary file instead. */
static gboolean
replace_contents (GFile         *file,
                  const char    *data,
                  gsize          length,
                  gboolean       existed,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abort = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, cancellable, error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return TRUE;

  abort = g_cancellable_new ();
  g_cancellable_cancel (abort);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);

  /* A new file is written in place: remove what was written of it. */
  if (!existed)
    g_file_delete (file, NULL, NULL);

  return FALSE;
}

static void
set_save_error (GError       **error,
                GFile         *file,
                gboolean       existed,
                const GError  *io_error)
{
  g_autofree char *name = sw_save_dup_display_name (file);
  const char *reason = io_error->message;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("permission denied: you cannot write in this folder");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    reason = _("the disk is full");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("the folder does not exist");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    reason = _("a part of the path is a file, not a folder");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    reason = _("the disk is read-only");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("it is a folder, not a file");

  if (existed)
    /* Translators: "meeting.stackwise: cannot save (the disk is full); the previous version is unchanged" */
    g_set_error (error, io_error->domain, io_error->code,
                 _("%s: cannot save (%s); the previous version is unchanged"), name, reason);
  else
    g_set_error (error, io_error->domain, io_error->code,
                 _("%s: cannot save (%s)"), name, reason);
}

gboolean
sw_save_file_contents (GFile         *file,
                       const char    *data,
                       gsize          length,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  existed = g_file_query_exists (file, cancellable);

  if (replace_contents (file, data, length, existed, cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    set_save_error (error, file, existed, local_error);

  return FALSE;
}
