/* sw-tech-style.h — CSS classes carrying each technology's color, built from the dataset
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

/* Gives the widgets inside @scope (usually a window) the classes
 *   .tech-N.sw-tech-swatch  background in technology N's color (dots, strips)
 *   .tech-N.sw-tech-tint    a light tint of it as background
 *   .tech-N.sw-tech-edge    border color in it (style.css sets which side)
 *   .tech-N.sw-tech-text    text in it (only ever the technology's name)
 *   levelbar.tech-N.sw-tech-bar  a level bar filled with it
 * for the technologies of @dataset, replacing what an earlier call set.
 * The rules are scoped to @scope, so two windows may show two datasets. */
void  sw_tech_style_apply     (GtkWidget  *scope,
                               SwDataset  *dataset);

/* Adds "tech-N" plus @role_class (e.g. "sw-tech-swatch") to @widget. */
void  sw_tech_style_add_class (GtkWidget  *widget,
                               guint       technology,
                               const char *role_class);

/* For a widget whose technology changes (a verdict): replaces the "tech-N"
 * class it had; with @technology -1 it has none, nor @role_class. */
void  sw_tech_style_set_class (GtkWidget  *widget,
                               int         technology,
                               const char *role_class);

G_END_DECLS
