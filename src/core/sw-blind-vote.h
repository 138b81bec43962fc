/* sw-blind-vote.h — what a meeting may show while a blind vote is open
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One rule for every door (window, command line, decision record, PDF, image,
 * summary, ballot server): until everyone has voted in a blind vote, no team
 * verdict, no participant's verdict and no participant's weights are shown.
 */

#pragma once

#include <glib.h>

#include "sw-meeting.h"
#include "sw-team.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean blind;   /* the meeting votes blind (and has two or more participants) */
  gboolean hidden;  /* blind and not everyone has voted: the result is sealed */
  guint    voted;   /* participants who have voted */
  guint    of;      /* participants */
} SwBlindVote;

/* The rule itself, from the meeting's bare facts. */
void        sw_blind_vote_init                (SwBlindVote      *self,
                                               gboolean          blind,
                                               guint             n_participants,
                                               guint             n_voted);
void        sw_blind_vote_init_from_meeting  (SwBlindVote      *self,
                                               SwMeeting       *meeting);

/* Whether a participant's weights and own verdict may be shown: always once the
 * result is revealed; while it is sealed only to someone still setting them
 * (not yet voted), never after they have voted. */
gboolean    sw_blind_vote_shows_participant   (const SwBlindVote *self,
                                               gboolean          participant_voted);

/* "blind vote: 2 of 3 have voted; the result stays hidden until everyone has" */
char       *sw_blind_vote_dup_status          (const SwBlindVote *self);

/* The meeting's verdict as every door may show it: NULL (and *out_team NULL)
 * while a blind vote is sealed; otherwise as sw_meeting_evaluate(). `out`
 * (may be NULL) receives the blind state. */
SwVerdict  *sw_blind_vote_evaluate            (SwMeeting       *meeting,
                                               SwTeam          **out_team,
                                               SwBlindVote      *out);

G_END_DECLS
