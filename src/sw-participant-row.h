/* sw-participant-row.h — one participant in the meeting's list: whose weights, name, vote, remove
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-participant.h"

G_BEGIN_DECLS

#define SW_TYPE_PARTICIPANT_ROW (sw_participant_row_get_type ())

G_DECLARE_FINAL_TYPE (SwParticipantRow, sw_participant_row, SW, PARTICIPANT_ROW, GtkListBoxRow)

/* A row that follows `participant` (its name, vote and whether it is active)
 * in place for as long as it lives. It changes nothing itself: it asks, with
 * its signals ::choose, ::rename, ::vote and ::remove. */
GtkWidget     *sw_participant_row_new             (SwParticipant    *participant);
SwParticipant *sw_participant_row_get_participant (SwParticipantRow *self);
/* The radio button of another row, so that the rows' choices form one group. */
void           sw_participant_row_set_group       (SwParticipantRow *self,
                                                   SwParticipantRow *group);
/* Whether the "Voted" check shows (a blind vote). */
void           sw_participant_row_set_blind       (SwParticipantRow *self,
                                                   gboolean          blind);
/* The name becomes a field with the whole name selected and the focus, ready
 * for typing. Enter, Tab or a click elsewhere keeps what was typed; Escape
 * gives the name back. */
void           sw_participant_row_start_editing   (SwParticipantRow *self);
gboolean       sw_participant_row_get_editing     (SwParticipantRow *self);

G_END_DECLS
