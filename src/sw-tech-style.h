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
 *   .tech-N.sw-tech-text    text in it (only ever the technology's name), darkened
 *                           in the light style and lightened in the dark one until
 *                           it reaches SW_TECH_STYLE_MIN_CONTRAST on every background
 *                           libadwaita puts under text (sw_tech_style_text_color())
 *   levelbar.tech-N.sw-tech-bar  a level bar filled with it
 * for the technologies of @dataset, replacing what an earlier call set.
 * The rules are scoped to @scope, so two windows may show two datasets, and
 * follow the style (light or dark) as it changes. */
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

/* WCAG 2's minimum contrast for normal-size text. */
#define SW_TECH_STYLE_MIN_CONTRAST 4.5

/* The WCAG 2 contrast ratio (1 to 21) of two opaque colors. */
double sw_tech_style_contrast   (const GdkRGBA *a,
                                 const GdkRGBA *b);
/* @color as text: the nearest shade of it (mixed with black in the light
 * style, with white in the dark one) whose contrast with each of libadwaita's
 * backgrounds of that style (window, view, card, header bar, sidebar) is at
 * least SW_TECH_STYLE_MIN_CONTRAST; @color itself when it already is. */
void   sw_tech_style_text_color (const GdkRGBA *color,
                                 gboolean       dark,
                                 GdkRGBA       *out);

G_END_DECLS
