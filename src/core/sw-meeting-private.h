/* sw-meeting-private.h — how the meeting file's reader and writer fill and stamp a meeting
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-meeting.h"

G_BEGIN_DECLS

/* On a decision fresh from sw_meeting_new(), what a file says, participant by
 * participant (no undo steps, names taken as given: the reader checked them),
 * then the active participant and preset. load_finish() leaves the history
 * empty and the decision not modified. */
void sw_meeting_load_participant (SwMeeting   *self,
                                   const char   *name,
                                   const double *weights,
                                   gboolean      voted);
void sw_meeting_load_finish      (SwMeeting   *self,
                                   guint         active,
                                   const char   *preset_id);
/* The file's creation and last save times (either may be NULL). */
void sw_meeting_set_file_times   (SwMeeting   *self,
                                   GDateTime    *created,
                                   GDateTime    *saved);

G_END_DECLS
