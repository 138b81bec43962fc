/* sw-recommendation-pane.h — shows a verdict: the answer, the scores, the reasons, what would change it
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-verdict.h"

G_BEGIN_DECLS

#define SW_TYPE_RECOMMENDATION_PANE (sw_recommendation_pane_get_type ())

G_DECLARE_FINAL_TYPE (SwRecommendationPane, sw_recommendation_pane, SW, RECOMMENDATION_PANE, GtkWidget)

GtkWidget *sw_recommendation_pane_new         (void);
/* Shows the verdict (with its robustness, when estimated). Computes nothing. */
void       sw_recommendation_pane_set_verdict (SwRecommendationPane *self,
                                               SwVerdict            *verdict);
SwVerdict *sw_recommendation_pane_get_verdict (SwRecommendationPane *self);

G_END_DECLS
