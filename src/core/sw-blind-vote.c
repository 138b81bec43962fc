/* sw-blind-vote.c — what a meeting may show while a blind vote is open
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-blind-vote.h"

void
sw_blind_vote_init_from_meeting (SwBlindVote *self,
                                  SwMeeting  *meeting)
{
  sw_blind_vote_init (self, sw_meeting_get_blind (meeting), sw_meeting_get_n_participants (meeting),
                      sw_meeting_get_n_voted (meeting));
}

SwVerdict *
sw_blind_vote_evaluate (SwMeeting   *meeting,
                        SwTeam      **out_team,
                        SwBlindVote  *out)
{
  SwBlindVote state;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  sw_blind_vote_init_from_meeting (&state, meeting);
  if (out != NULL)
    *out = state;

  if (state.hidden)
    {
      if (out_team != NULL)
        *out_team = NULL;
      return NULL;
    }

  return sw_meeting_evaluate (meeting, out_team);
}
