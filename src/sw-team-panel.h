/* sw-team-panel.h — the meeting's participants (add, rename, remove, choose who votes), blind mode, notes
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

#define SW_TYPE_TEAM_PANEL (sw_team_panel_get_type ())

G_DECLARE_FINAL_TYPE (SwTeamPanel, sw_team_panel, SW, TEAM_PANEL, AdwBin)

/* Writes participants, names, votes, blind mode and notes into the decision, and follows it. */
void       sw_team_panel_set_meeting (SwTeamPanel *self,
                                       SwMeeting  *meeting);

/* The notes' editor: NULL until the notes first open or a meeting brings some. */
GtkTextView *sw_team_panel_get_notes_view (SwTeamPanel *self);

G_END_DECLS
