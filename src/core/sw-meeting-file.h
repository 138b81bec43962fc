/* sw-meeting-file.h — the meeting's file on disk: reads a .stackwise file into a meeting, writes one out
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file format is described in docs/meeting-format.md.
 */

#pragma once

#include <gio/gio.h>

#include "sw-dataset.h"
#include "sw-meeting.h"

G_BEGIN_DECLS

/* The newest meeting file format this build reads and the one it writes. */
#define SW_MEETING_FILE_FORMAT_VERSION 2
/* The value of the "kind" member, which tells a meeting file from other JSON files. */
#define SW_MEETING_FILE_KIND "stackwise-scenario"
/* The file name extension, with its dot, and the content type for file choosers. */
#define SW_MEETING_FILE_EXTENSION ".stackwise"
#define SW_MEETING_FILE_MIME_TYPE "application/x-stackwise-scenario"
/* Larger files are refused before parsing. */
#define SW_MEETING_FILE_MAX_BYTES (1024 * 1024)
/* A ballot from a participant's device: larger ones are refused before parsing. */
#define SW_MEETING_FILE_MAX_BALLOT_BYTES (8 * 1024)
/* A participant's name: 1 to 64 characters. */
#define SW_MEETING_FILE_MAX_NAME_LENGTH SW_PARTICIPANT_MAX_NAME_LENGTH
/* The same limit as a team's (SW_TEAM_MAX_PARTICIPANTS). */
#define SW_MEETING_FILE_MAX_PARTICIPANTS 32

#define SW_MEETING_FILE_ERROR (sw_meeting_file_error_quark ())

/* Loading errors. Saving errors keep GIO's domain and code (G_IO_ERROR_PERMISSION_DENIED,
 * G_IO_ERROR_NO_SPACE, …) with a message that names the file and says why. */
typedef enum
{
  SW_MEETING_FILE_ERROR_IO,                /* cannot read the file */
  SW_MEETING_FILE_ERROR_TOO_LARGE,         /* over SW_MEETING_FILE_MAX_BYTES */
  SW_MEETING_FILE_ERROR_NOT_JSON,          /* empty, not UTF-8, a syntax error */
  SW_MEETING_FILE_ERROR_TRUNCATED,         /* the JSON stops in the middle */
  SW_MEETING_FILE_ERROR_NOT_MEETING,      /* JSON, but not a meeting file (a dataset, say) */
  SW_MEETING_FILE_ERROR_NEWER_FORMAT,      /* made for a newer Stackwise */
  SW_MEETING_FILE_ERROR_OTHER_DATASET,     /* for a dataset other than the one given */
  SW_MEETING_FILE_ERROR_SHAPE,             /* a value of the wrong type */
  SW_MEETING_FILE_ERROR_MISSING_FIELD,     /* a required member is absent */
  SW_MEETING_FILE_ERROR_OUT_OF_RANGE,      /* a weight, index or count outside its limits */
  SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE, /* a criterion or preset the dataset does not have */
  SW_MEETING_FILE_ERROR_DUPLICATE_NAME,    /* two participants with the same name */
} SwMeetingFileError;

GQuark          sw_meeting_file_error_quark          (void);

/* Reads and validates a meeting file for `dataset` into a new meeting: not
 * modified, no history, the file's times kept (sw_meeting_get_created()). To
 * open it in a meeting already shown, sw_meeting_replace() it there; nothing
 * changes unless the whole file is good. display_name names the source in
 * messages ("meeting.stackwise"). Every message is one line: the name, where in
 * the file, and the problem. */
SwMeeting     *sw_meeting_file_read_bytes           (GBytes       *bytes,
                                                  const char   *display_name,
                                                  SwDataset    *dataset,
                                                  GError      **error);
SwMeeting     *sw_meeting_file_read_file            (GFile        *file,
                                                  SwDataset    *dataset,
                                                  GCancellable *cancellable,
                                                  GError      **error);
/* The bytes of a meeting file, read within the meeting's size limit, with the
 * messages of sw_meeting_file_read_file(); for a reader that also wants members
 * of its own (the recovery file). */
GBytes         *sw_meeting_file_read_file_bytes      (GFile        *file,
                                                  const char   *name,
                                                  GCancellable *cancellable,
                                                  GError      **error);

/* A ballot sent from a participant's device: {"name": "Ana", "weights": {…}},
 * at most SW_MEETING_FILE_MAX_BALLOT_BYTES, with a weight for every criterion. The
 * name and weights are checked exactly as a participant's in a file.
 * out_weights holds n_criteria values. */
gboolean        sw_meeting_file_read_ballot          (SwDataset    *dataset,
                                                  GBytes       *bytes,
                                                  const char   *display_name,
                                                  char        **out_name,
                                                  double       *out_weights,
                                                  GError      **error);

/* The JSON text of the meeting, as it would be saved (with its current times). */
char           *sw_meeting_file_to_data              (SwMeeting   *meeting,
                                                  gsize        *length);
/* Writes the file atomically (a temporary file renamed over the old one), so a
 * failed save leaves the previous file as it was. Only when the save succeeds:
 * the meeting's creation time (the first time) and last save time become now,
 * and it is no longer modified. */
gboolean        sw_meeting_file_save_to_file         (SwMeeting   *meeting,
                                                  GFile        *file,
                                                  GCancellable *cancellable,
                                                  GError      **error);
/* The same, writing in a thread: the text is the meeting as it is when called.
 * If the meeting changes before the write ends, it stays modified. */
void            sw_meeting_file_save_to_file_async   (SwMeeting           *meeting,
                                                      GFile               *file,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean        sw_meeting_file_save_to_file_finish  (SwMeeting           *meeting,
                                                      GAsyncResult        *result,
                                                      GError             **error);

G_END_DECLS
