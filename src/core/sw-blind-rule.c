/* sw-blind-rule.c — the blind vote's rule, from a meeting's bare facts
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-blind-rule.h"

void
sw_blind_vote_init (SwBlindVote *self,
                    gboolean     blind,
                    guint        n_participants,
                    guint        n_voted)
{
  g_return_if_fail (self != NULL);

  /* One person alone has no team result to hide. */
  self->blind = blind && n_participants >= 2;
  self->voted = MIN (n_voted, n_participants);
  self->of = n_participants;
  self->hidden = self->blind && self->voted < self->of;
}

gboolean
sw_blind_vote_shows_participant (const SwBlindVote *self,
                                 gboolean           participant_voted)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !self->hidden || !participant_voted;
}

char *
sw_blind_vote_dup_status (const SwBlindVote *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* Translators: the command line's answer while a blind vote is open, "blind vote: 2 of 3 have voted; …" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "blind vote: %u of %u has voted; the result stays hidden until everyone has",
                                       "blind vote: %u of %u have voted; the result stays hidden until everyone has",
                                       self->voted),
                          self->voted, self->of);
}
