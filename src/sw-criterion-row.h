/* sw-criterion-row.h — one priority of the decision form: its name and help, slider, weight and tipping point
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-tipping-mark.h"

G_BEGIN_DECLS

#define SW_TYPE_CRITERION_ROW (sw_criterion_row_get_type ())

G_DECLARE_FINAL_TYPE (SwCriterionRow, sw_criterion_row, SW, CRITERION_ROW, GtkListBoxRow)

/* A row for the criterion called @name, explained by @help. It changes
 * nothing itself: when someone moves its slider it emits ::weight-changed,
 * and ::drag-begin and ::drag-end around a press of the pointer or a touch,
 * so that a whole drag can be one change. */
GtkWidget     *sw_criterion_row_new               (const char     *name,
                                                   const char     *help);
/* Shows @weight (clamped to the weight scale) without emitting ::weight-changed. */
void           sw_criterion_row_set_weight        (SwCriterionRow *self,
                                                   double          weight);
double         sw_criterion_row_get_weight        (SwCriterionRow *self);
/* Marks above the slider the weight @at where @technology would take the
 * lead, with an arrow the way to move (@raise: rightwards in a left-to-right
 * window). NAN (or a NULL @technology) takes the mark away. */
void           sw_criterion_row_set_tipping_point (SwCriterionRow *self,
                                                   double          at,
                                                   const char     *technology,
                                                   gboolean        raise);
GtkRange      *sw_criterion_row_get_scale         (SwCriterionRow *self);
SwTippingMark *sw_criterion_row_get_tipping_mark  (SwCriterionRow *self);

G_END_DECLS
