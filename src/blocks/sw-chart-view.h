/* sw-chart-view.h — a chart block of the comparison: a titled bar chart on a card, with its note
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_CHART_VIEW (sw_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (SwChartView, sw_chart_view, SW, CHART_VIEW, GtkWidget)

GtkWidget *sw_chart_view_new (SwDataset          *dataset,
                              const SwChartBlock *block);

G_END_DECLS
