/* sw-participant.h — one person in a meeting: name, weights, vote, the preset they started from
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A participant's name: 1 to this many characters (the meeting file holds the same). */
#define SW_PARTICIPANT_MAX_NAME_LENGTH 64

#define SW_TYPE_PARTICIPANT (sw_participant_get_type ())

G_DECLARE_FINAL_TYPE (SwParticipant, sw_participant, SW, PARTICIPANT, GObject)

/* A participant belongs to the meeting (SwMeeting) that lists it in
 * sw_meeting_get_participants(); only the meeting changes it, so that every
 * change is an undo step. Its properties are read-only and notify on real
 * change:
 *   "name"       the participant's name (NULL only for one person deciding alone)
 *   "weights"    a GVariant of type "ad", one weight per criterion (0..10); read
 *                them with sw_participant_get_weights()
 *   "voted"      has finished setting their weights (blind mode waits for everyone)
 *   "preset-id"  the preset their weights equal, or NULL once one was changed by hand
 *   "active"     theirs are the weights the decision form shows and edits
 * The same object stays in the list for as long as the participant does, through
 * renames, votes, undo and redo. */

const char   *sw_participant_get_name      (SwParticipant *self);
/* n_criteria weights, in criteria order. */
const double *sw_participant_get_weights   (SwParticipant *self);
guint         sw_participant_get_n_weights (SwParticipant *self);
double        sw_participant_get_weight    (SwParticipant *self,
                                            guint          criterion);
gboolean      sw_participant_get_voted     (SwParticipant *self);
const char   *sw_participant_get_preset_id (SwParticipant *self);
gboolean      sw_participant_get_active    (SwParticipant *self);

G_END_DECLS
