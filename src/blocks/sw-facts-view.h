/* sw-facts-view.h — a facts block of the comparison: key figures on cards
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_FACTS_VIEW (sw_facts_view_get_type ())

G_DECLARE_FINAL_TYPE (SwFactsView, sw_facts_view, SW, FACTS_VIEW, GtkWidget)

GtkWidget *sw_facts_view_new (SwDataset          *dataset,
                              const SwFactsBlock *block);

G_END_DECLS
