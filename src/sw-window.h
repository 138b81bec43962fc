/* sw-window.h — the main window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-dataset.h"
#include "sw-meeting.h"
#include "sw-meeting-session.h"
#include "sw-recovery.h"

G_BEGIN_DECLS

#define SW_TYPE_WINDOW (sw_window_get_type ())

G_DECLARE_FINAL_TYPE (SwWindow, sw_window, SW, WINDOW, AdwApplicationWindow)

/* The window needs the application only as a GtkApplication, and
 * sw-application.c includes this header: no include back. */
typedef struct _SwApplication SwApplication;

SwWindow  *sw_window_new         (SwApplication *application);
SwDataset *sw_window_get_dataset (SwWindow      *self);
void       sw_window_set_dataset (SwWindow      *self,
                                  SwDataset     *dataset);
/* The weights being decided on, for the dataset shown; replaced with the dataset. */
SwMeeting *sw_window_get_meeting (SwWindow     *self);
/* Loads a comparison dataset into the window; on failure the error names
 * the file and the problem, and the current dataset stays. */
gboolean   sw_window_load_dataset_file (SwWindow *self,
                                        GFile    *file,
                                        GError  **error);
/* The same, showing any error in the window (a toast or a dialog). */
void       sw_window_open_dataset      (SwWindow *self,
                                        GFile    *file);

/* The open meeting's file, unsaved changes, recovery and title. */
SwMeetingSession *sw_window_get_session (SwWindow *self);

/* Meeting files (the File actions call these after asking about unsaved changes). */
/* The open meeting file, or NULL for a meeting never saved. */
GFile     *sw_window_get_meeting_file_file  (SwWindow  *self);
/* One person alone, every weight at the default, no notes, no file. */
void       sw_window_new_meeting       (SwWindow  *self);
/* On failure the error names the file and the problem; nothing changes. */
gboolean   sw_window_load_meeting_file_file (SwWindow  *self,
                                         GFile     *file,
                                         GError   **error);
/* The same, reading the file in a thread and showing any error in the window. */
void       sw_window_open_meeting      (SwWindow  *self,
                                         GFile     *file);
/* The same after asking about unsaved changes, as File → Open does. */
void       sw_window_request_open_meeting (SwWindow *self,
                                            GFile    *file);
/* Atomic: a failed save leaves the previous file whole and says why. */
gboolean   sw_window_save_meeting_file (SwWindow  *self,
                                         GFile     *file,
                                         GError   **error);

/* Exports of what the window shows. */
gboolean   sw_window_export_record_file (SwWindow  *self,
                                         GFile     *file,
                                         GError   **error);
gboolean   sw_window_export_pdf_file    (SwWindow  *self,
                                         GFile     *file,
                                         GError   **error);
/* The recommendation pane as a PNG image; it must be on screen. */
gboolean   sw_window_export_png_file    (SwWindow  *self,
                                         GFile     *file,
                                         GError   **error);
/* The verdict as plain text (and the team's part), as Copy Summary puts it on the clipboard. */
char      *sw_window_dup_summary        (SwWindow  *self);
void       sw_window_copy_summary       (SwWindow  *self);

/* Present mode: full screen with large type (also the "presenting" property). */
gboolean   sw_window_get_presenting     (SwWindow  *self);
void       sw_window_set_presenting     (SwWindow  *self,
                                         gboolean   presenting);
/* How much larger than the desktop's text everything is: zoom × present mode. */
double     sw_window_get_scale          (SwWindow  *self);

/* Crash recovery: what keeps the meeting on disk as it changes, and the offer,
 * at start, to restore a meeting left by a crash (returns the dialog, or NULL
 * when there is nothing to restore or the file could not be used). */
SwRecovery *sw_window_get_recovery      (SwWindow  *self);
GtkWidget  *sw_window_offer_recovery    (SwWindow  *self);

G_END_DECLS
