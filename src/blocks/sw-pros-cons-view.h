/* sw-pros-cons-view.h — a pros-cons block of the comparison: a card of pros and cons per technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_PROS_CONS_VIEW (sw_pros_cons_view_get_type ())

G_DECLARE_FINAL_TYPE (SwProsConsView, sw_pros_cons_view, SW, PROS_CONS_VIEW, GtkWidget)

GtkWidget *sw_pros_cons_view_new (SwDataset             *dataset,
                                  const SwProsConsBlock *block);

G_END_DECLS
