/* sw-meeting-session.h — the open meeting: its file, its unsaved changes, its recovery file and the title they give
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No widgets: the window shows the title, asks about unsaved changes, picks
 * files and shows errors; the session does the rest.
 */

#pragma once

#include <gio/gio.h>

#include "sw-dataset.h"
#include "sw-meeting.h"
#include "sw-recovery.h"

G_BEGIN_DECLS

#define SW_TYPE_MEETING_SESSION (sw_meeting_session_get_type ())

G_DECLARE_FINAL_TYPE (SwMeetingSession, sw_meeting_session, SW, MEETING_SESSION, GObject)

/* Keeps the meeting in `recovery_file` as it changes (sw-recovery); it has no
 * meeting until sw_meeting_session_set_dataset(). */
SwMeetingSession *sw_meeting_session_new              (GFile             *recovery_file);

SwDataset        *sw_meeting_session_get_dataset      (SwMeetingSession  *self);
/* Another comparison gets a new meeting object (the "meeting" property), with
 * the weights of the criteria it shares with the previous one; a meeting file
 * of another dataset is forgotten, so that saving asks for a new name. */
void              sw_meeting_session_set_dataset      (SwMeetingSession  *self,
                                                       SwDataset         *dataset);
SwMeeting        *sw_meeting_session_get_meeting      (SwMeetingSession  *self);
/* The meeting's own file ("file"), NULL until opened or saved. */
GFile            *sw_meeting_session_get_file         (SwMeetingSession  *self);
/* Its name without the extension, NULL without a file. */
char             *sw_meeting_session_dup_name         (SwMeetingSession  *self);
/* Whether closing or replacing the meeting would lose work ("unsaved"): one
 * person's weights live in the settings, but a meeting file, a team or notes
 * are lost without saving. */
gboolean          sw_meeting_session_get_unsaved      (SwMeetingSession  *self);
/* The titles the meeting gives its window: "title" ("• Team review", or
 * "Stackwise" for a meeting never saved), "window-title" (the app first, for the
 * window list) and "subtitle" (the comparison and where it comes from). */
const char       *sw_meeting_session_get_title        (SwMeetingSession  *self);
const char       *sw_meeting_session_get_window_title (SwMeetingSession  *self);
const char       *sw_meeting_session_get_subtitle     (SwMeetingSession  *self);
SwRecovery       *sw_meeting_session_get_recovery     (SwMeetingSession  *self);

/* One person alone, every weight at the default, no notes, no file. */
void              sw_meeting_session_new_meeting      (SwMeetingSession  *self);
/* Opens a meeting file. On failure the error names the file and the problem,
 * and the open meeting stays as it was. ::replacing is emitted just before
 * the open meeting takes the file's content. */
gboolean          sw_meeting_session_open             (SwMeetingSession  *self,
                                                       GFile             *file,
                                                       GCancellable      *cancellable,
                                                       GError           **error);
/* The same, reading the file in a thread. */
void              sw_meeting_session_open_async       (SwMeetingSession  *self,
                                                       GFile             *file,
                                                       GCancellable      *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer           user_data);
gboolean          sw_meeting_session_open_finish      (SwMeetingSession  *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);
/* Saves to `file` (Save As), or to the meeting's own file when NULL, which
 * it must have. Atomic: a failed save leaves the previous file whole, the
 * meeting unsaved, and says why. */
gboolean          sw_meeting_session_save             (SwMeetingSession  *self,
                                                       GFile             *file,
                                                       GCancellable      *cancellable,
                                                       GError           **error);
/* The same, writing in a thread. */
void              sw_meeting_session_save_async       (SwMeetingSession  *self,
                                                       GFile             *file,
                                                       GCancellable      *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer           user_data);
gboolean          sw_meeting_session_save_finish      (SwMeetingSession  *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);

/* A meeting left by a crash, for the dataset: NULL without an error when there
 * is none; NULL with the error when the file cannot be used, which is then set
 * aside (kept, but offered no more). */
SwRecovered      *sw_meeting_session_read_recovery    (SwMeetingSession  *self,
                                                       GError           **error);
/* Makes the recovered meeting the open one, unsaved; FALSE when it cannot be
 * kept for recovery again (the meeting is restored all the same). */
gboolean          sw_meeting_session_restore          (SwMeetingSession  *self,
                                                       SwRecovered       *recovered,
                                                       GError           **error);
/* No recovery file is left (a clean quit, or the user discarded it). */
void              sw_meeting_session_discard_recovery (SwMeetingSession  *self);

G_END_DECLS
