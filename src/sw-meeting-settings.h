/* sw-meeting-settings.h — one person's weights and the team's situation, kept in the settings between starts
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

#define SW_TYPE_MEETING_SETTINGS (sw_meeting_settings_get_type ())

G_DECLARE_FINAL_TYPE (SwMeetingSettings, sw_meeting_settings, SW, MEETING_SETTINGS, GObject)

/* Keeps the weights, preset, skills and existing systems in `settings` (the
 * application's schema). */
SwMeetingSettings *sw_meeting_settings_new         (GSettings         *settings);
/* Follows `meeting`: a change is written a moment after it is made (a team's
 * weights live in its meeting file, not here). The first meeting it is given
 * takes what the settings hold instead, checked. Connect to the meeting's
 * ::changed before, to see the restored weights as a change. */
void               sw_meeting_settings_set_meeting (SwMeetingSettings *self,
                                                    SwMeeting         *meeting);

G_END_DECLS
