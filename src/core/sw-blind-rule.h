/* sw-blind-rule.h — the blind vote's rule, from a meeting's bare facts
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Until everyone has voted in a blind vote, no team verdict, no participant's
 * verdict and no participant's weights are shown. SwMeeting asks it for its
 * history; every door asks sw-blind-vote.h, which applies it to a meeting.
 */

#pragma once

#include <glib.h>

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

/* Whether a participant's weights and own verdict may be shown: always once the
 * result is revealed; while it is sealed only to someone still setting them
 * (not yet voted), never after they have voted. */
gboolean    sw_blind_vote_shows_participant   (const SwBlindVote *self,
                                               gboolean          participant_voted);

/* "blind vote: 2 of 3 have voted; the result stays hidden until everyone has" */
char       *sw_blind_vote_dup_status          (const SwBlindVote *self);

G_END_DECLS
