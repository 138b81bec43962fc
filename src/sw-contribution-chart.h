/* sw-contribution-chart.h — the verdict's reasons as a diverging bar chart
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-verdict.h"

G_BEGIN_DECLS

#define SW_TYPE_CONTRIBUTION_CHART (sw_contribution_chart_get_type ())

G_DECLARE_FINAL_TYPE (SwContributionChart, sw_contribution_chart, SW, CONTRIBUTION_CHART, GtkWidget)

GtkWidget *sw_contribution_chart_new         (void);
/* Shows the verdict's contributions; the bars ease to their new lengths. */
void       sw_contribution_chart_set_verdict (SwContributionChart *self,
                                              SwVerdict           *verdict);
/* The technologies on the left and the right, or -1 when none is shown. */
int        sw_contribution_chart_get_side    (SwContributionChart *self,
                                              gboolean             right);

G_END_DECLS
