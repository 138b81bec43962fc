/* sw-paragraph-view.h — a paragraph block of the comparison: wrapped, selectable text
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_PARAGRAPH_VIEW (sw_paragraph_view_get_type ())

G_DECLARE_FINAL_TYPE (SwParagraphView, sw_paragraph_view, SW, PARAGRAPH_VIEW, GtkWidget)

GtkWidget *sw_paragraph_view_new (SwDataset         *dataset,
                                  const SwTextBlock *block);

G_END_DECLS
