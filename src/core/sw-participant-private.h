/* sw-participant-private.h — how the meeting changes its participants
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-participant.h"

G_BEGIN_DECLS

/* Every weight at `default_weight`, no name, no vote, no preset. */
SwParticipant *sw_participant_new        (guint          n_criteria,
                                          double         default_weight);

/* Sets what changed and notifies each property that did. Only the meeting calls it. */
void           sw_participant_set_values (SwParticipant *self,
                                          const char    *name,
                                          const double  *weights,
                                          gboolean       voted,
                                          const char    *preset_id,
                                          gboolean       active);

G_END_DECLS
