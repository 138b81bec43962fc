/* sw-decision-private.h — how the meeting file's reader and writer fill and stamp a meeting
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-decision.h"

G_BEGIN_DECLS

/* On a decision fresh from sw_decision_new(), what a file says, participant by
 * participant (no undo steps, names taken as given: the reader checked them),
 * then the active participant and preset. load_finish() leaves the history
 * empty and the decision not modified. */
void sw_decision_load_participant (SwDecision   *self,
                                   const char   *name,
                                   const double *weights,
                                   gboolean      voted);
void sw_decision_load_finish      (SwDecision   *self,
                                   guint         active,
                                   const char   *preset_id);
/* The file's creation and last save times (either may be NULL). */
void sw_decision_set_file_times   (SwDecision   *self,
                                   GDateTime    *created,
                                   GDateTime    *saved);

G_END_DECLS
