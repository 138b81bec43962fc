/* sw-weight.h — the weight scale: the one range every weight lives in
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A criterion's weight runs from SW_WEIGHT_MIN (does not matter) to
 * SW_WEIGHT_MAX (matters most), set in steps of SW_WEIGHT_STEP. */
#define SW_WEIGHT_MIN 0.0
#define SW_WEIGHT_MAX 10.0
#define SW_WEIGHT_STEP 0.5

/* Any double as a weight: clamped to SW_WEIGHT_MIN..SW_WEIGHT_MAX; NaN fails
 * every comparison, so it ends up SW_WEIGHT_MIN rather than passing through
 * (which CLAMP would let it do). */
static inline double
sw_weight_clamp (double weight)
{
  if (!(weight > SW_WEIGHT_MIN))
    return SW_WEIGHT_MIN;
  if (weight > SW_WEIGHT_MAX)
    return SW_WEIGHT_MAX;
  return weight;
}

G_END_DECLS
