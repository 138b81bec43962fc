/* sw-vote-collection.h — a meeting collecting ballots from the participants' devices
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's side of the ballot server: ballots land in the meeting's
 * SwMeeting as they arrive, and the server sees who is in the meeting and
 * who has voted as the room changes it. docs/ballots.md.
 */

#pragma once

#include <gio/gio.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

#define SW_TYPE_VOTE_COLLECTION (sw_vote_collection_get_type ())

G_DECLARE_FINAL_TYPE (SwVoteCollection, sw_vote_collection, SW, VOTE_COLLECTION, GObject)

/* Nothing listens until start(). */
SwVoteCollection *sw_vote_collection_new          (SwMeeting        *meeting);
SwMeeting       *sw_vote_collection_get_meeting (SwVoteCollection  *self);
/* @listen: "ADDRESS:PORT", or NULL for the machine's local-network address.
 * Fails (and nothing listens) when that cannot be had; then it may be tried
 * again with another address. Once started, never again. */
gboolean          sw_vote_collection_start        (SwVoteCollection  *self,
                                                   const char        *listen,
                                                   GError           **error);
/* Stops listening and closes every connection. Also happens by itself once
 * everyone in the meeting has voted. */
void              sw_vote_collection_stop         (SwVoteCollection  *self);
/* TRUE from a successful start() until stopped. */
gboolean          sw_vote_collection_get_running  (SwVoteCollection  *self);
/* What the participants open; NULL until started. Kept after stopping. */
const char       *sw_vote_collection_get_address  (SwVoteCollection  *self);

G_END_DECLS
