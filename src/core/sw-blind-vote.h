/* sw-blind-vote.h — what a meeting may show while a blind vote is open
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rule (sw-blind-rule.h) applied to a meeting, for every door (window, command line, decision record, PDF, image,
 * summary, ballot server): until everyone has voted in a blind vote, no team
 * verdict, no participant's verdict and no participant's weights are shown.
 */

#pragma once

#include <glib.h>

#include "sw-blind-rule.h"
#include "sw-meeting.h"
#include "sw-team.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

void        sw_blind_vote_init_from_meeting  (SwBlindVote      *self,
                                               SwMeeting       *meeting);

/* The meeting's verdict as every door may show it: NULL (and *out_team NULL)
 * while a blind vote is sealed; otherwise as sw_meeting_evaluate(). `out`
 * (may be NULL) receives the blind state. */
SwVerdict  *sw_blind_vote_evaluate            (SwMeeting       *meeting,
                                               SwTeam          **out_team,
                                               SwBlindVote      *out);

G_END_DECLS
