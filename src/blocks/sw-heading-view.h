/* sw-heading-view.h — a heading block of the comparison, a heading for screen readers too
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_HEADING_VIEW (sw_heading_view_get_type ())

G_DECLARE_FINAL_TYPE (SwHeadingView, sw_heading_view, SW, HEADING_VIEW, GtkWidget)

GtkWidget *sw_heading_view_new (SwDataset         *dataset,
                                const SwTextBlock *block);

G_END_DECLS
