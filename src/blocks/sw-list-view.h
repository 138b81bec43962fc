/* sw-list-view.h — a list block of the comparison: points on a card, maybe of one technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_LIST_VIEW (sw_list_view_get_type ())

G_DECLARE_FINAL_TYPE (SwListView, sw_list_view, SW, LIST_VIEW, GtkWidget)

GtkWidget *sw_list_view_new (SwDataset         *dataset,
                             const SwListBlock *block);

G_END_DECLS
