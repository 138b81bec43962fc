/* sw-columns-view.h — a columns block of the comparison: a card of points per technology, side by side
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_COLUMNS_VIEW (sw_columns_view_get_type ())

G_DECLARE_FINAL_TYPE (SwColumnsView, sw_columns_view, SW, COLUMNS_VIEW, GtkWidget)

GtkWidget *sw_columns_view_new (SwDataset            *dataset,
                                const SwColumnsBlock *block);

G_END_DECLS
