/* sw-bar-chart.h — a small horizontal bar chart, one bar per technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_BAR_CHART (sw_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (SwBarChart, sw_bar_chart, SW, BAR_CHART, GtkWidget)

GtkWidget  *sw_bar_chart_new        (const char    *title,
                                     const char    *unit);
const char *sw_bar_chart_get_title  (SwBarChart    *self);
/* A bar from 0 to @low, then a lighter part to @high when @high > @low
 * (a range); @open_ended marks "at least @low" and ends in a fade.
 * @label is the figure as the source writes it ("15,000–20,000"). */
void        sw_bar_chart_add_bar    (SwBarChart    *self,
                                     const char    *name,
                                     const GdkRGBA *color,
                                     double         low,
                                     double         high,
                                     gboolean       open_ended,
                                     const char    *label);
guint       sw_bar_chart_get_n_bars (SwBarChart    *self);
/* The bars in words ("Python: 500–2,000 requests per second; …"), as
 * given to assistive technologies and shown as the tooltip. */
const char *sw_bar_chart_get_description (SwBarChart  *self);
/* The upper end of the axis; ticks are at multiples of the step. */
double      sw_bar_chart_get_axis_max (SwBarChart  *self);

G_END_DECLS
