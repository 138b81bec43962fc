/* sw-vote-collector.h — Collect Votes in a window: the ballots' server and its page among the window's pages
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

#define SW_TYPE_VOTE_COLLECTOR (sw_vote_collector_get_type ())

G_DECLARE_FINAL_TYPE (SwVoteCollector, sw_vote_collector, SW, VOTE_COLLECTOR, GObject)

/* Adds its "collect" page to `stack` (not held: the window holds both) while
 * collecting, and removes it when the collection stops. */
SwVoteCollector *sw_vote_collector_new             (GtkStack         *stack);
/* The meeting whose votes are collected; a new one stops any collection. */
void             sw_vote_collector_set_meeting     (SwVoteCollector  *self,
                                                    SwMeeting        *meeting);
/* Whether Collect Votes can be chosen ("can-collect"): collecting already,
 * or in a meeting where someone has still to vote. */
gboolean         sw_vote_collector_get_can_collect (SwVoteCollector  *self);
/* Whether the server is running ("collecting"). */
gboolean         sw_vote_collector_get_collecting  (SwVoteCollector  *self);
/* Starts collecting unless it already is, and shows the page. On failure
 * the error says why and nothing of it remains. ::closed is emitted when it
 * stops by itself, once everyone has voted. */
gboolean         sw_vote_collector_start           (SwVoteCollector  *self,
                                                    GError          **error);
void             sw_vote_collector_stop            (SwVoteCollector  *self);

G_END_DECLS
