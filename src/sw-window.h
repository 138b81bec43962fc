/* sw-window.h — the main window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-application.h"
#include "sw-dataset.h"

G_BEGIN_DECLS

#define SW_TYPE_WINDOW (sw_window_get_type ())

G_DECLARE_FINAL_TYPE (SwWindow, sw_window, SW, WINDOW, AdwApplicationWindow)

SwWindow  *sw_window_new         (SwApplication *application);
SwDataset *sw_window_get_dataset (SwWindow      *self);
void       sw_window_set_dataset (SwWindow      *self,
                                  SwDataset     *dataset);

G_END_DECLS
