/* sw-recommendation-pane.h — shows a verdict: the answer, the scores, the reasons, what would change it
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-team.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

#define SW_TYPE_RECOMMENDATION_PANE (sw_recommendation_pane_get_type ())

G_DECLARE_FINAL_TYPE (SwRecommendationPane, sw_recommendation_pane, SW, RECOMMENDATION_PANE, GtkWidget)

GtkWidget *sw_recommendation_pane_new         (void);
/* Shows the verdict (with its robustness, when estimated). Computes nothing. */
void       sw_recommendation_pane_set_verdict (SwRecommendationPane *self,
                                               SwVerdict            *verdict);
SwVerdict *sw_recommendation_pane_get_verdict (SwRecommendationPane *self);
/* TRUE while the verdict shown has no robustness estimate yet: the pane then
 * keeps the last robustness sentence, faded and marked busy. */
gboolean   sw_recommendation_pane_get_robustness_pending (SwRecommendationPane *self);
/* Shows the robustness now stored in the verdict shown. */
void       sw_recommendation_pane_update_robustness      (SwRecommendationPane *self);
/* Shows the team's figures (consensus, each participant's own verdict and what the
 * verdict would be without them, the criteria disagreed on most) with `names`, one
 * per participant; NULL hides them, as for one person alone. */
void       sw_recommendation_pane_set_team    (SwRecommendationPane *self,
                                               SwTeam               *team,
                                               const char * const   *names);
/* In a team, the tipping sentences of the active participant's sliders for the
 * team's answer (sw_team_dup_participant_tipping_sentence()), shown instead of the
 * verdict's own; NULL shows the verdict's. */
void       sw_recommendation_pane_set_team_tipping (SwRecommendationPane *self,
                                                    const char * const   *sentences);
/* A line above the verdict (blind voting); NULL hides it. */
void       sw_recommendation_pane_set_notice  (SwRecommendationPane *self,
                                               const char           *notice);
/* A blind vote with nothing to show: only the caption and the notice stay. */
void       sw_recommendation_pane_set_sealed  (SwRecommendationPane *self,
                                               gboolean              sealed);
gboolean   sw_recommendation_pane_get_sealed  (SwRecommendationPane *self);
/* How much larger than normal the window draws everything (zoom, present mode):
 * the pane asks for that much more width. */
void       sw_recommendation_pane_set_scale   (SwRecommendationPane *self,
                                               double                scale);
/* The caption above the verdict: "Recommendation" by default. */
void       sw_recommendation_pane_set_caption (SwRecommendationPane *self,
                                               const char           *caption);

G_END_DECLS
