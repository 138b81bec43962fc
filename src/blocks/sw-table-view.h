/* sw-table-view.h — a table block of the comparison: situations in a grid, each with the preset it suggests
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_TABLE_VIEW (sw_table_view_get_type ())

G_DECLARE_FINAL_TYPE (SwTableView, sw_table_view, SW, TABLE_VIEW, GtkWidget)

GtkWidget *sw_table_view_new (SwDataset          *dataset,
                              const SwTableBlock *block);

G_END_DECLS
