/* sw-comparison-page.h — one section of the comparison, rendered from the dataset's blocks
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_COMPARISON_PAGE (sw_comparison_page_get_type ())

G_DECLARE_FINAL_TYPE (SwComparisonPage, sw_comparison_page, SW, COMPARISON_PAGE, GtkWidget)

GtkWidget  *sw_comparison_page_new            (SwDataset        *dataset,
                                               guint             section);
const char *sw_comparison_page_get_section_id (SwComparisonPage *self);

/* The blocks are built the first time the page is mapped; this builds them
 * now, for code that reads a page that has not been shown (tests, export). */
void        sw_comparison_page_ensure_content (SwComparisonPage *self);
gboolean    sw_comparison_page_has_content    (SwComparisonPage *self);

/* Replaces the comparison pages in @stack with one per section of @dataset
 * (name = section id, title, icon), leaving every other page where it is.
 * The visible page stays when the new dataset has one of the same name. */
void        sw_comparison_page_fill_stack     (GtkStack         *stack,
                                               SwDataset        *dataset);

G_END_DECLS
