/* sw-window.h — the main window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-application.h"
#include "sw-dataset.h"
#include "sw-decision.h"

G_BEGIN_DECLS

#define SW_TYPE_WINDOW (sw_window_get_type ())

G_DECLARE_FINAL_TYPE (SwWindow, sw_window, SW, WINDOW, AdwApplicationWindow)

SwWindow  *sw_window_new         (SwApplication *application);
SwDataset *sw_window_get_dataset (SwWindow      *self);
void       sw_window_set_dataset (SwWindow      *self,
                                  SwDataset     *dataset);
/* The weights being decided on, for the dataset shown; replaced with the dataset. */
SwDecision *sw_window_get_decision (SwWindow     *self);
/* Loads a comparison dataset into the window; on failure the error names
 * the file and the problem, and the current dataset stays. */
gboolean   sw_window_load_dataset_file (SwWindow *self,
                                        GFile    *file,
                                        GError  **error);
/* The same, showing any error in the window (a toast or a dialog). */
void       sw_window_open_dataset      (SwWindow *self,
                                        GFile    *file);

G_END_DECLS
