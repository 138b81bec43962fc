/* sw-situation-panel.h — the decision form's questions about the team's situation
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-choice-button.h"
#include "sw-meeting.h"

G_BEGIN_DECLS

#define SW_TYPE_SITUATION_PANEL (sw_situation_panel_get_type ())

G_DECLARE_FINAL_TYPE (SwSituationPanel, sw_situation_panel, SW, SITUATION_PANEL, AdwBin)

/* Writes the answers into the decision (each one undo step), and follows it. */
void       sw_situation_panel_set_meeting (SwSituationPanel *self,
                                            SwMeeting       *meeting);
/* The skill level choice for a technology (for tests): item 0 is "not stated",
 * item 1 + N is level N. */
SwChoiceButton *sw_situation_panel_get_skill_choice    (SwSituationPanel *self,
                                                     guint             technology);
/* Item 0 "not stated", 1 + T technology T, then "none of these". */
SwChoiceButton *sw_situation_panel_get_existing_choice (SwSituationPanel *self);

G_END_DECLS
