/* sw-weights-source.h — where a meeting's weights came from, in one sentence for every door
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The decision record, the PDF report and the clipboard summary say whose
 * weights they weigh: one person's preset, a person's own weights, or the mean
 * of named participants' weights. The rule lives here, once.
 */

#pragma once

#include <glib.h>

#include "sw-blind-vote.h"
#include "sw-meeting.h"

G_BEGIN_DECLS

typedef enum
{
  SW_WEIGHTS_SOURCE_PRESET,     /* one person's weights, exactly those of a preset */
  SW_WEIGHTS_SOURCE_OWN,        /* one person's own weights */
  SW_WEIGHTS_SOURCE_TEAM_MEAN,  /* the mean of two or more participants' weights */
} SwWeightsSourceKind;

/* The rule: with two or more participants the weights weighed are the mean of
 * theirs (sw_team); otherwise they are one person's (the one participant, or
 * the person deciding alone). A person's weights "are a preset" only when they
 * equal its weights exactly, so a preset tried and then changed is not
 * credited. While a blind vote is sealed no preset is named, since that would
 * show someone's weights. */
SwWeightsSourceKind sw_weights_source_get_kind    (SwMeeting        *meeting);
/* The preset whose weights a person's equal exactly (the meeting file's own preset
 * first, then the dataset's in order), or NULL. */
const SwPreset     *sw_weights_source_find_preset (SwMeeting        *meeting,
                                                   const double      *weights);

/* One paragraph, no trailing newline:
 *   "The weights are those of the preset “Validate ideas quickly” (Startups)."
 *   "The weights are those Ana set herself." / "… set by hand, not taken from a preset."
 *   "The weights are the mean of the weights of Ana, Ben and Cleo, each taken as
 *    shares of their own total. Ana took the preset “Data-driven products”
 *    (Startups) unchanged; Ben and Cleo set their own."
 * `blind` may be NULL (not blind). */
char               *sw_weights_source_dup_sentence (SwMeeting        *meeting,
                                                    const SwBlindVote *blind);

G_END_DECLS
