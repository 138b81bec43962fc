/* sw-compare-view.h — a compare block of the comparison: a grid of one row per label, a column per technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_COMPARE_VIEW (sw_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (SwCompareView, sw_compare_view, SW, COMPARE_VIEW, GtkWidget)

GtkWidget *sw_compare_view_new (SwDataset            *dataset,
                                const SwCompareBlock *block);

G_END_DECLS
